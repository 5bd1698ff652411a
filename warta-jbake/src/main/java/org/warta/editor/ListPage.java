package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.content.Release;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;

/** Every release: section, date, state and problems, newest first, filtered by words, section and state. */
final class ListPage {
    private ListPage() {
    }

    /** Rows on one page of the list: an archive of thousands stays a page a phone can show. */
    static final int PAGE = 100;

    /**
     * The list, filtered, one page of it.
     *
     * @param words   words the title or file name must hold, or blank
     * @param section a section, or blank for all
     * @param state   {@code draf}, {@code terbit}, {@code terjadwal}, {@code ditarik}, {@code masalah}, or blank for all
     * @param page    the page, from 1 (a page past the last shows the last)
     */
    static String render(List<Shelf.Entry> entries, String words, String section, String state, int page, Clock clock,
                         String token) {
        Document document = Layout.page("Semua rilis", token);
        Element main = Layout.main(document);
        main.appendElement("h1").text("Semua rilis");
        main.appendElement("p").appendElement("a").attr("href", "/_tulis/baru").addClass("tombol utama").text("Rilis baru");

        Element filter = main.appendElement("form").attr("method", "get").attr("action", "/_tulis/").addClass("saring")
                .attr("role", "search").attr("aria-label", "Saring rilis");
        Element w = filter.appendElement("div").addClass("kolom");
        w.appendElement("label").attr("for", "saring-kata").text("Kata dalam judul");
        w.appendElement("input").attr("type", "search").id("saring-kata").attr("name", "q").val(blank(words));
        List<String> sections = new ArrayList<>(List.of(""));
        sections.addAll(Release.SECTIONS);
        List<String> sectionLabels = new ArrayList<>(List.of("Semua"));
        Release.SECTIONS.forEach(name -> sectionLabels.add(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        select(filter, "saring-bagian", "bagian", "Bagian", blank(section), sections, sectionLabels);
        select(filter, "saring-status", "status", "Keadaan", blank(state), List.of("", "draf", "terbit", "terjadwal", "ditarik", "masalah"),
                List.of("Semua", "Draf", "Terbit", "Terjadwal", "Ditarik", "Bermasalah"));
        filter.appendElement("button").attr("type", "submit").text("Saring");

        List<Shelf.Entry> shown = entries.stream().filter(e -> matches(e, blank(words), blank(section), blank(state), clock)).toList();
        int pages = Math.max(1, (shown.size() + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(1, page), pages);
        main.appendElement("p").attr("role", "status").text(shown.size() + " dari " + entries.size() + " rilis"
                + (pages > 1 ? "; halaman " + current + " dari " + pages : ""));
        List<Shelf.Entry> rows = shown.subList((current - 1) * PAGE, Math.min(shown.size(), current * PAGE));
        Element table = main.appendElement("table").addClass("rilis");
        table.appendElement("caption").addClass("tersembunyi").text("Rilis, terbaru di atas");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Judul", "Bagian", "Tanggal", "Keadaan", "Masalah")) head.appendElement("th").attr("scope", "col").text(column);
        Element body = table.appendElement("tbody");
        for (Shelf.Entry entry : rows) {
            Element row = body.appendElement("tr");
            row.appendElement("td").appendElement("a")
                    .attr("href", "/_tulis/sunting?berkas=" + URLEncoder.encode(entry.name(), StandardCharsets.UTF_8)).text(entry.title());
            row.appendElement("td").attr("data-judul", "Bagian").text(entry.section());
            row.appendElement("td").attr("data-judul", "Tanggal")
                    .text(entry.release() == null ? entry.date() : Shelf.Dates.shown(entry.release().date()));
            row.appendElement("td").attr("data-judul", "Keadaan").text(entry.release() == null ? "—" : Shelf.state(entry.release(), clock));
            Element problems = row.appendElement("td").attr("data-judul", "Masalah");
            if (entry.problems().isEmpty()) problems.text("—");
            else problems.addClass("galat").text(entry.problems().size() + " masalah: " + entry.problems().get(0).message());
        }
        if (pages > 1) {
            Element nav = main.appendElement("nav").attr("aria-label", "Halaman daftar").addClass("halaman");
            String query = "&q=" + encode(words) + "&bagian=" + encode(section) + "&status=" + encode(state);
            if (current > 1) nav.appendElement("a").attr("href", "/_tulis/?halaman=" + (current - 1) + query).text("‹ Sebelumnya");
            if (current < pages) nav.appendElement("a").attr("href", "/_tulis/?halaman=" + (current + 1) + query).text("Berikutnya ›");
        }
        return document.outerHtml();
    }

    private static String encode(String value) {
        return URLEncoder.encode(blank(value), StandardCharsets.UTF_8);
    }

    private static boolean matches(Shelf.Entry entry, String words, String section, String state, Clock clock) {
        Locale id = Locale.forLanguageTag("id-ID");
        if (!words.isBlank()) {
            String haystack = (entry.title() + " " + entry.name()).toLowerCase(id);
            for (String word : words.toLowerCase(id).split("\\s+")) if (!haystack.contains(word)) return false;
        }
        if (!section.isBlank() && !entry.section().equals(section)) return false;
        if (state.isBlank()) return true;
        Release release = entry.release();
        if (state.equals("masalah")) return !entry.problems().isEmpty();
        if (release == null) return false;
        String shown = Shelf.state(release, clock).toLowerCase(id);
        return shown.startsWith(state);
    }

    private static void select(Element form, String id, String name, String label, String value, List<String> values, List<String> labels) {
        Element box = form.appendElement("div").addClass("kolom");
        box.appendElement("label").attr("for", id).text(label);
        Element select = box.appendElement("select").id(id).attr("name", name);
        for (int i = 0; i < values.size(); i++) {
            Element option = select.appendElement("option").val(values.get(i)).text(labels.get(i));
            if (values.get(i).equals(value)) option.attr("selected", "");
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
