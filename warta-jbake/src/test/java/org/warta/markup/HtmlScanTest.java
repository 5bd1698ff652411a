package org.warta.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan reads what jsoup's parser reads: the same elements in the same order, each with the same tag, attributes
 * and parent, and the same text in the same order, on every HTML page of a real bake (the project's sample site and
 * a release whose body tries scripts, handlers, entities and odd markup), and on hand-written edge cases.
 */
class HtmlScanTest {

    @Test
    void everyPageOfABakedSiteReadsAsJsoupReadsIt() throws IOException {
        List<Path> pages = BakedSample.files(".html");
        assertTrue(pages.size() > 100, "a whole site: " + pages.size());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            same(jsoup(html), scan(html), BakedSample.project().output.relativize(page).toString());
        }
    }

    @Test
    void edgeCasesReadAsJsoupReadsThem() {
        for (String html : List.of(
                "<p class=\"a  B\" CLASS=\"dua\" data-x title='it&#39;s' alt=tanpa-kutip>teks &amp;amp; &copy; &notanentity; 1 < 2</p>",
                "<!DOCTYPE html><html><head><title>Judul <b>bukan tag</b> &amp;</title><style>a < b { }</style></head>"
                        + "<body><script>if (a < b && c > d) document.write('</p>')</script><div>sesudah</div></body></html>",
                "<div><img src=\"a.jpg\" srcset=\"a-480.webp 480w, a-800.webp 800w\" alt=\"\"><br/><span>x</span></div>",
                "<a href=\"/?q=a&amp;b\" HREF=\"/kedua\">dua href</a><!-- <a href=\"/dalam-komentar\"> --><a href=/tanpa-kutip>t</a>",
                "<ul><li>satu</li><li>dua</li></ul><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
                "teks awal <em>miring</em> tengah\n\n<strong>  tebal  </strong>\u00a0akhir <textarea>a &lt; <b>b</b></textarea>",
                "<meta http-equiv=\"refresh\" content=\"0; url=/baru/\"><link rel=\"canonical\" href=\"https://x.example/a/\">")) {
            same(jsoup(html), scan(html), html);
        }
    }

    /** Equal lists; a difference is shown where it starts, with what comes before it. */
    private static void same(List<String> expected, List<String> actual, String where) {
        int first = 0;
        while (first < Math.min(expected.size(), actual.size()) && expected.get(first).equals(actual.get(first))) first++;
        if (first == expected.size() && first == actual.size()) return;
        int from = Math.max(0, first - 3);
        assertEquals(expected.subList(from, Math.min(expected.size(), first + 3)), actual.subList(from, Math.min(actual.size(), first + 3)),
                where + ", from item " + from);
    }

    /** Each element: tag, attributes and its parent's number; each text node after the element it follows. */
    private static List<String> jsoup(String html) {
        Document document = Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        List<String> read = new ArrayList<>();
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        walk(document, document, read, numbers);
        return read;
    }

    private static void walk(Document document, Node node, List<String> read, Map<Element, Integer> numbers) {
        for (Node child : node.childNodes()) {
            if (child instanceof Element element) {
                // elements jsoup adds itself (html, head, body around a fragment) are not in the page
                if (!element.sourceRange().isImplicit()) {
                    numbers.put(element, numbers.size());
                    Map<String, String> attributes = new LinkedHashMap<>();
                    // jsoup keeps the case SVG gives some names (viewBox, linearGradient); the scan writes every name
                    // in lower case, and its readers look only at HTML's names
                    element.attributes().forEach(a -> attributes.put(a.getKey().toLowerCase(java.util.Locale.ROOT), a.getValue()));
                    Element parent = element.parent();
                    while (parent != null && !numbers.containsKey(parent)) parent = parent.parent();
                    read.add("<" + element.tagName().toLowerCase(java.util.Locale.ROOT) + " " + attributes + " in " + (parent == null ? -1 : numbers.get(parent)));
                }
                walk(document, element, read, numbers);
            } else if (child instanceof TextNode text) {
                if (!text.text().isEmpty()) read.add("text " + text.text());
            } else if (child instanceof org.jsoup.nodes.DataNode data) {
                if (!data.getWholeData().isEmpty()) read.add("text " + HtmlScan.normalised(data.getWholeData()));
            }
        }
    }

    private static List<String> scan(String html) {
        List<String> read = new ArrayList<>();
        Map<HtmlScan.Element, Integer> numbers = new IdentityHashMap<>();
        HtmlScan.scan(html, new HtmlScan.Handler() {
            @Override
            public void start(HtmlScan.Element element, List<HtmlScan.Element> open) {
                numbers.put(element, numbers.size());
                Integer parent = open.isEmpty() ? Integer.valueOf(-1) : numbers.get(open.get(open.size() - 1));
                read.add("<" + element.tag() + " " + element.attributes() + " in " + parent);
            }

            @Override
            public void text(String text) {
                String normalised = HtmlScan.normalised(text);
                if (!normalised.isEmpty()) read.add("text " + normalised);
            }
        });
        return read;
    }
}
