package org.warta.content;

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

    @Test
    void obfuscatedSchemesAreReadAsABrowserReadsThem() {
        String[] vectors = {
                "<a href=\"jav&#x09;ascript:alert(1)//../index.html\">a</a>",
                "<a href=\"jav&#x0A;ascript:alert(1)//../index.html\">a</a>",
                "<a href=\"jav&#x0D;ascript:alert(1)\">a</a>",
                "[a](jav&#x09;ascript:alert(1)//../index.html)",
                "<a href=\"&#x01;javascript:alert(1)\">a</a>",
                "<a href=\" &#x1b; JaVaScRiPt:alert(1)\">a</a>",
                "<a href=\"&#x6A;avascript&#x3A;alert(1)\">a</a>",
                "<a href=\"javascript&colon;alert(1)\">a</a>",
                "<a href=\"vbscript:msgbox(1)\">a</a>",
                "<a href=\"data:text/html,x\">a</a>",
                "<blockquote cite=\"javascript:alert(1)\">a</blockquote>"};
        for (String vector : vectors) {
            String html = MarkdownBody.toHtml(vector);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(html);
            for (org.jsoup.nodes.Element e : page.body().getAllElements()) {
                for (String attribute : new String[]{"href", "src", "cite"}) {
                    if (!e.hasAttr(attribute)) continue;
                    String scheme = MarkdownBody.scheme(MarkdownBody.asBrowserReads(e.attr(attribute)));
                    assertTrue(scheme == null || scheme.equals("http") || scheme.equals("https"), vector + " -> " + html);
                }
            }
            assertEquals("a", page.text().strip(), "the link's text stays: " + html);
        }
    }

    @Test
    void theBrowsersReadingOfAnAddress() {
        assertEquals("javascript:alert(1)", MarkdownBody.asBrowserReads(" \u0001jav\tascr\nipt:alert(1)\r "));
        assertEquals("javascript", MarkdownBody.scheme("JaVaScript:x"));
        assertEquals(null, MarkdownBody.scheme("/berita/2023/a/"));
        assertEquals(null, MarkdownBody.scheme("foto.jpg?a=b:c"));
        assertEquals("//evil.example/x.png", MarkdownBody.asBrowserReads("\\\\evil.example\\x.png"));
    }

    @Test
    void anImageFromAnotherSiteWrittenWithBackslashesIsRemoved() {
        String html = MarkdownBody.toHtml("<img src=\"\\\\evil.example\\x.png\" alt=\"x\"> <img src=\"/\\evil.example/x.png\" alt=\"y\">");
        assertFalse(html.contains("evil.example"), html);
    }
}
