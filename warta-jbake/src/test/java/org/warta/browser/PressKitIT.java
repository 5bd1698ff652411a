package org.warta.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.jbake.FixtureProject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The press kit of a release in a real Chromium: the copy buttons copy, and the page prints cleanly on A4. */
class PressKitIT {
    private static final String RELEASE = FixtureProject.FULL_RELEASE;
    /** A release of the sample content, with its number and photos. */
    private static final String SAMPLE = "/berita/2025/rakor-koperasi-desa-aceh/";

    @TempDir
    static Path dir;
    static FixtureProject site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void bakeAndServe() throws Exception {
        site = new FixtureProject(dir);
        site.writeFullRelease();
        // the sample's releases of 2025: a real release with its number and phone photos, for the printed page in the docs
        site.copy(Path.of(System.getProperty("warta.project", "..")).resolve("content/berita/2025"), "content/berita/2025");
        assertEquals(List.of(), site.bake());
        server = new StaticServer(site.output);
        browser = Browser.open(390, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    /** Lets the page write to the clipboard (the copy buttons) and the test read it back. */
    private static void allowClipboard() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private static String clipboard() {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('GAGAL: ' + e));");
    }

    @Test
    void theCopyButtonsPutTheReleaseTextAndTheCitationOnTheClipboard() throws Exception {
        allowClipboard();
        browser.get(server.origin() + RELEASE);
        WebElement copyText = browser.findElement(By.cssSelector("button[data-copy-url]"));
        assertTrue(copyText.isDisplayed(), "the script shows the buttons");
        copyText.click();
        WebElement status = browser.findElement(By.cssSelector("[data-copy-status]"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
        assertEquals("Teks rilis tersalin ke papan klip.", status.getText());
        String expected = Files.readString(site.out(RELEASE + "index.txt"), StandardCharsets.UTF_8);
        assertEquals(expected, clipboard());

        browser.findElement(By.cssSelector("button[data-copy-from=kutipan]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status.getText().startsWith("Kutipan"));
        assertEquals(browser.findElement(By.id("kutipan")).getText(), clipboard());
        assertTrue(clipboard().endsWith("http://localhost:8820" + RELEASE), "the citation ends with the permalink");

        WebElement copyLink = browser.findElement(By.cssSelector("button[data-copy-from=tautan-tetap]"));
        assertTrue(copyLink.isDisplayed(), "the share block's copy button is shown by the script");
        copyLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status.getText().startsWith("Tautan"));
        assertEquals("http://localhost:8820" + RELEASE, clipboard());
    }

    @Test
    void theReleasePrintsOnA4WithItsPermalinkAndWithoutTheSiteAround() throws Exception {
        browser.get(server.origin() + RELEASE);
        try (PDDocument document = Loader.loadPDF(Browser.printToPdf(browser))) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 1.0, "A4 width in points");
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 1.0, "A4 height in points");
            assertTrue(document.getNumberOfPages() <= 3, "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023"), text);
            assertTrue(text.contains("http://localhost:8820" + RELEASE), "the permalink is printed: " + text);
            assertTrue(text.contains("Kutip siaran ini"), text);
            assertTrue(text.contains("Tentang Dinas Koperasi dan Usaha Kecil Menengah"), "the office's paragraph is printed: " + text);
            assertFalse(text.contains("WhatsApp"), "the share links are not printed: " + text);
            for (String chrome : List.of("Langsung ke isi", "Menu utama", "Narasumber Beranda", "Cari rilis", "Peta situs",
                    "Salin teks rilis", "Teks polos (.txt)", "Berikutnya", "Data terbuka")) {
                assertFalse(text.contains(chrome), "the print leaves out \"" + chrome + "\": " + text);
            }
        }
    }

    /**
     * A printed release opens as an official siaran pers: the letterhead (kop surat: logo, the office, its address and
     * contact from jbake.properties), then SIARAN PERS, its number and the place and date line; on screen none of it
     * shows. The first printed page and the first page of the release's PDF are drawn for the docs, and the press kit
     * at 390 and 1280 px ({@code docs/screenshots/cetak-rilis.png}, {@code pdf-rilis.png}, {@code rilis-media-*.png}
     * with {@code -Dwarta.screenshots=docs}, else {@code target/screenshots/}).
     */
    @Test
    void thePrintOpensWithTheOfficesLetterheadNumberPlaceAndDate() throws Exception {
        browser.get(server.origin() + RELEASE);
        WebElement letterhead = browser.findElement(By.cssSelector(".kop"));
        assertFalse(letterhead.isDisplayed(), "the letterhead is for paper only");
        byte[] pdf = Browser.printToPdf(browser);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String head = "DINAS KOPERASI DAN USAHA KECIL MENENGAH Jl. Contoh Raya No. 1, Jakarta 10110 Telepon +62 21 000 0000 · "
                    + "Surel humas@diskopukm.example.go.id SIARAN PERS Nomor: 045/HUMAS/DKSULTRA/V/2023 Jakarta, 25 Mei 2023";
            assertTrue(text.contains(head), "the letterhead, then the number, place and date: " + text);
            assertTrue(text.indexOf(head) < text.indexOf("Rakorda Koperasi dan UMKM Sulawesi Tenggara"), "before the title: " + text);
            assertFalse(text.contains("Nomor siaran pers:"), "the number's line under the title is the screen's: " + text);
            assertTrue(document.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the logo is drawn on the first page");

            Path folder = "docs".equals(System.getProperty("warta.screenshots"))
                    ? Path.of(System.getProperty("warta.project", "..")).toAbsolutePath().normalize().resolve("docs/screenshots")
                    : Path.of("target/screenshots");
            Files.createDirectories(folder);
            browser.get(server.origin() + SAMPLE);
            try (PDDocument sample = Loader.loadPDF(Browser.printToPdf(browser))) {
                assertTrue(new PDFTextStripper().getText(sample).contains("Nomor: 112/HUMAS/DKUKM/VII/2025"));
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(sample).renderImageWithDPI(0, 72),
                        "png", folder.resolve("cetak-rilis.png").toFile());
            }
            // the PDF the bake made, linked from the press kit: the file an office forwards
            WebElement link = browser.findElement(By.cssSelector("aside.press a[type='application/pdf']"));
            assertEquals("Siaran pers (PDF, A4, untuk diteruskan)", link.getText());
            assertEquals(SAMPLE + "rakor-koperasi-desa-aceh.pdf", link.getAttribute("pathname"));
            try (PDDocument baked = Loader.loadPDF(Files.readAllBytes(site.out(SAMPLE + "rakor-koperasi-desa-aceh.pdf")))) {
                assertTrue(new PDFTextStripper().getText(baked).contains("Nomor: 112/HUMAS/DKUKM/VII/2025"));
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(baked).renderImageWithDPI(0, 72),
                        "png", folder.resolve("pdf-rilis.png").toFile());
            }
            // the press kit as a reader sees it, with the PDF among its links: docs/screenshots/rilis-media-<width>.png
            for (int width : new int[]{390, 1280}) {
                ChromeDriver phoneOrDesktop = Browser.open(width, 900);
                try {
                    phoneOrDesktop.get(server.origin() + SAMPLE);
                    Files.write(folder.resolve("rilis-media-" + width + ".png"),
                            Browser.picture(phoneOrDesktop, phoneOrDesktop.findElement(By.cssSelector("aside.press"))));
                } finally {
                    phoneOrDesktop.quit();
                }
            }
        }
    }
}
