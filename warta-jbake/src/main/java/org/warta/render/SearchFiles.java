package org.warta.render;

import org.jbake.template.RenderingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.warta.content.Release;
import org.warta.search.SearchIndex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search index ({@link SearchIndex}) under {@code /cari/indeks/}, built from the release pages this bake
 * has just written: only what the template marks ({@code [data-search-body]}, its {@code [data-search-title]}
 * and {@code [data-search-summary]}, without {@code [data-search-ignore]}), plus the release's own filter
 * fields. Every online release is indexed (drafts and embargoed ones never are online); withdrawn ones are
 * marked. Runs after {@link ReleasePages}; a plan (which writes nothing) plans only {@code meta.json}.
 */
final class SearchFiles {
    static final String BASE = "/cari/indeks/";

    private SearchFiles() {
    }

    static void write(Catalog catalog, PageWriter writer) throws RenderingException {
        SearchIndex.Builder index = new SearchIndex.Builder(Release.SECTIONS.stream().map(ReleaseView::sectionName).toList());
        for (Release r : catalog.online()) {
            Optional<byte[]> page = writer.readBack(r.permalink());
            if (page.isEmpty()) {
                writer.writeFile(BASE + "meta.json", () -> new byte[0]);
                return;
            }
            String path = BASE + index.documentFile();
            byte[] shown = index.add(document(r, new String(page.get(), StandardCharsets.UTF_8)));
            writer.writeFile(path, () -> shown);
        }
        for (Map.Entry<String, byte[]> file : index.finish().entrySet()) writer.writeFile(BASE + file.getKey(), file::getValue);
    }

    private static SearchIndex.Document document(Release r, String html) throws RenderingException {
        Element body = Jsoup.parse(html).selectFirst("[data-search-body]");
        if (body == null) throw new RenderingException("Halaman " + r.permalink() + " tidak bertanda data-search-body");
        body.select("[data-search-ignore], script, style").remove();
        String title = textOf(body.selectFirst("[data-search-title]"));
        String summary = textOf(body.selectFirst("[data-search-summary]"));
        body.select("[data-search-title], [data-search-summary]").remove();
        return new SearchIndex.Document(r.permalink(), title, summary, textOf(body), r.date().date().toString(),
                IndonesianDates.shortDay(r.date()), r.date().year(), ReleaseView.sectionName(r.section()), r.province(),
                r.topics(), r.status() == Release.Status.WITHDRAWN);
    }

    /** The element's text with a space between any two text nodes: "<a>Kodesti</a><span>Narasumber" is two words. */
    private static String textOf(Element element) {
        if (element == null) return "";
        StringBuilder text = new StringBuilder();
        for (TextNode node : allText(element)) {
            text.append(node.text()).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The text nodes under {@code node}, in document order (a plain walk: JBake's realm has an older jsoup). */
    private static List<TextNode> allText(Node node) {
        List<TextNode> nodes = new ArrayList<>();
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) nodes.add(t);
            else nodes.addAll(allText(child));
        }
        return nodes;
    }
}
