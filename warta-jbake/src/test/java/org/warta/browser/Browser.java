package org.warta.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

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
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "warta-chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A headless window is never narrower than 500 px; phone widths are emulated as a phone would lay out.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
        return driver;
    }
}
