package org.warta.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownBodyTest {
    @Test
    void rendersMarkdownIncludingTables() {
        String html = MarkdownBody.toHtml("Paragraf **tebal**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<p>Paragraf <strong>tebal</strong>.</p>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
    }

    @Test
    void removesScriptsHandlersAndDangerousUrls() {
        String html = MarkdownBody.toHtml("<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">a</a>"
                + " <img src=\"x.png\" onerror=\"alert(1)\"> <img src=\"https://cdn.example/x.png\">");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onclick") || html.contains("onerror"), html);
        assertFalse(html.contains("cdn.example"), "no image may load from another site: " + html);
        assertTrue(html.contains("src=\"x.png\""), "relative images stay: " + html);
    }

    @Test
    void keepsRelativeAndMailLinks() {
        assertEquals("<p><a href=\"/arsip/\">arsip</a> <a href=\"mailto:a@b.id\">surel</a></p>\n",
                MarkdownBody.toHtml("[arsip](/arsip/) [surel](mailto:a@b.id)"));
    }
}
