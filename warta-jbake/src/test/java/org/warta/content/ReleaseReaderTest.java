package org.warta.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseReaderTest {
    private static Path root;
    private static ReleaseReader reader;

    @BeforeAll
    static void setUp() throws URISyntaxException {
        root = Path.of(ReleaseReaderTest.class.getResource("/content").toURI()).getParent();
        reader = new ReleaseReader(root, root.resolve("content"), root.resolve("assets"), java.time.ZoneId.of("Asia/Jakarta"));
    }

    private static final String VALID_HEAD = "---\n"
            + "title: \"Pelatihan Pengurus Koperasi Jambi\"\n"
            + "date: 2023-06-06\n"
            + "summary: \"Pelatihan tiga hari bagi pengurus koperasi dari sebelas kabupaten dan kota di Provinsi Jambi.\"\n";

    private static List<Problem> problems(String frontMatterLines) {
        String text = VALID_HEAD + frontMatterLines + "---\nIsi.\n";
        ContentException e = assertThrows(ContentException.class, () -> reader.read(
                root.resolve("content/berita/2023/uji.md"), text.getBytes(StandardCharsets.UTF_8)));
        return e.problems();
    }

    private static Problem only(String frontMatterLines) {
        List<Problem> problems = problems(frontMatterLines);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void readsEveryFieldOfAFullRelease() {
        Release r = reader.read(root.resolve("content/berita/2023/lengkap.md"));
        assertEquals("content/berita/2023/lengkap.md", r.file());
        assertEquals("berita", r.section());
        assertEquals("rakorda-sultra-2023", r.slug());
        assertEquals("/berita/2023/rakorda-sultra-2023/", r.permalink());
        assertEquals("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", r.title());
        assertEquals("2023-05-25", r.date().iso());
        assertTrue(r.summary().startsWith("Rapat koordinasi perencanaan") && r.summary().endsWith("kabupaten/kota."));
        assertEquals(Release.Status.PUBLISHED, r.status());
        assertEquals("2023-05-27T10:00:00+08:00", r.updated().iso());
        assertEquals(1, r.changes().size());
        assertEquals("2023-05-27", r.changes().get(0).date().iso());
        assertEquals("Sulawesi Tenggara", r.province());
        assertEquals("Kota Kendari", r.regency());
        assertEquals("2023-05-24T19:30:00+08:00", r.event().start().iso());
        assertEquals("2023-05-26", r.event().end().iso());
        assertEquals("Hotel Claro Kendari", r.event().venue());
        assertEquals(34L, r.event().participants());
        assertEquals("Dinas Koperasi dan UMKM Provinsi Sulawesi Tenggara", r.event().organizer());
        assertEquals(2, r.speakers().size());
        assertEquals("Dra. Hj. Yuni Nurmalawati, M.Si.", r.speakers().get(0).name());
        assertNull(r.speakers().get(0).organization());
        assertEquals("Pemerintah Provinsi Sulawesi Tenggara", r.speakers().get(1).organization());
        assertEquals(List.of("perencanaan", "sinkronisasi program"), r.topics());
        assertEquals(2300L, r.figures().get(0).value());
        assertEquals(2021, r.figures().get(0).year());
        assertEquals(85.3, r.figures().get(1).value());
        assertEquals("persen", r.figures().get(1).unit());
        assertEquals("/berita/2023/foto.png", r.image().url());
        assertEquals("Peserta rakorda di ruang pertemuan", r.image().alt());
        assertEquals("/berita/2023/bahan.pdf", r.attachments().get(0).url());
        assertEquals("https://example.org/rakorda", r.source().url());
        assertEquals("humas@example.go.id", r.contact().email());
        assertEquals(List.of("/lama/rakorda.html"), r.aliases());
        assertEquals("Paragraf **pertama**.\n", r.body());
    }

    @Test
    void thePlaceholdersOfANewReleaseFileAreRefusedUnlessItIsADraft() {
        Path file = root.resolve("content/berita/2023/uji.md");
        String head = "---\ntitle: \"Pelatihan Pengurus Koperasi Jambi\"\ndate: 2023-06-06\n";
        String placeholders = head + "summary: >-\n  " + Scaffold.SUMMARY + "\n---\nParagraf pertama.\n\n" + Scaffold.BODY + "\n";
        ContentException e = assertThrows(ContentException.class,
                () -> reader.read(file, placeholders.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("summary@4", "isi@9"), e.problems().stream().map(p -> p.field() + "@" + p.line()).toList());

        // however the rest of the sentence was edited, or written after it, while its opening words are there
        String edited = head + "summary: \"Tulis ringkasan 50–400 karakter di   sini. Pelatihan pengurus koperasi Jambi.\"\n---\nIsi.\n";
        assertEquals("summary", assertThrows(ContentException.class,
                () -> reader.read(file, edited.getBytes(StandardCharsets.UTF_8))).problems().get(0).field());

        // a draft may keep them (every new file is one); a summary that says "di sini" in its own words is not one
        assertEquals(Release.Status.DRAFT, reader.read(file, placeholders.replace("date: 2023-06-06\n",
                "date: 2023-06-06\nstatus: draft\n").getBytes(StandardCharsets.UTF_8)).status());
        reader.read(file, (head + "summary: \"Tulis ringkasan rapat di sini, kata panitia, lalu kirim ke humas provinsi "
                + "sebelum Jumat.\"\n---\nIsi.\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void appliesDefaultsToAMinimalRelease() {
        Release r = reader.read(root.resolve("content/berita/2023/minimal.md"),
                (VALID_HEAD + "---\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("minimal", r.slug(), "the slug defaults to the file name");
        assertEquals(Release.Status.PUBLISHED, r.status());
        assertNull(r.province(), "no province means national");
        assertNull(r.event());
        assertTrue(r.speakers().isEmpty() && r.topics().isEmpty() && r.figures().isEmpty());
    }

    @Test
    void namesFileLineFieldAndQuotesTheBadValue() {
        Problem p = only("province: Sulawesi Tengara\n");
        assertEquals("content/berita/2023/uji.md:5: province: provinsi \"Sulawesi Tengara\" tidak dikenal "
                + "(maksud Anda: Sulawesi Tenggara?); tulis nama salah satu dari 38 provinsi seperti di panduan, "
                + "atau hapus kolom ini untuk berita nasional", p.toString());
    }

    @Test
    void suggestsTheNearestFieldForAnUnknownOne() {
        Problem p = only("provnce: Jambi\n");
        assertEquals(5, p.line());
        assertEquals("provnce", p.field());
        assertTrue(p.message().contains("maksud Anda: province?"), p.message());
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        List<Problem> problems = problems("status: terbit\nslug: Rakor_A\nevent:\n  venue: Aula\n  participants: tiga puluh\n"
                + "figures:\n  - {label: Koperasi, value: 2.300.000}\n");
        assertEquals(List.of("status", "slug", "event.start", "event.participants", "figures[0].value"),
                problems.stream().map(Problem::field).toList());
        assertEquals(7, problems.get(2).line(), "a missing nested key is reported at its parent's line");
        assertTrue(problems.get(3).message().contains("\"tiga puluh\""), problems.get(3).message());
    }

    @Test
    void checksRequiredFieldsAndLengths() {
        String text = "---\ntitle: Pendek\n---\n";
        ContentException e = assertThrows(ContentException.class, () -> reader.read(
                root.resolve("content/berita/2023/uji.md"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("content/berita/2023/uji.md:1: date", "content/berita/2023/uji.md:1: summary",
                        "content/berita/2023/uji.md:2: title"),
                e.problems().stream().map(p -> p.file() + ":" + p.line() + ": " + p.field()).toList());
        assertTrue(e.problems().get(2).message().startsWith("terlalu pendek (6 karakter): \"Pendek\""));
    }

    @Test
    void checksDatesAndTheirOrder() {
        assertTrue(only("updated: 2023-01-01\n").message().contains("lebih awal dari tanggal terbit"));
        assertTrue(only("updated: 2023-06-06T10:00\n").message().startsWith("jam pada \"2023-06-06T10:00\" belum bertanda zona waktu"));
        assertTrue(only("updated: 6 Juni 2023\n").message().startsWith("tanggal \"6 Juni 2023\" tidak dikenali"));
        assertEquals("event.end", only("event:\n  start: 2023-06-06\n  end: 2023-06-01\n  venue: Aula\n").field());
    }

    @Test
    void checksTheYearFolderAgainstTheDate() {
        String text = VALID_HEAD + "---\n";
        ContentException e = assertThrows(ContentException.class, () -> reader.read(
                root.resolve("content/berita/2022/uji.md"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("date", e.problems().get(0).field());
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void checksImagePathsExistAndStayInsideTheProject() {
        assertTrue(only("image: {src: hilang.jpg, alt: Foto}\n").message().contains("tidak ditemukan"));
        assertTrue(only("image: {src: ../../../../pom.xml, alt: Foto}\n").message().contains("ke luar folder"));
        assertEquals("image.alt", only("image: {src: foto.png}\n").field());
    }
}
