package org.warta.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Browser tests fail, never skip, when they
 * are missing: the message says how to install them.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A new headless Chromium whose viewport is {@code width} by {@code height} CSS pixels (a phone below 768). */
    public static ChromeDriver open(int width, int height) {
        return open(width, height, false);
    }

    /**
     * As {@link #open(int, int)}; with {@code recordNetwork} the DevTools network events are kept in the
     * {@code performance} log ({@code driver.manage().logs().get("performance")}).
     */
    public static ChromeDriver open(int width, int height, boolean recordNetwork) {
        for (Path program : new Path[]{CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: browser tests need Debian's Chromium. Install it with "
                        + "`sudo apt-get install -y chromium chromium-driver` (.ci/run does this on CI).");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--window-size=" + width + "," + height);
        if (recordNetwork) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "warta-chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A headless window is never narrower than 500 px; phone widths are emulated as a phone would lay out.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
        return driver;
    }

    /** The open page printed to PDF as a reader's "Print" would, with the page size the CSS asks for. */
    public static byte[] printToPdf(ChromeDriver driver) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", false));
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }
}
