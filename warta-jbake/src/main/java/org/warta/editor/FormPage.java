package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.content.Fields;
import org.warta.content.Fields.Field;
import org.warta.content.Fields.Kind;
import org.warta.content.Problem;
import org.warta.content.Provinces;
import org.warta.content.Scaffold;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The form of one release, made from the content model ({@link Fields#ALL}): each field of the contract with its
 * label, its key as the author's guide names it, its help and a place for the bake's message about it; repeated
 * groups with buttons to add and remove items; the body; the editorial actions; and the release's page in the
 * preview beside it. It works without script (one empty item is always offered, messages come back with the page);
 * the script adds live checks, items and photo upload.
 */
final class FormPage {
    /**
     * What the form shows.
     *
     * @param file      the file's name under {@code content/}
     * @param values    the front matter to show
     * @param body      the body to show
     * @param version   the file's version as opened ({@link ReleaseFiles#version})
     * @param state     the release's state for its author (Draf, Terbit, …), or null when it cannot be read
     * @param permalink the release's page in the preview, or null
     * @param problems  the bake's messages about these values
     * @param notice    a line saying what just happened (saved, not saved), or null
     * @param note      the note of a correction or withdrawal as typed, to show again
     * @param origins   for a form shown again, where each repeated item came from ({@link FormValues.Result#origins})
     */
    record View(String file, Map<String, Object> values, String body, String version, String state, String permalink,
                List<Problem> problems, String notice, String note, Map<String, List<Integer>> origins) {

        /** A view of the file's own values: each repeated item is the file's item at its index. */
        View(String file, Map<String, Object> values, String body, String version, String state, String permalink,
             List<Problem> problems, String notice, String note) {
            this(file, values, body, version, state, permalink, problems, notice, note, Map.of());
        }

        /** The index in the file of a repeated group's item shown at {@code index}, or -1 for a new one. */
        int origin(String key, int index) {
            List<Integer> known = origins.get(key);
            return known == null ? index : index < known.size() ? known.get(index) : -1;
        }
    }

    private FormPage() {
    }

    static String render(View view, Vocabulary known, String token) {
        String title = view.values().get("title") instanceof String t && !t.isBlank() ? t : view.file();
        Document page = Layout.page("Sunting: " + title, token);
        Element main = Layout.main(page);
        main.appendElement("h1").text("Sunting rilis");
        Element facts = main.appendElement("p").addClass("fakta");
        facts.appendElement("strong").text(title);
        facts.appendText(" · berkas content/" + view.file());
        if (view.state() != null) facts.appendText(" · ").appendElement("span").addClass("keadaan").text(view.state());
        if (view.notice() != null) main.appendElement("p").addClass("kabar").attr("role", "status").text(view.notice());
        Element summary = main.appendElement("div").addClass("ringkasan-masalah").id("masalah").attr("tabindex", "-1");
        String query = "?berkas=" + URLEncoder.encode(view.file(), StandardCharsets.UTF_8);
        main.appendElement("p").appendElement("a").attr("href", "/_tulis/teks" + query)
                .text("Sunting sebagai teks (front matter YAML dan Markdown)");

        Element layout = main.appendElement("div").addClass("tata");
        Element form = layout.appendElement("form").id("formulir").attr("method", "post")
                .attr("action", "/_tulis/simpan" + query).attr("novalidate", "").attr("data-berkas", view.file());
        form.appendElement("input").attr("type", "hidden").attr("name", Guard.FIELD).val(token);
        form.appendElement("input").attr("type", "hidden").attr("name", "versi").val(view.version());

        for (Field field : Fields.ALL) {
            if (field.kind() == Kind.STATUS) continue;
            Element place = field.advanced() ? advanced(form) : form;
            Object value = view.values().get(field.key());
            if (!FormValues.shown(field, value)) {
                kept(place, field);
                continue;
            }
            field(place, field, field.key(), value, view);
            if (field.key().equals("summary")) body(form, view.body());
        }
        unknown(form, view.values());
        datalists(form, known);
        actions(form, view);

        Element aside = layout.appendElement("aside").addClass("pratinjau").attr("aria-labelledby", "judul-pratinjau");
        aside.appendElement("h2").id("judul-pratinjau").text("Pratinjau halaman");
        if (view.permalink() != null) {
            aside.appendElement("p").appendElement("a").attr("href", view.permalink()).attr("target", "_blank")
                    .text("Buka di tab baru");
            aside.appendElement("iframe").attr("src", view.permalink()).attr("title", "Pratinjau rilis " + title)
                    .attr("loading", "lazy");
        } else {
            aside.appendElement("p").text("Halaman tampil di sini setelah rilis tersimpan tanpa masalah.");
        }
        problems(page, summary, view.problems());
        return page.outerHtml();
    }

    /** The folded section of advanced fields, made on first use. */
    private static Element advanced(Element form) {
        Element details = form.selectFirst("details.lanjutan");
        if (details == null) {
            details = form.appendElement("details").addClass("lanjutan");
            details.appendElement("summary").text("Lanjutan: alamat, pembaruan, alamat lama");
        }
        return details;
    }

    private static void field(Element parent, Field field, String name, Object value, View view) {
        switch (field.kind()) {
            case GROUP -> group(parent, field, name, value instanceof Map<?, ?> map ? map : Map.of());
            case GROUP_LIST, TEXT_LIST -> list(parent, field, name, value instanceof List<?> list ? list : List.of(), view);
            default -> scalar(parent, field, name, value instanceof String text ? text : "");
        }
    }

    private static void scalar(Element parent, Field field, String name, String value) {
        String id = Layout.id(name);
        Element box = parent.appendElement("div").addClass("kolom").id("k-" + id.substring(2));
        Element label = box.appendElement("label").attr("for", id);
        label.appendText(field.label());
        if (field.required()) label.appendElement("span").addClass("wajib").text(" (wajib)");
        label.appendText(" ").appendElement("code").text(field.key());
        box.appendElement("p").addClass("bantuan").id("b-" + id.substring(2)).text(field.help());
        box.appendElement("p").addClass("galat").id("g-" + id.substring(2)).attr("hidden", "");
        String described = "b-" + id.substring(2) + " g-" + id.substring(2);
        Element input;
        switch (field.kind()) {
            case LONG_TEXT -> {
                input = box.appendElement("textarea").attr("rows", "3");
                String placeholder = name.equals("summary") ? Scaffold.SUMMARY : null;
                if (placeholder != null && Scaffold.holds(value, placeholder)) {
                    input.attr("placeholder", placeholder);
                    value = "";
                }
                textarea(input, value);
            }
            case PROVINCE -> {
                input = box.appendElement("select");
                input.appendElement("option").val("").text("— nasional (tanpa provinsi) —");
                if (!value.isEmpty() && !Provinces.isValid(value)) {
                    input.appendElement("option").val(value).text(value + " (tidak dikenal)").attr("selected", "");
                }
                for (String province : Provinces.ALL) {
                    Element option = input.appendElement("option").val(province).text(province);
                    if (province.equals(value)) option.attr("selected", "");
                }
            }
            default -> {
                if (value.contains("\n")) {
                    // written over several lines in the file: a one-line input would drop the line breaks
                    input = box.appendElement("textarea").attr("rows", "3");
                    textarea(input, value);
                    break;
                }
                input = box.appendElement("input").attr("type", "text").val(value);
                if (field.kind() == Kind.INTEGER) input.attr("inputmode", "numeric");
                if (field.kind() == Kind.NUMBER) input.attr("inputmode", "decimal");
                if (field.kind() == Kind.DATE) {
                    input.attr("placeholder", "2025-05-24").attr("autocomplete", "off");
                    box.appendElement("input").attr("type", "date").addClass("pilih-tanggal").attr("data-untuk", id)
                            .attr("aria-label", "Pilih tanggal: " + field.label()).val(value.length() >= 10 ? value.substring(0, 10) : "");
                }
                if (name.equals("topics") || name.matches("topics\\[\\d+]")) input.attr("list", "daftar-topik");
                if (name.matches("speakers\\[\\d+]\\.name")) input.attr("list", "daftar-narasumber");
            }
        }
        input.id(id).attr("name", name).attr("aria-describedby", described);
        if (field.required()) input.attr("aria-required", "true");
    }

    /** A text area's text: HTML drops one newline right after the opening tag, so one is always written first. */
    private static void textarea(Element area, String value) {
        area.appendText("\n" + value);
    }

    private static void group(Element parent, Field field, String name, Map<?, ?> value) {
        String id = Layout.id(name);
        Element set = parent.appendElement("fieldset").addClass("kelompok").id("k-" + id.substring(2));
        Element legend = set.appendElement("legend");
        legend.appendText(field.label() + " ").appendElement("code").text(field.key());
        set.appendElement("p").addClass("bantuan").text(field.help());
        set.appendElement("p").addClass("galat").id("g-" + id.substring(2)).attr("hidden", "");
        if (field.key().equals("image")) upload(set);
        for (Field part : field.parts()) {
            Object v = value.get(part.key());
            scalar(set, part, name + "." + part.key(), v instanceof String s ? s : "");
        }
    }

    private static void list(Element parent, Field field, String name, List<?> items, View view) {
        String id = Layout.id(name);
        Element set = parent.appendElement("fieldset").addClass("daftar").id("k-" + id.substring(2)).attr("data-kunci", name);
        Element legend = set.appendElement("legend");
        legend.appendText(field.label() + " ").appendElement("code").text(field.key());
        set.appendElement("p").addClass("bantuan").text(field.help());
        set.appendElement("p").addClass("galat").id("g-" + id.substring(2)).attr("hidden", "");
        if (field.key().equals("photos")) upload(set);
        Element holder = set.appendElement("div").addClass("butir-butir");
        for (int i = 0; i < items.size(); i++) item(holder, field, name, String.valueOf(i), items.get(i), view.origin(field.key(), i));
        // one empty item, for a browser without script; the script adds more
        item(holder, field, name, String.valueOf(items.size()), null, -1);
        Element template = set.appendElement("template").addClass("cetak-butir");
        item(template, field, name, "__i__", null, -1);
        set.appendElement("button").attr("type", "button").addClass("tambah-butir").text("Tambah " + singular(field));
    }

    private static void item(Element holder, Field field, String name, String index, Object value, int origin) {
        String itemName = name + "[" + index + "]";
        String number = index.equals("__i__") ? "__n__" : String.valueOf(Integer.parseInt(index) + 1);
        if (field.kind() == Kind.TEXT_LIST) {
            Element row = holder.appendElement("div").addClass("butir butir-teks");
            if (value == null && !index.equals("__i__")) row.addClass("kosong");
            Field single = new Field(field.key(), field.label() + " " + number, field.help(), Kind.TEXT, false, false, List.of());
            scalar(row, single, itemName, value instanceof String s ? s : "");
            row.selectFirst("p.bantuan").remove();
            row.selectFirst("input").removeAttr("aria-describedby").attr("aria-describedby", "g-" + Layout.id(itemName).substring(2));
            row.appendElement("button").attr("type", "button").addClass("hapus-butir").text("Hapus " + singular(field) + " " + number);
            return;
        }
        Element set = holder.appendElement("fieldset").addClass("butir");
        boolean spare = value == null && !index.equals("__i__");
        if (spare) set.addClass("kosong");
        set.appendElement("legend").text(capitalised(singular(field)) + " " + number + (spare ? " (baru, isi bila perlu)" : ""));
        set.appendElement("p").addClass("galat").id("g-" + Layout.id(itemName).substring(2)).attr("hidden", "");
        if (origin >= 0) set.appendElement("input").attr("type", "hidden").attr("name", itemName + "." + FormValues.ORIGIN).val(String.valueOf(origin));
        Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
        for (Field part : field.parts()) {
            Object v = map.get(part.key());
            scalar(set, part, itemName + "." + part.key(), v instanceof String s ? s : "");
        }
        if (field.key().equals("photos") && map.get("src") instanceof String src && !src.isBlank()) {
            set.attr("data-foto", src);
        }
        set.appendElement("button").attr("type", "button").addClass("hapus-butir").text("Hapus " + singular(field) + " " + number);
    }

    private static String singular(Field field) {
        return switch (field.key()) {
            case "changes" -> "ralat";
            case "speakers" -> "narasumber";
            case "topics" -> "topik";
            case "figures" -> "angka";
            case "photos" -> "foto";
            case "attachments" -> "lampiran";
            case "aliases" -> "alamat lama";
            default -> field.label().toLowerCase(Locale.forLanguageTag("id-ID"));
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void upload(Element set) {
        Element box = set.appendElement("div").addClass("unggah");
        String id = set.id().equals("k-image") ? "unggah-utama" : "unggah-galeri";
        box.appendElement("label").attr("for", id).text(set.id().equals("k-image")
                ? "Pilih foto utama (JPEG, PNG atau WebP, paling besar 50 MB), atau seret fotonya ke sini"
                : "Tambah foto ke galeri (JPEG, PNG atau WebP, paling besar 50 MB), atau seret fotonya ke sini");
        box.appendElement("input").attr("type", "file").id(id).attr("accept", "image/jpeg,image/png,image/webp")
                .attr("data-tujuan", set.id().equals("k-image") ? "image" : "photos");
        box.appendElement("p").addClass("hasil-unggah").attr("role", "status");
    }

    private static void body(Element form, String body) {
        Element box = form.appendElement("div").addClass("kolom kolom-isi").id("k-isi");
        box.appendElement("label").attr("for", "f-isi").appendText("Isi rilis").appendElement("span").addClass("wajib").text(" (Markdown)");
        box.appendElement("p").addClass("bantuan").id("b-isi").text("Paragraf dipisah satu baris kosong. Subjudul: ## Subjudul. "
                + "Tebal: **kata**. Daftar: baris diawali \"- \". Tautan: [teks](https://alamat). Foto di samping berkas: ![teks alternatif](nama-foto.jpg).");
        box.appendElement("p").addClass("galat").id("g-isi").attr("hidden", "");
        Element area = box.appendElement("textarea").id("f-isi").attr("name", FormValues.BODY).attr("rows", "16")
                .attr("aria-describedby", "b-isi g-isi");
        String shown = body;
        if (body.strip().equals(Scaffold.BODY)) {
            area.attr("placeholder", Scaffold.BODY);
            shown = "";
        }
        textarea(area, shown);
    }

    /** A field whose value no input can hold (a list where text belongs): kept as written, fixed in the text view. */
    private static void kept(Element parent, Field field) {
        String id = Layout.id(field.key()).substring(2);
        Element box = parent.appendElement("div").addClass("kolom tetap").id("k-" + id);
        box.appendElement("p").appendElement("strong").text(field.label() + " (" + field.key() + ")");
        box.appendElement("p").addClass("galat").id("g-" + id).attr("hidden", "");
        box.appendElement("p").text("Isinya ditulis dalam bentuk yang tidak dapat ditampilkan formulir ini; ia disimpan "
                + "apa adanya. Perbaiki lewat \"Sunting sebagai teks\".");
    }

    /** Fields the contract does not know (a misspelt name): kept, named, fixed in the text view. */
    private static void unknown(Element form, Map<String, Object> values) {
        List<String> unknown = new ArrayList<>();
        for (String key : values.keySet()) {
            if (Fields.ALL.stream().noneMatch(f -> f.key().equals(key))) unknown.add(key);
        }
        if (unknown.isEmpty()) return;
        Element box = form.appendElement("div").addClass("kolom tetap").id("k-tak-dikenal");
        box.appendElement("p").text("Kolom yang tidak dikenal kontrak, disimpan apa adanya: " + String.join(", ", unknown)
                + ". Perbaiki ejaannya lewat \"Sunting sebagai teks\".");
    }

    private static void datalists(Element form, Vocabulary known) {
        Element topics = form.appendElement("datalist").id("daftar-topik");
        known.topics().forEach(topic -> topics.appendElement("option").val(topic));
        Element speakers = form.appendElement("datalist").id("daftar-narasumber");
        known.speakers().forEach(name -> speakers.appendElement("option").val(name));
    }

    private static void actions(Element form, View view) {
        Object status = view.values().get("status");
        boolean draft = "draft".equals(status);
        boolean withdrawn = "withdrawn".equals(status);
        Element box = form.appendElement("div").addClass("aksi");
        box.appendElement("button").attr("type", "submit").attr("name", "aksi").val(Action.SAVE.key).addClass("utama")
                .text(Action.SAVE.label);
        if (draft) {
            box.appendElement("button").attr("type", "submit").attr("name", "aksi").val(Action.PUBLISH.key).text(Action.PUBLISH.label);
            box.appendElement("button").attr("type", "submit").attr("name", "aksi").val(Action.SCHEDULE.key).text(Action.SCHEDULE.label);
            box.appendElement("p").addClass("bantuan").text("Simpan: tetap draf, hanya tampil di pratinjau. Terbitkan: tampil "
                    + "bagi pembaca sejak tanggal terbit. Jadwalkan: tulis dulu tanggal (dan jam) terbit yang belum tiba.");
        }
        if (draft || withdrawn) return;
        Element details = form.appendElement("details").addClass("koreksi");
        if (view.note() != null && !view.note().isBlank()) details.attr("open", "");
        details.appendElement("summary").text("Koreksi atau tarik rilis yang sudah terbit");
        Element box2 = details.appendElement("div").addClass("kolom").id("k-catatan");
        box2.appendElement("label").attr("for", "f-catatan").text("Catatan koreksi, atau alasan penarikan");
        box2.appendElement("p").addClass("bantuan").id("b-catatan").text("Tampil di halaman rilis dengan tanggal hari ini. "
                + "Rilis yang ditarik tetap ada di alamatnya, dengan pemberitahuan, dan hilang dari daftar dan umpan. "
                + "Tidak ada rilis yang dihapus.");
        box2.appendElement("p").addClass("galat").id("g-catatan").attr("hidden", "");
        Element note = box2.appendElement("textarea").id("f-catatan").attr("name", Action.NOTE).attr("rows", "2")
                .attr("aria-describedby", "b-catatan g-catatan");
        textarea(note, view.note() == null ? "" : view.note());
        Element buttons = details.appendElement("div").addClass("aksi");
        buttons.appendElement("button").attr("type", "submit").attr("name", "aksi").val(Action.CORRECT.key).text(Action.CORRECT.label);
        buttons.appendElement("button").attr("type", "submit").attr("name", "aksi").val(Action.WITHDRAW.key).addClass("bahaya")
                .text(Action.WITHDRAW.label);
    }

    /**
     * Each problem next to its field (and linked from the summary at the top); one whose field has no input (the
     * file's place, a field kept as written) only in the summary.
     */
    static void problems(Document page, Element summary, List<Problem> problems) {
        if (problems.isEmpty()) return;
        summary.attr("role", "alert");
        summary.appendElement("h2").text(problems.size() == 1 ? "1 masalah harus diperbaiki" : problems.size() + " masalah harus diperbaiki");
        Element list = summary.appendElement("ul");
        for (Problem problem : problems) {
            String id = Layout.id(problem.field()).substring(2);
            Element place = page.getElementById("g-" + id);
            Element item = list.appendElement("li");
            String text = problem.field() + " (baris " + problem.line() + "): " + problem.message();
            if (place != null) {
                place.removeAttr("hidden");
                place.appendElement("span").text(problem.message());
                Element input = page.getElementById("f-" + id);
                if (input != null) input.attr("aria-invalid", "true");
                item.appendElement("a").attr("href", "#" + (input != null ? "f-" + id : "k-" + id)).text(text);
            } else {
                item.text(text);
            }
        }
    }
}
