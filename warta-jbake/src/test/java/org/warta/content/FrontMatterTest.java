package org.warta.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    private static final String FILE = "content/berita/2023/a.md";

    private static FrontMatter parse(String text) {
        return FrontMatter.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem only(ContentException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void splitsFrontMatterAndBodyAndKeepsLines() {
        FrontMatter fm = parse("---\ntitle: Judul\nevent:\n  venue: Aula\nspeakers:\n  - name: A\n    role: B\n---\nIsi *berita*.\n");
        assertEquals("Judul", fm.values().get("title"));
        assertEquals(2, fm.line("title"));
        assertEquals(4, fm.line("event.venue"));
        assertEquals(6, fm.line("speakers[0].name"));
        assertEquals(7, fm.line("speakers[0].role"));
        assertEquals("Isi *berita*.\n", fm.body());
        assertEquals(1, fm.startLine());
        assertEquals(1, fm.line("absent"));
    }

    @Test
    void readsEveryScalarKindAndNestedValues() {
        FrontMatter fm = parse("---\nn: 34\nf: 85.3\nb: true\nz:\nd: 2023-05-24\ndt: 2023-05-24T19:30:00+08:00\n"
                + "s: \"007\"\nl: [a, b]\nm: {x: 1}\n---\n");
        Map<String, Object> v = fm.values();
        assertEquals(34L, v.get("n"));
        assertEquals(85.3, v.get("f"));
        assertEquals(Boolean.TRUE, v.get("b"));
        assertNull(v.get("z"));
        assertEquals("2023-05-24", v.get("d"), "dates stay text as written");
        assertEquals("2023-05-24T19:30:00+08:00", v.get("dt"), "offsets are never lost");
        assertEquals("007", v.get("s"));
        assertEquals(List.of("a", "b"), v.get("l"));
        assertEquals(Map.of("x", 1L), v.get("m"));
        assertEquals("34", fm.text("n"), "a scalar's text as written is kept");
    }

    @Test
    void acceptsByteOrderMarkAndCrlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: Judul\r\n---\r\nIsi\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        FrontMatter fm = FrontMatter.parse(FILE, bytes);
        assertEquals("Judul", fm.values().get("title"));
        assertEquals("Isi\n", fm.body());
        assertEquals(2, fm.line("title"));
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
        Problem p = only(assertThrows(ContentException.class, () -> parse("---\ntitle: Judul\nsummary: \"tidak ditutup\nprovince: Jambi\n---\n")));
        // where the quote opens, not where the parser ran out of text; in Indonesian, naming the field
        assertEquals("summary", p.field());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("tanda kutip yang dibuka di baris ini tidak ditutup"), p.message());
    }

    @Test
    void reportsMissingAndUnclosedFrontMatter() {
        Problem missing = only(assertThrows(ContentException.class, () -> parse("title: Judul\n")));
        assertEquals("front matter", missing.field());
        assertEquals(1, missing.line());
        Problem unclosed = only(assertThrows(ContentException.class, () -> parse("---\ntitle: Judul\n")));
        assertTrue(unclosed.message().contains("tidak ditutup"), unclosed.message());
    }

    @Test
    void reportsEmptyAndNonUtf8Files() {
        assertEquals("berkas", only(assertThrows(ContentException.class, () -> parse(" \n"))).field());
        byte[] latin1 = "---\ntitle: Koperasi\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = only(assertThrows(ContentException.class, () -> FrontMatter.parse(FILE, latin1)));
        assertEquals("content/berita/2023/a.md:2: berkas: berkas bukan UTF-8; simpan ulang dengan pengodean UTF-8", p.toString());
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        Problem p = only(assertThrows(ContentException.class, () -> parse("---\ntitle: A\ntitle: B\n---\n")));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("baris 2"), p.message());
    }

    @Test
    void aKeyOrValueWithAControlCharacterIsNamedAndAnEmptyKeyToo() {
        ContentException e = assertThrows(ContentException.class, () -> parse("---\n\"tit\\0le\": Judul rilis\n\"\": x\n"
                + "summary: \"Ring\\x1bkasan\"\n---\n"));
        List<String> printed = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                FILE + ":2: front matter: nama kolom \"title\" berisi karakter kendali U+0000; ketik ulang nama kolomnya",
                FILE + ":3: front matter: ada kolom tanpa nama; tulis nama kolom sebelum titik dua, mis. title: …",
                FILE + ":4: summary: berisi karakter kendali U+001B (mis. ditulis sebagai \"\\0\", \"\\x1b\" atau \"\\u0007\" di dalam "
                        + "tanda kutip) yang tidak boleh ada dalam teks; hapus kode itu"), printed);
        for (String line : printed) assertEquals(Problem.parse(line).toString(), line, "read back as printed");
    }
}
