package org.warta.pages;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsTest {
    private static final String URL = "http://localhost:8820/berita/2023/panjang/";

    @Test
    void aReleaseOfUsualLengthIsCarriedWhole() {
        String html = "<p>Paragraf pertama.</p><p>Paragraf kedua.</p>";
        assertSame(html, Feeds.bounded(html, URL));
    }

    @Test
    void aVeryLongReleaseGetsItsFirstWholeBlocksAndALink() {
        // 20 MB of paragraphs: the entry must stay near the bound, cut between blocks, and lead to the page
        String paragraph = "<p>" + "Koperasi simpan pinjam di desa pesisir. ".repeat(50) + "</p>";
        String html = paragraph.repeat(20 * 1024 * 1024 / paragraph.length());
        String entry = Feeds.bounded(html, URL);
        assertTrue(entry.length() <= Feeds.MOST_CONTENT + 300, "bounded: " + entry.length());
        assertTrue(entry.length() > Feeds.MOST_CONTENT / 2, "still carries the opening: " + entry.length());
        var body = Jsoup.parseBodyFragment(entry).body();
        assertEquals(URL, body.select("p > a").last().attr("href"));
        assertEquals(body.select("p").size() - 1, (entry.length() - body.select("p").last().outerHtml().length()) / paragraph.length(),
                "only whole paragraphs before the link");
    }
}
