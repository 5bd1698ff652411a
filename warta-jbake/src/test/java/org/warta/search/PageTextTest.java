package org.warta.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.warta.jbake.BakedSample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index reads a release page in one pass ({@link PageText}) and finds exactly the title, summary and text
 * it found in jsoup's document of the page (the selection below is the one it used until then), on every release
 * page of a real bake: the sample site and the XSS test's releases.
 */
class PageTextTest {

    @Test
    void everyReleasePageGivesTheTextTheDocumentGave() throws IOException {
        int pages = 0;
        for (Path page : BakedSample.files("index.html")) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            if (!html.contains("data-search-body")) continue;
            assertEquals(withJsoup(html), PageText.of(html), page.toString());
            pages++;
        }
        assertTrue(pages > 80, pages + " release pages");
    }

    @Test
    void marksInsideIgnoredPartsAndRepeatedMarksAreLeftOut() {
        String html = "<main><article data-search-body><div data-search-ignore><h1 data-search-title>Bukan judul</h1></div>"
                + "<h1 data-search-title>Judul <em>benar</em></h1><p data-search-summary>Ringkas&amp;an</p>"
                + "<p data-search-summary>ringkasan kedua</p><p>Isi<br>berita<script>var x = '<p>';</script></p>"
                + "<style>p {}</style><p data-search-title>judul kedua</p></article><p>di luar</p></main>";
        assertEquals(withJsoup(html), PageText.of(html));
        assertEquals(new PageText("Judul benar", "Ringkas&an", "Isi berita"), PageText.of(html));
        assertNull(PageText.of("<p>tanpa tanda</p>"));
    }

    /** What the search index read from jsoup's document of a release page. */
    private static PageText withJsoup(String html) {
        Element body = Jsoup.parse(html).selectFirst("[data-search-body]");
        if (body == null) return null;
        body.select("[data-search-ignore], script, style").remove();
        String title = textOf(body.selectFirst("[data-search-title]"));
        String summary = textOf(body.selectFirst("[data-search-summary]"));
        body.select("[data-search-title], [data-search-summary]").remove();
        return new PageText(title, summary, textOf(body));
    }

    private static String textOf(Element element) {
        if (element == null) return "";
        StringBuilder text = new StringBuilder();
        for (TextNode node : allText(element)) text.append(node.text()).append(' ');
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static List<TextNode> allText(Node node) {
        List<TextNode> nodes = new ArrayList<>();
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) nodes.add(t);
            else nodes.addAll(allText(child));
        }
        return nodes;
    }
}
