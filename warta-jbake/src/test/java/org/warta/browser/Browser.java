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
    /**
     * Runs axe-core (already injected into the page) on the WCAG 2.0/2.1 A and AA rules; the async script's result is
     * JSON: {@code {rules, violations: [{id, help, nodes}]}}, or {@code {error}}.
     */
    public static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify({rules: r.passes.length + r.incomplete.length + r.violations.length,"
            + " violations: r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)}))})),"
            + " e => done(JSON.stringify({error: String(e)})));";

    /** Waits until two frames have been drawn since now, so that a picture shows what was just done. */
    public static void nextFrames(ChromeDriver driver) {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /** A PNG of the element and 6 px around it (an outline is drawn outside the element), wherever the page is scrolled. */
    public static byte[] picture(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> box = (java.util.Map<String, Object>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + scrollX - 6, y: r.top + scrollY - 6, width: r.width + 12, height: r.height + 12, scale: 1};", element);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> shot = (java.util.Map<String, Object>) (java.util.Map<?, ?>) driver.executeCdpCommand("Page.captureScreenshot",
                java.util.Map.of("format", "png", "clip", box, "captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

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
        // the console's messages are kept (a Content-Security-Policy violation is one): driver.manage().logs().get("browser")
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (recordNetwork) logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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
