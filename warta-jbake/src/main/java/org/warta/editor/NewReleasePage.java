package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.content.Provinces;
import org.warta.content.Release;

import java.util.List;
import java.util.Map;

/**
 * "Rilis baru": the four answers {@code scripts/rilis-baru} asks for (title, date, section, province); the file is
 * then written by the same code, as a draft, and opened in the form.
 */
final class NewReleasePage {
    private NewReleasePage() {
    }

    /** @param answers what was typed, to show again; @param problems why it was not written, one per line, or null */
    static String render(Map<String, String> answers, String problems, String today, String token) {
        Document page = Layout.page("Rilis baru", token);
        Element main = Layout.main(page);
        main.appendElement("h1").text("Rilis baru");
        main.appendElement("p").text("Tulis judul, tanggal terbit, bagian dan provinsi. Rilis disimpan sebagai draf: "
                + "ia hanya tampil di pratinjau sampai Anda menekan Terbitkan.");
        if (problems != null) {
            Element box = main.appendElement("div").addClass("ringkasan-masalah").attr("role", "alert").attr("tabindex", "-1");
            box.appendElement("h2").text("Belum ditulis");
            Element list = box.appendElement("ul");
            for (String line : problems.split("\n")) list.appendElement("li").text(line.strip());
        }
        Element form = main.appendElement("form").attr("method", "post").attr("action", "/_tulis/baru").id("formulir-baru");
        form.appendElement("input").attr("type", "hidden").attr("name", Guard.FIELD).val(token);
        text(form, "judul", "Judul", "10–200 karakter.", answers.getOrDefault("judul", ""));
        Element date = text(form, "tanggal", "Tanggal terbit", "Pilih tanggal di kalender (bawaan: hari ini). Tanggal yang "
                + "belum tiba menjadwalkan rilis. Jam terbit dapat ditambahkan di formulir sesudahnya.", answers.getOrDefault("tanggal", today));
        date.attr("type", "date");
        Element box = form.appendElement("div").addClass("kolom");
        box.appendElement("label").attr("for", "f-bagian").text("Bagian");
        Element section = box.appendElement("select").id("f-bagian").attr("name", "bagian");
        for (String name : Release.SECTIONS) {
            Element option = section.appendElement("option").val(name).text(name);
            if (name.equals(answers.getOrDefault("bagian", "berita"))) option.attr("selected", "");
        }
        Element box2 = form.appendElement("div").addClass("kolom");
        box2.appendElement("label").attr("for", "f-provinsi").text("Provinsi");
        Element province = box2.appendElement("select").id("f-provinsi").attr("name", "provinsi");
        province.appendElement("option").val("").text("— nasional (tanpa provinsi) —");
        for (String name : Provinces.ALL) {
            Element option = province.appendElement("option").val(name).text(name);
            if (name.equals(answers.get("provinsi"))) option.attr("selected", "");
        }
        form.appendElement("div").addClass("aksi").appendElement("button").attr("type", "submit").addClass("utama")
                .text("Buat draf");
        return page.outerHtml();
    }

    private static Element text(Element form, String name, String label, String help, String value) {
        Element box = form.appendElement("div").addClass("kolom");
        box.appendElement("label").attr("for", "f-" + name).text(label);
        box.appendElement("p").addClass("bantuan").id("b-" + name).text(help);
        return box.appendElement("input").attr("type", "text").id("f-" + name).attr("name", name).val(value)
                .attr("aria-describedby", "b-" + name);
    }

    static List<String> fields() {
        return List.of("judul", "tanggal", "bagian", "provinsi");
    }
}
