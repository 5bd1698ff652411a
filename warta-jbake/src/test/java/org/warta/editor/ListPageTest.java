package org.warta.editor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.warta.content.Problem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of releases: filtered, and in pages a phone can show however large the archive. */
class ListPageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("UTC"));

    private static List<Shelf.Entry> entries(int count) {
        List<Shelf.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = (i % 2 == 0 ? "berita" : "pengumuman") + "/2025/rilis-" + i + ".md";
            entries.add(new Shelf.Entry(name, "Rilis nomor " + i, "2025-01-01", null,
                    List.of(new Problem("content/" + name, 3, "summary", "kolom wajib belum diisi"))));
        }
        return entries;
    }

    @Test
    void aLargeArchiveIsShownAHundredRowsAtATimeWithItsFilterKept() {
        Document first = Jsoup.parse(ListPage.render(entries(250), "", "", "", 1, CLOCK, "t"));
        assertEquals(ListPage.PAGE, first.select("table.rilis tbody tr").size());
        assertTrue(first.text().contains("250 dari 250 rilis; halaman 1 dari 3"), first.text());
        assertEquals(List.of("Berikutnya ›"), first.select("nav.halaman a").eachText());

        Document last = Jsoup.parse(ListPage.render(entries(250), "nomor", "berita", "masalah", 9, CLOCK, "t"));
        assertEquals(25, last.select("table.rilis tbody tr").size(), "125 releases of berita, the last page of two");
        assertEquals(List.of("‹ Sebelumnya"), last.select("nav.halaman a").eachText());
        assertEquals("/_tulis/?halaman=1&q=nomor&bagian=berita&status=masalah", last.selectFirst("nav.halaman a").attr("href"));
        assertTrue(last.select("td:nth-child(2)").eachText().stream().allMatch(s -> s.equals("berita")));
        assertTrue(last.selectFirst("td.galat").text().startsWith("1 masalah: kolom wajib belum diisi"));
    }

    @Test
    void wordsFilterTitlesAndNames() {
        Document found = Jsoup.parse(ListPage.render(entries(30), "NOMOR 12", "", "", 1, CLOCK, "t"));
        assertEquals(List.of("Rilis nomor 12"), found.select("table.rilis tbody td:first-child a").eachText());
        Document none = Jsoup.parse(ListPage.render(entries(30), "", "", "terbit", 1, CLOCK, "t"));
        assertEquals(0, none.select("table.rilis tbody tr").size(), "a release with problems is in no state but 'masalah'");
    }
}
