package org.warta.author;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.jbake.FixtureProject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewReleaseTest {
    /** Every field of the content contract (section 1). */
    private static final List<String> FIELDS = List.of("title", "date", "summary", "status", "slug", "updated", "changes",
            "province", "regency", "event", "speakers", "topics", "figures", "image", "attachments", "source", "contact", "aliases");

    private static NewRelease in(Path dir) {
        return new NewRelease(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void writesADraftWithEveryContractFieldThatBakesAndStaysUnpublishedUntilTheDraftLineGoes(@TempDir Path dir) throws Exception {
        FixtureProject site = new FixtureProject(dir);
        Path file = in(site.dir).write("Rapat Koordinasi Koperasi Desa di Garut", "2025-06-02", "berita", "Jawa Barat");
        assertEquals(site.dir.resolve("content/berita/2025/rapat-koordinasi-koperasi-desa-di-garut.md"), file);
        String text = Files.readString(file);
        for (String field : FIELDS) assertTrue(text.matches("(?sm).*^#? *" + field + ":.*"), "field " + field + " in\n" + text);
        assertTrue(text.contains("\nprovince: Jawa Barat\n"));

        assertEquals(List.of(), site.bake(), "the new file is valid content as it stands");
        assertFalse(Files.exists(site.out("/berita/2025/rapat-koordinasi-koperasi-desa-di-garut/index.html")), "a draft is never published");

        // the draft line removed with the placeholders still there: refused, each at its line, nothing published
        // (the contract: a summary or body that is still the scaffold's placeholder is an error)
        String ready = text.replace("status: draft\n", "");
        Files.writeString(file, ready);
        List<Throwable> refused = site.bake();
        assertEquals(1, refused.size(), refused.toString());
        List<String> problems = ((org.warta.site.BakeStopped) refused.get(0)).problems().stream()
                .map(p -> p.line() + ": " + p.field() + ": " + p.message().substring(0, 30)).toList();
        List<String> lines = ready.lines().toList();
        int summaryLine = lines.indexOf("summary: >-") + 1;
        int bodyLine = lines.indexOf(org.warta.content.Scaffold.BODY) + 1;
        assertEquals(List.of(summaryLine + ": summary: ringkasan masih teks contoh da",
                bodyLine + ": isi: isi masih memuat teks contoh d"), problems);
        assertFalse(Files.exists(site.out("/berita/2025/rapat-koordinasi-koperasi-desa-di-garut/index.html")));

        // written by its author: published
        Files.writeString(file, ready.replace(org.warta.content.Scaffold.SUMMARY, "Rapat koordinasi koperasi desa di "
                + "Garut membahas pendataan anggota dan rencana pelatihan pengurus tahun ini.")
                .replace(org.warta.content.Scaffold.BODY, "Rapat berlangsung di aula dinas."));
        assertEquals(List.of(), site.bake());
        assertTrue(Files.readString(site.out("/berita/2025/rapat-koordinasi-koperasi-desa-di-garut/index.html"))
                .contains("Rapat Koordinasi Koperasi Desa di Garut"));
    }

    @Test
    void todayIsTakenInTheSiteTimeZoneFromJbakeProperties(@TempDir Path dir) throws Exception {
        FixtureProject site = new FixtureProject(dir);
        assertEquals(java.time.ZoneId.of("Asia/Jakarta"), NewRelease.siteZone(site.dir));
        assertThrows(NewRelease.InvalidAnswer.class, () -> NewRelease.siteZone(dir.resolve("content")), "no jbake.properties there");
    }

    @Test
    void aNationalReleaseLeavesProvinceAsGuidance(@TempDir Path dir) throws Exception {
        Path file = in(dir).write("Penyelarasan Data Koperasi Nasional", "2025-01-10", "pengumuman", "");
        assertTrue(Files.readString(file).contains("\n# province: "));
        assertTrue(file.endsWith(Path.of("content/pengumuman/2025/penyelarasan-data-koperasi-nasional.md")));
    }

    @Test
    void aTitleGivesAnAddressOfAtMostEightyCharactersAndOneWithoutLettersNone(@TempDir Path dir) throws Exception {
        String long200 = ("Rapat Koordinasi Pemberdayaan Koperasi dan Usaha Mikro Kecil Menengah Provinsi Sulawesi Tenggara "
                + "bersama Kabupaten Kota Tahun Anggaran Dua Ribu Dua Puluh Enam di Kendari dan Sekitarnya Pekan Ini").substring(0, 190);
        Path file = in(dir).write(long200, "2026-01-05", "berita", "");
        String name = file.getFileName().toString();
        assertTrue(name.length() <= NewRelease.MAX_SLUG + 3 && name.endsWith(".md") && !name.endsWith("-.md"), name);
        assertTrue(name.startsWith("rapat-koordinasi-pemberdayaan-koperasi-"), name);
        NewRelease.InvalidAnswer none = assertThrows(NewRelease.InvalidAnswer.class,
                () -> in(dir).write("—————————— ——————", "2026-01-05", "berita", ""));
        assertTrue(none.getMessage().startsWith("judul: "), none.getMessage());
    }

    /** The next release number of the year is proposed from the site's pattern; the release with it bakes. */
    @Test
    void theNextReleaseNumberOfTheYearIsProposed(@TempDir Path dir) throws Exception {
        FixtureProject site = new FixtureProject(dir);
        Path first = in(site.dir).write("Rapat Koordinasi Awal Tahun Koperasi", "2026-01-05", "berita", "");
        assertTrue(Files.readString(first).contains("\nnumber: 001/HUMAS/DKUKM/I/2026   # usulan"), Files.readString(first));
        site.write("pengumuman/2026/jadwal.md", "---\ntitle: \"Jadwal layanan konsultasi koperasi\"\ndate: 2026-05-02\n"
                + "number: \"045/HUMAS/DKUKM/V/2026\"\nsummary: x\n---\n");
        site.write("berita/2025/lama.md", "---\nnumber: 300/HUMAS/DKUKM/XII/2025\n---\n");
        Path next = in(site.dir).write("Pelatihan Pengurus Koperasi Nelayan", "2026-11-30", "berita", "");
        assertTrue(Files.readString(next).contains("\nnumber: 046/HUMAS/DKUKM/XI/2026   # usulan"),
                "the highest of the year, in every section, plus one; other years not counted");
        Files.writeString(site.dir.resolve("jbake.properties"), Files.readString(site.dir.resolve("jbake.properties"))
                .replaceAll("(?m)^release\\.number\\.pattern=.*$", ""));
        Path none = in(site.dir).write("Sosialisasi Tanpa Nomor Siaran Pers", "2026-11-30", "berita", "");
        assertTrue(Files.readString(none).contains("\n# number: "), "without a pattern, only a hint");
    }

    @Test
    void neverOverwrites(@TempDir Path dir) throws Exception {
        Path file = in(dir).write("Sosialisasi Perizinan di Pontianak", "2025-02-01", "berita", "Kalimantan Barat");
        Files.writeString(file, "isi penulis");
        NewRelease.InvalidAnswer e = assertThrows(NewRelease.InvalidAnswer.class,
                () -> in(dir).write("Sosialisasi Perizinan di Pontianak", "2025-02-01", "berita", ""));
        assertTrue(e.getMessage().contains("sudah ada; tidak ditimpa"), e.getMessage());
        assertEquals("isi penulis", Files.readString(file));
    }

    @Test
    void badAnswersNameTheFieldQuoteTheValueAndSayWhatToWrite(@TempDir Path dir) throws IOException {
        NewRelease.InvalidAnswer e = assertThrows(NewRelease.InvalidAnswer.class,
                () -> in(dir).write("Pendek", "24-05-2025", "siaran", "Jawa Barta"));
        String m = e.getMessage();
        assertTrue(m.contains("judul: 6 karakter (\"Pendek\"); tulis 10–200 karakter"), m);
        assertTrue(m.contains("tanggal: \"24-05-2025\" bukan tanggal; tulis YYYY-MM-DD"), m);
        assertTrue(m.contains("bagian: \"siaran\" tidak dikenal; tulis berita, pengumuman, publikasi"), m);
        assertTrue(m.contains("provinsi: \"Jawa Barta\" bukan salah satu dari 38 provinsi; maksud Anda \"Jawa Barat\"?"), m);
        try (var files = Files.walk(dir)) {
            assertEquals(1, files.count(), "nothing written");
        }
    }
}
