package org.warta.publish;

import org.junit.jupiter.api.Test;
import org.warta.jbake.BakedSample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link check reads each page Warta wrote in one pass ({@code HtmlScan}) and finds exactly what it finds in
 * jsoup's document of the page ({@link LinkCheck#readWithJsoup}, the reading it used until then and still uses for
 * HTML files it did not write), on every HTML page of a real bake: the sample site and the XSS test's releases.
 */
class LinkCheckScanTest {

    @Test
    void theScanFindsWhatTheDocumentFound() throws IOException {
        List<Path> pages = BakedSample.files(".html");
        int addresses = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(html.contains(LinkCheck.GENERATOR), "every page the bake wrote is read in one pass: " + page);
            LinkCheck.PageLinks expected = LinkCheck.readWithJsoup(html);
            assertEquals(expected, LinkCheck.scan(html), page.toString());
            assertEquals(expected, LinkCheck.read(html), page.toString());
            addresses += expected.addresses().stream().mapToInt(List::size).sum();
        }
        assertTrue(pages.size() > 100 && addresses > 10_000, pages.size() + " pages, " + addresses + " addresses");
    }

    @Test
    void anHtmlFileWartaDidNotWriteIsReadWithJsoup() {
        // HTML's parser reads <image> as <img>, and "<!-->" as an empty comment: cases the scan is not made for
        String html = "<!DOCTYPE html><html><head><title>Verifikasi</title></head><body><!--><a href=\"/ada/\">a</a>"
                + "<image src=\"/gambar.png\"></body></html>";
        LinkCheck.PageLinks read = LinkCheck.read(html);
        assertEquals(LinkCheck.readWithJsoup(html), read);
        assertEquals(List.of("/ada/"), read.addresses().get(0));
        assertEquals(List.of("/gambar.png"), read.withoutAlt());
    }
}
