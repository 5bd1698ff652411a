package org.warta.editor;

import org.junit.jupiter.api.Test;
import org.warta.content.ContentException;
import org.warta.content.FrontMatter;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterEditTest {
    private static final String FILE = "content/berita/2023/rakorda.md";
    private static final String RELEASE = """
            ---
            title: Rakorda Koperasi Sultra 2023
            date: 2023-05-25
            summary: >-
              Rapat koordinasi perencanaan pusat dan daerah bidang koperasi dan UMKM
              dibuka di Kendari dan diikuti 34 peserta dari 17 kabupaten/kota.
            status: draft
            province: Sulawesi Tenggara   # provinsi
            event:
              name: Rapat Koordinasi Daerah
              start: 2023-05-24T19:30:00+08:00
              theme: "Resinkronisasi Kebijakan"
              organizer: 'Dinas Koperasi'
            speakers:
              - name: Dra. Hj. Yuni Nurmalawati, M.Si.
                role: Plh. Sekretaris Daerah
              - name: La Ode Muhamad Shalihin
                role: Kepala Dinas
            # narasumber lain menyusul
            topics: [perencanaan, sinkronisasi program]
            figures:
              - {label: Koperasi aktif, value: 2300, year: 2021}
            source: {name: Haluan Sultra}
            ---
            Isi berita.
            """;

    private static EditableFile open(String text) {
        return EditableFile.of(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] bytes) {
        return List.of(text(bytes).replace("\r\n", "\n").split("\n", -1));
    }

    /** The lines that differ once the common first and last lines are set aside: removed, then added. */
    private record Change(int at, List<String> removed, List<String> added) {
        static Change of(List<String> before, List<String> after) {
            int first = 0;
            while (first < before.size() && first < after.size() && before.get(first).equals(after.get(first))) first++;
            int last = 0;
            while (last < before.size() - first && last < after.size() - first
                    && before.get(before.size() - 1 - last).equals(after.get(after.size() - 1 - last))) {
                last++;
            }
            return new Change(first, before.subList(first, before.size() - last), after.subList(first, after.size() - last));
        }
    }

    private static Change change(EditableFile file, byte[] before, Map<String, Object> values) {
        byte[] after = file.with(values, file.body());
        EditableFile reread = EditableFile.of(FILE, after);
        assertEquals(values, reread.values(), "read back as given");
        return Change.of(lines(before), lines(after));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** Every release file of the sample site and of the test resources. */
    private static List<Path> releaseFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of(System.getProperty("warta.project", "..")).resolve("content"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The 0-based line index at which the top-level field starting at {@code index} ends (exclusive). */
    private static int fieldEnd(List<String> lines, int index) {
        int end = index + 1;
        while (end < lines.size() && (lines.get(end).isEmpty() || lines.get(end).matches("[\\s#-].*"))
                && !lines.get(end).strip().equals("---")) {
            end++;
        }
        return end;
    }

    /** The index of the closing delimiter. */
    private static int closing(List<String> lines) {
        return lines.subList(1, lines.size()).indexOf("---") + 1;
    }

    @Test
    void everyReleaseReadsBackAsItIsAndEachEditTouchesOnlyItsOwnLines() throws IOException {
        int accepted = 0;
        int samples = 0;
        int nested = 0;
        int statuses = 0;
        for (Path path : releaseFiles()) {
            String name = path.toString();
            byte[] bytes = Files.readAllBytes(path);
            EditableFile file;
            try {
                file = EditableFile.of(name, bytes);
            } catch (ContentException refused) {
                continue;
            }
            accepted++;
            if (!name.startsWith("src")) samples++;
            FrontMatter frontMatter = FrontMatter.parse(name, bytes);
            List<String> before = lines(bytes);
            assertArrayEquals(bytes, file.with(file.values(), file.body()), name + ": nothing changed, same bytes");

            // the title changed, or added
            Map<String, Object> values = file.values();
            boolean hadTitle = values.containsKey("title");
            values.put("title", values.get("title") instanceof String title ? title + " (diperbarui)" : "Judul Baru Hasil Suntingan");
            Change title = change(file, bytes, values);
            assertTrue(title.added().get(0).startsWith("title: "), name + ": " + title);
            if (hadTitle) {
                int line = frontMatter.line("title") - 1;
                assertEquals(line, title.at(), name + ": " + title);
                assertTrue(title.at() + title.removed().size() <= fieldEnd(before, line), name + ": " + title);
                assertTrue(title.added().stream().skip(1).allMatch(l -> l.startsWith(" ")), name + ": " + title);
            } else {
                assertEquals(List.of(), title.removed(), name);
                assertEquals(List.of("title: Judul Baru Hasil Suntingan"), title.added(), name);
            }

            // one nested text changed: only its line
            values = file.values();
            for (String[] path2 : new String[][]{{"speakers", "role"}, {"event", "venue"}, {"image", "alt"}}) {
                Object field = values.get(path2[0]);
                Map<String, Object> holder = field instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m ? map(m)
                        : field instanceof Map<?, ?> m ? map(m) : null;
                if (holder == null || !(holder.get(path2[1]) instanceof String text) || text.contains("\n")) continue;
                holder.put(path2[1], text + " Baru");
                String at = path2[0] + (field instanceof List ? "[0]." : ".") + path2[1];
                Change one = change(file, bytes, values);
                assertEquals(frontMatter.line(at) - 1, one.at(), name + " " + at + ": " + one);
                assertEquals(1, one.added().size(), name + " " + at + ": " + one);
                assertTrue(one.added().get(0).contains(text + " Baru"), name + " " + at + ": " + one);
                nested++;
                break;
            }

            // status removed: only its line
            values = file.values();
            if (values.remove("status") instanceof String) {
                Change removed = change(file, bytes, values);
                assertEquals(frontMatter.line("status") - 1, removed.at(), name + ": " + removed);
                assertEquals(List.of(), removed.added(), name + ": " + removed);
                assertTrue(removed.removed().get(0).startsWith("status:"), name + ": " + removed);
                statuses++;
            }
        }
        assertEquals(16, samples, "every sample release");
        assertTrue(accepted >= 40, "accepted: " + accepted);
        assertTrue(nested >= 20, "nested edits: " + nested);
        assertTrue(statuses >= 1, "status removals: " + statuses);
    }

    @Test
    void keepsCrlfLineEndsAndTheByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = RELEASE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        for (byte[] original : List.of(text, bytes)) {
            EditableFile file = EditableFile.of(FILE, original);
            assertEquals("Isi berita.\n", file.body());
            assertArrayEquals(original, file.with(file.values(), file.body()));
            Map<String, Object> values = file.values();
            values.put("title", "Rakorda Koperasi Sulawesi Tenggara 2023");
            values.put("regency", "Kota Kendari");
            byte[] edited = file.with(values, "Isi berita yang diperbarui.\nBaris kedua.\n");
            String expected = new String(original, StandardCharsets.UTF_8)
                    .replace("title: Rakorda Koperasi Sultra 2023", "title: Rakorda Koperasi Sulawesi Tenggara 2023")
                    .replace("# provinsi\r\n", "# provinsi\r\nregency: Kota Kendari\r\n")
                    .replace("Isi berita.\r\n", "Isi berita yang diperbarui.\r\nBaris kedua.\r\n");
            assertEquals(expected, text(edited));
        }
    }

    /** The new-release scaffold's text (package-private in org.warta.author). */
    private static String scaffold() throws Exception {
        Method text = org.warta.author.NewRelease.class.getDeclaredMethod("text", String.class, LocalDate.class, String.class);
        text.setAccessible(true);
        return (String) text.invoke(null, "Rapat Koordinasi Koperasi Desa di Garut", LocalDate.of(2025, 6, 2), "Jawa Barat");
    }

    @Test
    void aNewFieldTakesThePlaceOfItsCommentedHint() throws Exception {
        String scaffold = scaffold();
        EditableFile file = open(scaffold);
        Map<String, Object> values = file.values();
        values.put("regency", "Kabupaten Garut");
        byte[] edited = file.with(values, file.body());
        List<String> before = scaffold.lines().toList();
        int hint = before.indexOf(before.stream().filter(l -> l.startsWith("# regency:")).findFirst().orElseThrow());
        List<String> expected = new ArrayList<>(before);
        expected.set(hint, "regency: Kabupaten Garut");
        assertEquals(expected, text(edited).lines().toList(), "only the hint line replaced; every other comment kept");

        // a field with sub-hints: the hint and its '#   name: …' lines replaced, the next hint kept
        values = file.values();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("name", "Rapat Koordinasi Koperasi Desa");
        event.put("start", "2025-06-02T09:00:00+07:00");
        event.put("venue", "Aula Dinas: Lantai 2");
        values.put("event", event);
        String text = text(file.with(values, file.body()));
        assertTrue(text.contains("""
                # regency: Kota Kendari              # kabupaten atau kota
                event:
                  name: Rapat Koordinasi Koperasi Desa
                  start: 2025-06-02T09:00:00+07:00
                  venue: "Aula Dinas: Lantai 2"
                # speakers:"""), text);
        assertEquals(before.size() - 8 + 4, text.lines().count());
    }

    @Test
    void aGrownListRewritesOnlyItsFieldAndNewFieldsGoInContractOrder() {
        EditableFile file = open(RELEASE);
        byte[] bytes = RELEASE.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> values = file.values();
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", "Ir. Baru");
        speaker.put("role", "Narasumber: tamu");
        list(values.get("speakers")).add(speaker);
        Change added = change(file, bytes, values);
        assertEquals(List.of(), added.removed());
        assertEquals(List.of("  - name: Ir. Baru", "    role: \"Narasumber: tamu\""), added.added());
        assertEquals("    role: Kepala Dinas", lines(bytes).get(added.at() - 1));

        // a list shrunk, and a field inside a list item added: that field written again, others as they were
        values = file.values();
        list(values.get("speakers")).remove(0);
        map(list(values.get("speakers")).get(0)).put("organization", "Dinas Koperasi");
        Change shrunk = change(file, bytes, values);
        assertEquals(List.of("  - name: Dra. Hj. Yuni Nurmalawati, M.Si.", "    role: Plh. Sekretaris Daerah",
                "  - name: La Ode Muhamad Shalihin", "    role: Kepala Dinas"), shrunk.removed());
        assertEquals(List.of("  - name: La Ode Muhamad Shalihin", "    role: Kepala Dinas",
                "    organization: Dinas Koperasi"), shrunk.added());

        // a correction added to a file with none: after summary and status, before province
        values = file.values();
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("date", "2023-05-26");
        correction.put("note", "Jumlah peserta diperbaiki.");
        values.put("changes", new ArrayList<>(List.of(correction)));
        values.put("updated", "2023-05-26");
        Change changes = change(file, bytes, values);
        assertEquals(List.of(), changes.removed());
        List<String> after = lines(file.with(values, file.body()));
        assertEquals(List.of("status: draft", "updated: 2023-05-26", "changes:", "  - date: 2023-05-26",
                "    note: Jumlah peserta diperbaiki.", "province: Sulawesi Tenggara   # provinsi"),
                after.subList(after.indexOf("status: draft"), after.indexOf("status: draft") + 6));
        values.put("regency", "Kota Kendari");
        after = lines(file.with(values, file.body()));
        assertEquals("regency: Kota Kendari", after.get(after.indexOf("province: Sulawesi Tenggara   # provinsi") + 1),
                "after province, in the content model's order");

        // a new list of texts in flow style; a new field outside the contract at the end
        values = file.values();
        values.put("aliases", new ArrayList<>(List.of("/lama/rakorda.html")));
        values.put("catatan", "untuk redaksi");
        after = lines(file.with(values, file.body()));
        assertEquals(List.of("source: {name: Haluan Sultra}", "aliases: [/lama/rakorda.html]", "catatan: untuk redaksi", "---"),
                after.subList(closing(after) - 3, closing(after) + 1));
    }

    @Test
    void aRemovedFieldTakesOnlyItsLines() {
        EditableFile file = open(RELEASE);
        byte[] bytes = RELEASE.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> values = file.values();
        values.remove("speakers");
        values.put("event", null); // null: removed too
        byte[] edited = file.with(values, file.body());
        values.remove("event");
        assertEquals(values, EditableFile.of(FILE, edited).values());
        Change removed = Change.of(lines(bytes), lines(edited));
        assertEquals(List.of("event:", "  name: Rapat Koordinasi Daerah", "  start: 2023-05-24T19:30:00+08:00",
                "  theme: \"Resinkronisasi Kebijakan\"", "  organizer: 'Dinas Koperasi'", "speakers:",
                "  - name: Dra. Hj. Yuni Nurmalawati, M.Si.", "    role: Plh. Sekretaris Daerah",
                "  - name: La Ode Muhamad Shalihin", "    role: Kepala Dinas"), removed.removed());
        assertEquals(List.of(), removed.added(), "the comment after the list stays");
    }

    @Test
    void textsThatNeedQuotesReadBackIdentical() {
        EditableFile file = open(RELEASE);
        Map<String, String> written = new LinkedHashMap<>();
        written.put("Rakorda: Sultra", "\"Rakorda: Sultra\"");
        written.put("yes", "\"yes\"");
        written.put("null", "\"null\"");
        written.put("~", "\"~\"");
        written.put("#1 koperasi", "\"#1 koperasi\"");
        written.put("\"kutip\"", "\"\\\"kutip\\\"\"");
        written.put("baris satu\nbaris dua", "\"baris satu\\nbaris dua\"");
        written.put("garis \\ miring", "garis \\ miring");
        written.put("Rakorda #1", "\"Rakorda #1\"");
        written.put("Koperasi#1", "Koperasi#1");
        written.put("2023-05-25", "2023-05-25");
        written.put("2300", "2300");
        for (Map.Entry<String, String> text : written.entrySet()) {
            Map<String, Object> values = file.values();
            values.put("title", text.getKey());
            map(values.get("event")).put("organizer", text.getKey());
            list(values.get("topics")).set(1, text.getKey());
            map(list(values.get("figures")).get(0)).put("label", text.getKey());
            byte[] edited = file.with(values, file.body());
            assertEquals(values, EditableFile.of(FILE, edited).values(), text.getKey());
            List<String> lines = lines(edited);
            assertTrue(lines.contains("title: " + text.getValue()), text.getKey() + "\n" + text(edited));
            boolean quoted = text.getValue().startsWith("\"");
            assertTrue(lines.contains("  organizer: " + (quoted && !text.getKey().contains("\n")
                    ? "'" + text.getKey().replace("'", "''") + "'" : quoted ? text.getValue() : "'" + text.getKey() + "'")),
                    "single-quoted stays single-quoted without a line break\n" + text(edited));
        }
        // in flow collections, commas and brackets need quotes too
        Map<String, Object> values = file.values();
        list(values.get("topics")).set(1, "koperasi, UMKM");
        map(list(values.get("figures")).get(0)).put("label", "Koperasi [aktif]");
        List<String> lines = lines(file.with(values, file.body()));
        assertTrue(lines.contains("topics: [perencanaan, \"koperasi, UMKM\"]"), lines.toString());
        assertTrue(lines.contains("  - {label: \"Koperasi [aktif]\", value: 2300, year: 2021}"), lines.toString());
    }

    @Test
    void aFoldedTextStaysFoldedAtItsIndentation() {
        String release = RELEASE.replace("source: {name: Haluan Sultra}\n", """
                changes:
                  - date: 2023-05-26
                    note: >-
                      Jumlah peserta diperbaiki.
                """);
        EditableFile file = open(release);
        Map<String, Object> values = file.values();
        String summary = "Rapat koordinasi perencanaan pusat dan daerah bidang koperasi dan UMKM dibuka di Kendari "
                + "oleh Plh. Sekretaris Daerah dan diikuti 34 peserta dari 17 kabupaten dan kota se-Sulawesi Tenggara.";
        values.put("summary", summary);
        String note = "Jumlah peserta diperbaiki dari 43 menjadi 34 orang, sesuai daftar hadir yang dikirim panitia penyelenggara.";
        map(list(values.get("changes")).get(0)).put("note", note);
        byte[] edited = file.with(values, file.body());
        List<String> lines = lines(edited);
        int at = lines.indexOf("summary: >-");
        assertEquals(List.of(
                "  Rapat koordinasi perencanaan pusat dan daerah bidang koperasi dan UMKM dibuka",
                "  di Kendari oleh Plh. Sekretaris Daerah dan diikuti 34 peserta dari 17",
                "  kabupaten dan kota se-Sulawesi Tenggara.",
                "status: draft"), lines.subList(at + 1, at + 5));
        int noteAt = lines.indexOf("    note: >-");
        assertTrue(lines.get(noteAt + 1).startsWith("      Jumlah peserta"), lines.toString());
        assertTrue(lines.subList(noteAt + 1, closing(lines)).stream().allMatch(l -> l.startsWith("      ") && l.length() <= 80));
        assertEquals(summary, EditableFile.of(FILE, edited).values().get("summary"));

        // a text with a line break cannot fold: double quotes, where the block stood
        values = file.values();
        values.put("summary", "Baris satu.\nBaris dua.");
        lines = lines(file.with(values, file.body()));
        assertEquals("summary: \"Baris satu.\\nBaris dua.\"", lines.get(at));
        assertEquals("status: draft", lines.get(at + 1));

        // a literal block keeps its line breaks
        EditableFile literal = open(RELEASE.replace("summary: >-", "summary: |"));
        values = literal.values();
        values.put("summary", "Baris satu.\nBaris dua.\n");
        lines = lines(literal.with(values, literal.body()));
        assertEquals(List.of("summary: |", "  Baris satu.", "  Baris dua.", "status: draft"), lines.subList(at, at + 4));
    }

    @Test
    void listsKeepTheirIndentationAndAliasesStayReadable() {
        EditableFile file = open("---\ntitle: Rakorda Koperasi Sultra\ntopics:\n- a\n- \"b\"\n# komentar\ndate: 2023-05-25\n---\n");
        Map<String, Object> values = file.values();
        list(values.get("topics")).add("c");
        assertEquals("---\ntitle: Rakorda Koperasi Sultra\ntopics:\n- a\n- \"b\"\n- c\n# komentar\ndate: 2023-05-25\n---\n",
                text(file.with(values, file.body())));

        // a text changed where an anchor (&name) defines it: the field using it through its alias is written out
        String anchored = "---\ntitle: Rakorda Koperasi Sultra\nbase: &b\n  name: A\n  role: B\nn: &n 5\nspeakers:\n  - *b\n"
                + "  - name: C\n    role: D\nm: *n\n---\n";
        file = open(anchored);
        values = file.values();
        map(values.get("base")).put("role", "X");
        values.put("n", "6");
        byte[] edited = file.with(values, file.body());
        assertEquals(values, EditableFile.of(FILE, edited).values());
        assertEquals("---\ntitle: Rakorda Koperasi Sultra\nbase: &b\n  name: A\n  role: X\nn: &n 6\nspeakers:\n  - name: A\n"
                + "    role: B\n  - name: C\n    role: D\nm: 5\n---\n", text(edited));
    }

    @Test
    void valuesAreACopyAndImpossibleTextsAreRefusedInIndonesian() {
        EditableFile file = open(RELEASE);
        file.values().put("title", "Diubah");
        assertEquals("Rakorda Koperasi Sultra 2023", file.values().get("title"));
        assertEquals("2300", map(list(file.values().get("figures")).get(0)).get("value"));

        Map<String, Object> values = file.values();
        values.put("title", "Judul dengan bel \u0007");
        EditException refused = assertThrows(EditException.class, () -> file.with(values, file.body()));
        assertTrue(refused.getMessage().contains("karakter kendali"), refused.getMessage());
    }
}
