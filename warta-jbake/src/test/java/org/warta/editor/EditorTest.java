package org.warta.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.content.ContentException;
import org.warta.content.ReleaseReader;
import org.warta.jbake.FixtureProject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor answering requests as the preview's server hands them over, on a copy of the sample project: forms
 * submitted as a browser without script submits them, writes refused without this run's token or from another
 * origin, names that would leave {@code content/}, uploads that are not photos, and the editorial actions with the
 * files they write.
 */
class EditorTest {
    private static final int PORT = 8899;
    private static final String ORIGIN = "http://localhost:" + PORT;
    private static final String TOKEN = "token-uji-0123456789";
    private static final String SAMPLE = "berita/2023/rakorda-sultra-2023.md";
    /** 2026-11-30 10:00 in Jakarta. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("UTC"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path content;
    private Editor editor;

    @BeforeEach
    void project() throws IOException {
        FixtureProject project = new FixtureProject(dir);
        FixtureProject.copyTree(Path.of(System.getProperty("warta.project", "..")).resolve("content"), dir.resolve("content"));
        content = dir.resolve("content");
        editor = new Editor(dir, new Guard(PORT, TOKEN), CLOCK);
    }

    // ---- reading and writing through the form

    @Test
    void everySampleReleaseSavedUnchangedThroughItsFormKeepsEveryByte() throws IOException {
        List<Path> releases = releases();
        assertEquals(16, releases.size());
        for (Path file : releases) {
            String name = name(file);
            byte[] before = Files.readAllBytes(file);
            Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
            Editor.Answer saved = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "simpan"));
            assertEquals(303, saved.status(), name + ": " + text(saved));
            assertArrayEquals(before, Files.readAllBytes(file), name + " changed by a save without changes");
        }
    }

    /**
     * The form's values, as a browser submits them, read back into the file give the file's own bytes: for every
     * sample release and every fixture YAML can read, problems or not (the form must open a release to fix it).
     */
    @Test
    void theFormShowsEveryFileSoThatItsValuesGiveItsOwnBytes() throws IOException {
        List<Path> files = new ArrayList<>(releases());
        try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources"))) {
            fixtures.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
        int shown = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            EditableFile editable;
            try {
                editable = EditableFile.of("content/berita/2023/a.md", bytes);
            } catch (ContentException unreadable) {
                continue;
            }
            FormPage.View view = new FormPage.View("berita/2023/a.md", editable.values(), editable.body(), "v", null, null,
                    List.of(), null, null);
            Document form = page(FormPage.render(view, Vocabulary.NONE, TOKEN));
            FormValues.Result result = FormValues.read(editable.values(), editable.body(), Exchange.decode(submitted(form, "simpan")),
                    Vocabulary.NONE);
            assertArrayEquals(bytes, editable.with(result.values(), result.body()), file + ": the form's values changed the file");
            shown++;
        }
        assertTrue(shown >= 100, "files shown: " + shown);
    }

    /** What the sample does not hold: empty fields, texts over several lines, mixed line ends, spellings. */
    @Test
    void oddFilesSavedUnchangedKeepEveryByteAndOneChangeKeepsTheRest() throws IOException {
        for (String fixture : List.of("kolom-kosong.md", "baris-ganda.md", "akhir-baris-campuran.md")) {
            byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/editor").resolve(fixture));
            EditableFile editable = EditableFile.of("content/berita/2024/" + fixture, bytes);
            FormPage.View view = new FormPage.View("berita/2024/" + fixture, editable.values(), editable.body(), "v", null, null,
                    List.of(), null, null);
            Document form = page(FormPage.render(view, Vocabulary.NONE, TOKEN));
            FormValues.Result same = FormValues.read(editable.values(), editable.body(), Exchange.decode(submitted(form, "simpan")),
                    Vocabulary.NONE);
            assertArrayEquals(bytes, editable.with(same.values(), same.body()), fixture);

            form.getElementById("f-title").val("Judul baru untuk uji penyunting");
            FormValues.Result changed = FormValues.read(editable.values(), editable.body(),
                    Exchange.decode(submitted(form, "simpan")), Vocabulary.NONE);
            String before = new String(bytes, StandardCharsets.UTF_8);
            String after = new String(editable.with(changed.values(), changed.body()), StandardCharsets.UTF_8);
            String titleLine = before.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
            assertEquals(before.replace(titleLine, "title: \"Judul baru untuk uji penyunting\""), after, fixture);
        }
    }

    @Test
    void aSpellingLeftAsItWasIsNeverChangedToAnotherReleasesOne() throws IOException {
        Path file = content.resolve("berita/2019/forum-koordinasi-koperasi-kalteng.md");
        Files.writeString(file, Files.readString(file).replace("topics: [pengawasan koperasi,", "topics: [Pengawasan Koperasi,"));
        byte[] before = Files.readAllBytes(file);
        String name = name(file);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "simpan")).status());
        assertArrayEquals(before, Files.readAllBytes(file), "the author did not touch the topic");
    }

    @Test
    void changingTheTitleInTheFormChangesOnlyItsLine() throws IOException {
        Path file = content.resolve(SAMPLE);
        List<String> before = Files.readAllLines(file);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-title").val("Rakorda: Koperasi dan UMKM Sulawesi Tenggara 2023");
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "simpan")).status());
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).startsWith("title:")) assertEquals("title: \"Rakorda: Koperasi dan UMKM Sulawesi Tenggara 2023\"", after.get(i));
            else assertEquals(before.get(i), after.get(i), "line " + (i + 1));
        }
    }

    @Test
    void aSaveTheBakeWouldRefuseIsNotWrittenAndEachMessageStandsByItsField() throws IOException {
        Path file = content.resolve(SAMPLE);
        byte[] before = Files.readAllBytes(file);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-summary").text("Terlalu pendek.");
        form.getElementById("f-event-participants").val("tiga puluh");
        Editor.Answer refused = post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "simpan"));
        assertEquals(422, refused.status());
        assertArrayEquals(before, Files.readAllBytes(file));
        Document again = page(text(refused));
        assertTrue(again.getElementById("g-summary").text().contains("karakter"), again.getElementById("g-summary").outerHtml());
        assertEquals("true", again.getElementById("f-summary").attr("aria-invalid"));
        assertTrue(again.getElementById("g-event-participants").text().contains("bilangan bulat"));
        assertEquals("Terlalu pendek.", again.getElementById("f-summary").wholeText().strip(), "what was typed is shown again");
        assertTrue(again.getElementById("masalah").text().contains("2 masalah"), again.getElementById("masalah").text());
    }

    /** A speaker removed, then a refused save: the form shown again still ties each item to the file's own item. */
    @Test
    void aFormShownAgainKeepsEachItemTiedToTheFilesItem() throws IOException {
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        assertEquals("0", form.selectFirst("input[name=speakers[0]._asal]").val());
        form.select("#k-speakers .butir-butir > fieldset.butir").first().remove();
        form.getElementById("f-summary").text("Terlalu pendek.");
        Document again = page(text(post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "simpan"))));
        assertEquals("1", again.selectFirst("input[name=speakers[0]._asal]").val(), "the first item shown is the file's second");
    }

    /** The live check answers with the reader's own message, as the bake prints it for that file and line. */
    /** The rules across releases too: a slug another release of the same section and year has is refused. */
    @Test
    void aSlugAnotherReleaseHasIsRefusedAsTheBakeWouldRefuseIt() throws IOException {
        String name = "berita/2023/sosialisasi-kesehatan-ksp-banyumas.md";
        Path file = content.resolve(name);
        byte[] before = Files.readAllBytes(file);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
        form.getElementById("f-slug").val("rakorda-sultra-2023");
        Editor.Answer refused = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "simpan"));
        assertEquals(422, refused.status(), text(refused));
        assertTrue(page(text(refused)).getElementById("masalah").text().contains("rakorda-sultra-2023"), text(refused));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void theLiveCheckGivesTheBakesOwnMessages() throws IOException {
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-summary").text("Terlalu pendek.");
        Editor.Answer answer = post("/_tulis/periksa?berkas=" + encode(SAMPLE), submitted(form, null));
        assertEquals(200, answer.status());
        JsonNode problems = JSON.readTree(answer.body()).get("masalah");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("summary", problems.get(0).get("kolom").asText());
        assertEquals("f-summary", problems.get(0).get("id").asText());
        String written = Files.readString(content.resolve(SAMPLE)).replaceFirst("(?s)summary: >-\n(  .*?\n)+", "summary: Terlalu pendek.\n");
        ReleaseReader reader = new ReleaseReader(dir, content, dir.resolve("assets"), ZoneId.of("Asia/Jakarta"));
        ContentException bake = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> reader.read(content.resolve(SAMPLE), written.getBytes(StandardCharsets.UTF_8)));
        assertEquals(bake.problems().get(0).message(), problems.get(0).get("pesan").asText());
    }

    @Test
    void aFileChangedOnDiskWhileOpenIsNotOverwritten() throws IOException {
        Path file = content.resolve(SAMPLE);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        String elsewhere = Files.readString(file).replace("Kota Kendari", "Kabupaten Konawe");
        Files.writeString(file, elsewhere);
        form.getElementById("f-title").val("Judul yang diubah di penyunting");
        Editor.Answer answer = post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "simpan"));
        assertEquals(409, answer.status());
        assertTrue(text(answer).contains("diubah di luar penyunting"));
        assertEquals(elsewhere, Files.readString(file));
        assertEquals("Judul yang diubah di penyunting", page(text(answer)).getElementById("f-title").val(), "the author's typing is kept");
    }

    // ---- a new release and the editorial actions

    @Test
    void aNewReleaseIsADraftThatCannotBePublishedWithTheScaffoldsTexts() throws IOException {
        String name = create("Rapat Koordinasi Koperasi Desa Jawa Barat 2026");
        Path file = content.resolve(name);
        assertTrue(Files.readString(file).contains("status: draft"));
        Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
        assertEquals("", form.getElementById("f-summary").wholeText().strip(), "the placeholder is a hint, not text");
        byte[] draft = Files.readAllBytes(file);
        Editor.Answer refused = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "terbitkan"));
        assertEquals(422, refused.status());
        assertTrue(page(text(refused)).getElementById("g-summary").text().contains("teks contoh"), text(refused));
        assertTrue(page(text(refused)).getElementById("g-isi").text().contains("teks contoh"));
        assertArrayEquals(draft, Files.readAllBytes(file));

        form.getElementById("f-summary").text("Dinas Koperasi dan UKM Jawa Barat menggelar rapat koordinasi koperasi desa "
                + "di Bandung bersama 27 kabupaten dan kota.");
        form.getElementById("f-isi").text("Rapat dibuka Kepala Dinas pada pagi hari.\n\nPeserta membahas data koperasi desa.\n");
        Editor.Answer published = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "terbitkan"));
        assertEquals(303, published.status(), text(published));
        String text = Files.readString(file);
        assertFalse(text.contains("status:"), text);
        assertTrue(text.contains("# regency: Kota Kendari"), "the scaffold's hints are kept: " + text);
        assertTrue(text.endsWith("---\nRapat dibuka Kepala Dinas pada pagi hari.\n\nPeserta membahas data koperasi desa.\n"), text);
        new ReleaseReader(dir, content, dir.resolve("assets"), ZoneId.of("Asia/Jakarta")).read(file);
    }

    /** A draft whose date moves to another year moves to that year's folder, its photo copied along; a published one never. */
    @Test
    void aDraftMovesWithItsDateToAnotherYearAndAPublishedReleaseNever() throws IOException {
        String name = create("Rapat Kerja Koperasi Jawa Barat Awal Tahun");
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/foto/orientasi-8.jpg"));
        String src = JSON.readTree(upload(name, "rapat.jpg", photo, Map.of()).body()).get("src").asText();
        Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
        form.getElementById("f-image-src").val(src);
        form.getElementById("f-image-alt").val("Peserta rapat kerja di aula dinas");
        form.getElementById("f-date").val("2027-01-05");
        Editor.Answer moved = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "simpan"));
        assertEquals(303, moved.status(), text(moved));
        String now = name.replace("/2026/", "/2027/");
        assertEquals("/_tulis/sunting?berkas=" + encode(now) + "&kabar=pindah", moved.headers().get("Location"));
        assertFalse(Files.exists(content.resolve(name)), "the draft is not left behind");
        assertTrue(Files.readString(content.resolve(now)).contains("date: 2027-01-05"));
        assertArrayEquals(photo, Files.readAllBytes(content.resolve("berita/2027").resolve(src)), "its photo went along");
        new ReleaseReader(dir, content, dir.resolve("assets"), ZoneId.of("Asia/Jakarta")).read(content.resolve(now));

        byte[] published = Files.readAllBytes(content.resolve(SAMPLE));
        Document sample = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        sample.getElementById("f-date").val("2024-05-25");
        Editor.Answer refused = post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(sample, "simpan"));
        assertEquals(422, refused.status());
        assertTrue(page(text(refused)).getElementById("g-date").text().startsWith(ReleaseReader.YEAR_FOLDER), text(refused));
        assertArrayEquals(published, Files.readAllBytes(content.resolve(SAMPLE)), "a published address never moves");
    }

    @Test
    void aScheduleNeedsADateNotYetReached() throws IOException {
        String name = create("Sosialisasi Koperasi Modern Jawa Barat 2026");
        Document form = page(get("/_tulis/sunting?berkas=" + encode(name)));
        form.getElementById("f-summary").text("Dinas Koperasi dan UKM Jawa Barat akan menggelar sosialisasi koperasi modern bagi pengurus koperasi.");
        form.getElementById("f-isi").text("Sosialisasi digelar di Bandung.\n");
        Editor.Answer past = post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "jadwalkan"));
        assertEquals(422, past.status());
        assertTrue(page(text(past)).getElementById("g-date").text().contains("sudah lewat"));
        form.getElementById("f-date").val("2026-12-08T09:00:00+07:00");
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(name), submitted(form, "jadwalkan")).status());
        Path moved = content.resolve(name);
        assertTrue(Files.readString(moved).contains("date: 2026-12-08T09:00:00+07:00"));
        assertFalse(Files.readString(moved).contains("status:"));
        assertTrue(text(get("/_tulis/?status=terjadwal")).contains("Sosialisasi Koperasi Modern Jawa Barat 2026"));
    }

    @Test
    void aCorrectionAndAWithdrawalAreRecordedNeverDeleted() throws IOException {
        Path file = content.resolve(SAMPLE);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        Editor.Answer noNote = post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "koreksi"));
        assertEquals(422, noNote.status());
        assertTrue(page(text(noNote)).getElementById("g-catatan").text().contains("tulis apa yang dikoreksi"));

        form.getElementById("f-catatan").text("Jumlah peserta diperbaiki.");
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "koreksi")).status());
        String corrected = Files.readString(file);
        assertTrue(corrected.contains("updated: 2026-11-30"), corrected);
        assertTrue(corrected.contains("changes:\n  - date: 2026-11-30\n    note: Jumlah peserta diperbaiki.\n"), corrected);

        form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-catatan").text("Kegiatan ini diberitakan dua kali; lihat rilis Rakorda Sultra 2023.");
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "tarik")).status());
        String withdrawn = Files.readString(file);
        assertTrue(withdrawn.contains("status: withdrawn"), withdrawn);
        assertTrue(withdrawn.indexOf("Kegiatan ini diberitakan dua kali") < withdrawn.indexOf("Jumlah peserta diperbaiki"),
                "the reason is the newest change");
        assertTrue(Files.exists(file));
        Document after = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        assertTrue(after.select("button[value=terbitkan], button[value=tarik]").isEmpty(), "a withdrawn release is not published again");
    }

    @Test
    void aTopicTypedInOtherCapitalsTakesTheSpellingAlreadyUsed() throws IOException {
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        assertFalse(form.select("#daftar-topik option[value=pengawasan koperasi]").isEmpty(), "topics are offered");
        Element spare = form.selectFirst("input[name^=topics][value='']:not(template input)");
        assertNotNull(spare);
        spare.val("Pengawasan  Koperasi");
        Editor.Answer saved = post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(form, "simpan"));
        assertEquals(303, saved.status(), text(saved));
        String topics = Files.readAllLines(content.resolve(SAMPLE)).stream().filter(l -> l.startsWith("topics:")).findFirst().orElseThrow();
        assertTrue(topics.endsWith(", pengawasan koperasi]"), topics);
    }

    @Test
    void aPageOfThePreviewLeadsToItsReleasesForm() {
        Editor.Answer release = get("/_tulis/buka?alamat=" + encode("/berita/2023/rakorda-sultra-2023/"));
        assertEquals(303, release.status());
        assertEquals("/_tulis/sunting?berkas=" + encode(SAMPLE), release.headers().get("Location"));
        assertEquals("/_tulis/", get("/_tulis/buka?alamat=" + encode("/wilayah/")).headers().get("Location"));
        assertEquals("/_tulis/", get("/_tulis/buka").headers().get("Location"));
    }

    // ---- what may write, and where

    /** Another page open in the same browser can send requests to 127.0.0.1; none of them writes anything. */
    @Test
    void writesWithoutThisRunsTokenOrFromAnotherOriginAreRefusedWithNothingWritten() throws IOException {
        String before = digest(content);
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-title").val("Judul yang disusupkan situs lain");
        String data = submitted(form, "simpan");
        String noToken = data.replaceAll("(^|&)token=[^&]*", "$1token=");
        List<Map<String, String>> refused = List.of(
                Map.of(),
                Map.of("origin", "http://evil.example"),
                Map.of("origin", "null"),
                Map.of("origin", "http://localhost:1"),
                Map.of("origin", ORIGIN, "sec-fetch-site", "cross-site"),
                Map.of("origin", ORIGIN, "sec-fetch-site", "same-site"));
        for (Map<String, String> headers : refused) {
            assertEquals(403, post("/_tulis/simpan?berkas=" + encode(SAMPLE), data, headers).status(), headers.toString());
        }
        assertEquals(403, post("/_tulis/simpan?berkas=" + encode(SAMPLE), noToken, Map.of("origin", ORIGIN)).status());
        assertEquals(403, post("/_tulis/simpan?berkas=" + encode(SAMPLE), noToken.replace("token=", "token=salah"),
                Map.of("origin", ORIGIN)).status());
        assertEquals(403, post("/_tulis/baru", "judul=Rilis+dari+situs+lain+2026&tanggal=2026-11-30&bagian=berita&provinsi=",
                Map.of("origin", "http://evil.example")).status());
        assertEquals(403, upload(SAMPLE, "x.jpg", Files.readAllBytes(content.resolve("berita/2023/rakorda-sultra-2023-foto.jpg")),
                Map.of("origin", "http://evil.example", "x-warta-token", TOKEN)).status());
        assertEquals(before, digest(content), "nothing was written");
    }

    @Test
    void aFormOfAnEarlierRunComesBackWithWhatWasTypedAndNothingIsWritten() throws IOException {
        Path file = content.resolve(SAMPLE);
        byte[] before = Files.readAllBytes(file);
        java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
        view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Document form = page(get("/_tulis/sunting?berkas=" + encode(SAMPLE)));
        form.getElementById("f-title").val("Judul yang diketik sebelum pratinjau dijalankan ulang");
        String old = submitted(form, "simpan").replace("token=" + TOKEN, "token=token-run-sebelumnya");
        Editor.Answer stale = post("/_tulis/simpan?berkas=" + encode(SAMPLE), old);
        assertEquals(403, stale.status());
        assertArrayEquals(before, Files.readAllBytes(file));
        Document again = page(text(stale));
        assertTrue(again.selectFirst(".kabar").text().contains("pratinjau sebelumnya"));
        assertEquals("Judul yang diketik sebelum pratinjau dijalankan ulang", again.getElementById("f-title").val());
        assertEquals(TOKEN, again.selectFirst("input[name=token]").val(), "this run's token, to save again");
        assertEquals(303, post("/_tulis/simpan?berkas=" + encode(SAMPLE), submitted(again, "simpan")).status());
        assertTrue(Files.readString(file).contains("title: \"Judul yang diketik sebelum pratinjau dijalankan ulang\""));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a save keeps who may read the file");
    }

    @Test
    void namesThatWouldLeaveContentAreRefused() throws IOException {
        Path outside = dir.resolve("rahasia.md");
        Files.copy(content.resolve(SAMPLE), outside);
        Files.createSymbolicLink(content.resolve("berita/2023/tautan.md"), outside);
        Files.createDirectories(dir.resolve("luar/2023"));
        Files.copy(content.resolve(SAMPLE), dir.resolve("luar/2023/a.md"));
        Files.createSymbolicLink(content.resolve("pengumuman/2024"), dir.resolve("luar/2023"));
        String before = digest(dir);
        List<String> names = List.of("../rahasia.md", "berita/2023/../../../rahasia.md", "/etc/passwd", "berita/2023/tautan.md",
                "pengumuman/2024/a.md", "berita/../../rahasia.md", "lain/2023/a.md", "berita/2023/.tersembunyi.md",
                "berita/2023/a\\..\\..\\rahasia.md", "berita/2023/a\u0000.md", "berita/2023/tidak-ada.md", "berita/2023");
        for (String name : names) {
            assertEquals(404, get("/_tulis/sunting?berkas=" + encode(name)).status(), name);
            assertEquals(404, get("/_tulis/teks?berkas=" + encode(name)).status(), name);
            assertEquals(404, post("/_tulis/simpan-teks?berkas=" + encode(name), "token=" + TOKEN + "&versi=x&teks=x").status(), name);
            assertEquals(404, post("/_tulis/simpan?berkas=" + encode(name), "token=" + TOKEN + "&versi=x&title=x").status(), name);
            assertEquals(404, upload(name, "a.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Map.of()).status(), name);
        }
        for (String picture : List.of("../../../rahasia.md", "../2022/x.jpg", "/etc/passwd", "rakorda-sultra-2023.md")) {
            assertEquals(404, get("/_tulis/gambar?berkas=" + encode(SAMPLE) + "&nama=" + encode(picture)).status(), picture);
        }
        assertEquals(before, digest(dir), "nothing was written");
    }

    @Test
    void anUploadedPhotoIsStoredBesideTheReleaseUnderANewNameAndOnlyPhotosAre() throws IOException {
        byte[] phone = Files.readAllBytes(Path.of("src/test/resources/foto/orientasi-8.jpg"));
        Editor.Answer first = upload(SAMPLE, "IMG_20230524 rapat.JPG", phone, Map.of());
        assertEquals(201, first.status(), text(first));
        String src = JSON.readTree(first.body()).get("src").asText();
        assertEquals("rakorda-sultra-2023-img-20230524-rapat.jpg", src);
        assertArrayEquals(phone, Files.readAllBytes(content.resolve("berita/2023").resolve(src)));
        Editor.Answer second = upload(SAMPLE, "IMG_20230524 rapat.JPG", phone, Map.of());
        assertEquals("rakorda-sultra-2023-img-20230524-rapat-2.jpg", JSON.readTree(second.body()).get("src").asText(), "never over another file");

        String before = digest(content);
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("halaman.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        refused.put("gambar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        refused.put("bom.png", Files.readAllBytes(Path.of("src/test/resources/foto/bom.png")));
        refused.put("bom.jpg", Files.readAllBytes(Path.of("src/test/resources/foto/bom.jpg")));
        refused.put("iphone.heic", Files.readAllBytes(Path.of("src/test/resources/foto/foto.heic")));
        refused.put("potong.jpg", java.util.Arrays.copyOf(phone, phone.length / 3));
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            Editor.Answer answer = upload(SAMPLE, file.getKey(), file.getValue(), Map.of());
            assertEquals(422, answer.status(), file.getKey() + ": " + text(answer));
            assertTrue(JSON.readTree(answer.body()).get("pesan").asText().startsWith("Foto tidak disimpan: "), text(answer));
        }
        assertEquals(before, digest(content), "nothing was written");
    }

    @Test
    void aFileYamlCannotReadOpensAsTextWithItsLineAndIsFixedThere() throws IOException {
        String name = "berita/2023/rusak.md";
        Path file = content.resolve(name);
        Files.writeString(file, "---\ntitle: \"Rakorda yang belum ditutup\ndate: 2023-05-25\n---\nIsi.\n");
        Editor.Answer form = get("/_tulis/sunting?berkas=" + encode(name));
        assertEquals(303, form.status());
        Document text = page(text(get(form.headers().get("Location"))));
        assertTrue(text.getElementById("masalah").text().contains("title (baris 2)"), text.getElementById("masalah").text());
        String fixed = Files.readString(content.resolve(SAMPLE)).replaceFirst("(?m)^number: .*\n", "");
        Editor.Answer saved = post("/_tulis/simpan-teks?berkas=" + encode(name), "token=" + TOKEN + "&versi="
                + text.selectFirst("input[name=versi]").val() + "&teks=" + encode(fixed));
        assertEquals(303, saved.status(), text(saved));
        assertEquals(fixed, Files.readString(file));
    }

    @Test
    void theTextViewKeepsCrlfAndTurnsAWindowsFileIntoUtf8WithoutLosingItsLetters() throws IOException {
        String name = "berita/2023/windows.md";
        Path file = content.resolve(name);
        // a second release of 2023: the sample's release number is its own
        String text = Files.readString(content.resolve(SAMPLE)).replaceFirst("(?m)^number: .*\n", "")
                .replace("Kendari", "Kendari (Sulawesi Tenggara — café)");
        Files.write(file, text.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Document view = page(get("/_tulis/teks?berkas=" + encode(name)));
        assertTrue(view.selectFirst(".kabar").text().contains("bukan UTF-8"), view.text());
        String shown = view.getElementById("f-teks").wholeText().substring(1).replace("\r\n", "\n");
        assertTrue(shown.contains("café") && shown.contains("—"), "the letters are read as Windows wrote them");
        Editor.Answer saved = post("/_tulis/simpan-teks?berkas=" + encode(name), "token=" + TOKEN + "&versi="
                + view.selectFirst("input[name=versi]").val() + "&teks=" + encode(shown.replace("\n", "\r\n")));
        assertEquals(303, saved.status(), text(saved));
        assertArrayEquals(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file),
                "UTF-8 now, with its CRLF line ends and every letter");
    }

    // ---- helpers: requests as the preview's server hands them over

    private Editor.Answer get(String target) {
        return editor.answer("GET", URI.create(target), Map.of(), new byte[0]);
    }

    private Editor.Answer post(String target, String form) {
        return post(target, form, Map.of("origin", ORIGIN));
    }

    private Editor.Answer post(String target, String form, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("content-type", "application/x-www-form-urlencoded");
        return editor.answer("POST", URI.create(target), all, form.getBytes(StandardCharsets.UTF_8));
    }

    private Editor.Answer upload(String release, String fileName, byte[] bytes, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("origin", ORIGIN, "x-warta-token", TOKEN));
        all.putAll(headers);
        all.put("x-nama-berkas", encode(fileName));
        return editor.answer("POST", URI.create("/_tulis/foto?berkas=" + encode(release)), all, bytes);
    }

    /**
     * What a browser without script submits: every named input, selected option and text area outside the
     * templates, and the button pressed.
     */
    private static String submitted(Document page, String action) {
        StringBuilder data = new StringBuilder();
        Element form = page.getElementById("formulir");
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            boolean inTemplate = field.parents().stream().anyMatch(parent -> parent.tagName().equals("template"));
            if (inTemplate || field.attr("type").equals("file")) continue;
            // as a browser submits them: a one-line input drops line breaks, a text area sends CRLF
            String value = switch (field.tagName()) {
                case "textarea" -> (field.wholeText().startsWith("\n") ? field.wholeText().substring(1) : field.wholeText())
                        .replace("\r\n", "\n").replace("\n", "\r\n");
                case "select" -> field.select("option[selected]").isEmpty() ? field.select("option").first().val()
                        : field.select("option[selected]").first().val();
                default -> field.val().replace("\r", "").replace("\n", "");
            };
            data.append(data.isEmpty() ? "" : "&").append(encode(field.attr("name"))).append('=').append(encode(value));
        }
        if (action != null) data.append("&aksi=").append(action);
        return data.toString();
    }

    private String create(String title) {
        Editor.Answer made = post("/_tulis/baru", "token=" + TOKEN + "&judul=" + encode(title) + "&tanggal=2026-11-30&bagian=berita&provinsi="
                + encode("Jawa Barat"));
        assertEquals(303, made.status(), text(made));
        String location = made.headers().get("Location");
        String name = java.net.URLDecoder.decode(location.replaceFirst(".*berkas=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(content.resolve(name)), name);
        return name;
    }

    private static Document page(Editor.Answer answer) {
        return page(text(answer));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }

    private static String text(Editor.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private List<Path> releases() throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private String name(Path file) {
        return content.relativize(file).toString().replace('\\', '/');
    }

    /** Every file's path and bytes under a folder, links not followed. */
    private static String digest(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : files.sorted().toList()) {
                sha.update(folder.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
