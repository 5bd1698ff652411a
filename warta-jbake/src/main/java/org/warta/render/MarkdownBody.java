package org.warta.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;

/** A release body: Markdown to HTML with flexmark, then cleaned by Jsoup so no script can reach a reader. */
public final class MarkdownBody {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addProtocols("a", "href", "mailto", "tel")
            .preserveRelativeLinks(true);
    /** An image address that would load from another site: readers' requests never leave the site. */
    private static final java.util.regex.Pattern OFF_SITE = java.util.regex.Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private MarkdownBody() {
    }

    /** Sanitised HTML of a Markdown body; safe to print unescaped. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        // What Jsoup.clean does, without printing the clean tree and parsing it again for the image check.
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, "http://warta.invalid/"));
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        clean.select("img[src]").stream().filter(img -> OFF_SITE.matcher(img.attr("src")).matches())
                .forEach(org.jsoup.nodes.Element::remove);
        return clean.body().html();
    }
}
