package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.DocumentType;

/**
 * The one layout of the editor's pages, built as a jsoup tree so that every text is escaped where it is put: the
 * head (style, script, this run's token), a header with the way back to the list and to the site, and
 * {@code <main>} for the page's own content.
 */
final class Layout {
    static final String STYLE = "/_tulis/tulis.css";
    static final String SCRIPT = "/_tulis/tulis.js";

    private Layout() {
    }

    /** A page titled {@code title}; its content goes into the returned document's {@code main}. */
    static Document page(String title, String token) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.prependChild(new DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "id");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · Penyunting Warta");
        head.appendElement("meta").attr("name", "warta-token").attr("content", token);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", STYLE);
        head.appendElement("script").attr("src", SCRIPT).attr("defer", "");
        Element body = page.body();
        body.appendElement("a").addClass("lompat").attr("href", "#isi").text("Langsung ke isi");
        Element header = body.appendElement("header").addClass("kepala");
        header.appendElement("a").attr("href", "/_tulis/").addClass("merek").text("Penyunting Warta");
        Element nav = header.appendElement("nav").attr("aria-label", "Penyunting");
        nav.appendElement("a").attr("href", "/_tulis/").text("Semua rilis");
        nav.appendElement("a").attr("href", "/_tulis/baru").text("Rilis baru");
        nav.appendElement("a").attr("href", "/").text("Situs pratinjau");
        body.appendElement("main").id("isi").attr("tabindex", "-1");
        return page;
    }

    static Element main(Document page) {
        return page.getElementById("isi");
    }

    /** An input's id from its name: {@code speakers[1].role} → {@code f-speakers-1-role}. */
    static String id(String name) {
        return "f-" + name.replace("[", "-").replace("]", "").replace('.', '-');
    }
}
