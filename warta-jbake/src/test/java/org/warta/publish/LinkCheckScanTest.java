package org.warta.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warta.jbake.BakedSample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link check reads each page in one pass ({@code HtmlScan}) and finds exactly what it found in jsoup's document
 * of the page (the reading below is the one it used until then), on every HTML page of a real bake: the sample
 * site and the XSS test's releases.
 */
class LinkCheckScanTest {

    @Test
    void theScanFindsWhatTheDocumentFound() throws IOException {
        List<Path> pages = BakedSample.files(".html");
        int addresses = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            LinkCheck.PageLinks expected = withJsoup(html);
            assertEquals(expected, LinkCheck.read(html), page.toString());
            addresses += expected.addresses().stream().mapToInt(List::size).sum();
        }
        assertTrue(pages.size() > 100 && addresses > 10_000, pages.size() + " pages, " + addresses + " addresses");
    }

    /** What the link check read from jsoup's document of a page. */
    private static LinkCheck.PageLinks withJsoup(String html) {
        Document document = Jsoup.parse(html);
        List<List<String>> addresses = new ArrayList<>();
        for (int i = 0; i <= LinkCheck.TARGETS.size(); i++) addresses.add(new ArrayList<>());
        List<String> withoutAlt = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.tagName();
            for (int i = 0; i < LinkCheck.TARGETS.size(); i++) {
                LinkCheck.Target target = LinkCheck.TARGETS.get(i);
                if (target.tag().equals(tag) && element.hasAttr(target.attribute())) {
                    addresses.get(i).add(element.attr(target.attribute()));
                }
                if (target.noun().equals("gambar") && (tag.equals("img") || tag.equals("source")) && element.hasAttr("srcset")) {
                    for (String candidate : element.attr("srcset").split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) addresses.get(i).add(url);
                    }
                }
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                String content = element.attr("content");
                int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
                addresses.get(LinkCheck.TARGETS.size()).add(at < 0 ? "" : content.substring(at + 4).strip());
            }
            boolean decorative = element.hasAttr("alt") && element.attr("alt").isEmpty() && element.parent() != null
                    && element.parent().hasClass("card__thumb");
            if (tag.equals("img") && element.attr("alt").isBlank() && !decorative) withoutAlt.add(element.attr("src"));
        }
        return new LinkCheck.PageLinks(addresses, withoutAlt);
    }
}
