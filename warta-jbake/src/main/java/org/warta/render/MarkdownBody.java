package org.warta.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.List;

/** A release body: Markdown to HTML with flexmark, then cleaned by Jsoup so no script can reach a reader. */
public final class MarkdownBody {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("a", "href", "mailto", "tel")
            .preserveRelativeLinks(true);

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
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://warta.invalid/", SAFELIST, output);
    }
}
