package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.content.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A release file as text: for what the form cannot show (a front matter YAML cannot read, a misspelt field name),
 * with the same live checks, each message naming its line.
 */
final class TextPage {
    static final String TEXT = "teks";

    private TextPage() {
    }

    static String render(String file, String text, String version, List<Problem> problems, String notice, String token) {
        Document page = Layout.page("Teks: " + file, token);
        Element main = Layout.main(page);
        main.appendElement("h1").text("Sunting sebagai teks");
        main.appendElement("p").addClass("fakta").text("berkas content/" + file);
        if (notice != null) main.appendElement("p").addClass("kabar").attr("role", "status").text(notice);
        Element summary = main.appendElement("div").addClass("ringkasan-masalah").id("masalah").attr("tabindex", "-1");
        String query = "?berkas=" + URLEncoder.encode(file, StandardCharsets.UTF_8);
        main.appendElement("p").appendElement("a").attr("href", "/_tulis/sunting" + query).text("Kembali ke formulir");
        Element form = main.appendElement("form").id("formulir").attr("method", "post").attr("action", "/_tulis/simpan-teks" + query)
                .attr("data-berkas", file).attr("data-mode", "teks");
        form.appendElement("input").attr("type", "hidden").attr("name", Guard.FIELD).val(token);
        form.appendElement("input").attr("type", "hidden").attr("name", "versi").val(version);
        Element box = form.appendElement("div").addClass("kolom kolom-isi").id("k-teks");
        box.appendElement("label").attr("for", "f-teks").text("Isi berkas");
        box.appendElement("p").addClass("bantuan").id("b-teks").text("Front matter di antara dua baris ---, lalu isi dalam "
                + "Markdown. Pesan di atas menyebut nomor baris.");
        box.appendElement("p").addClass("galat").id("g-teks").attr("hidden", "");
        Element area = box.appendElement("textarea").id("f-teks").attr("name", TEXT).attr("rows", "30")
                .attr("spellcheck", "false").attr("aria-describedby", "b-teks g-teks");
        area.appendText("\n" + text);
        form.appendElement("div").addClass("aksi").appendElement("button").attr("type", "submit").attr("name", "aksi")
                .val(Action.SAVE.key).addClass("utama").text(Action.SAVE.label);
        FormPage.problems(page, summary, problems);
        return page.outerHtml();
    }
}
