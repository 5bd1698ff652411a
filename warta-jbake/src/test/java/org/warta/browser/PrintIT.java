package org.warta.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page kind printed from Chromium (CDP printToPDF, read back with PDFBox): A4, the page's heading printed,
 * the site around it (skip link, search, menu, footer) left out. The release's own print is in {@link PressKitIT}.
 */
class PrintIT {
    /** The site around the page: none of it is printed. */
    private static final String SITE_CHROME = ".skip-link, .masthead, .site-nav, .search-box, .site-footer, .breadcrumbs, .pagination";

    @Test
    void everyPageKindPrintsOnA4WithoutTheSiteAround() throws Exception {
        SampleSite site = SampleSite.get();
        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            for (String page : SampleSite.PAGE_KINDS) {
                site.open(browser, page);
                String heading = browser.findElement(By.cssSelector("main h1")).getText().replaceAll("\\s+", " ");
                try (PDDocument pdf = Loader.loadPDF(Browser.printToPdf(browser))) {
                    PDRectangle size = pdf.getPage(0).getMediaBox();
                    if (Math.abs(size.getWidth() - PDRectangle.A4.getWidth()) > 1 || Math.abs(size.getHeight() - PDRectangle.A4.getHeight()) > 1) {
                        problems.add(page + ": not A4 but " + size.getWidth() + " x " + size.getHeight() + " pt");
                    }
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    if (!text.contains(heading)) problems.add(page + ": heading \"" + heading + "\" not printed");
                }
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                @SuppressWarnings("unchecked")
                List<String> printed = (List<String>) browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
                        + ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.className)", SITE_CHROME);
                printed.forEach(c -> problems.add(page + ": prints ." + c));
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        } finally {
            browser.quit();
        }
        assertEquals("", String.join("\n", problems));
    }
}
