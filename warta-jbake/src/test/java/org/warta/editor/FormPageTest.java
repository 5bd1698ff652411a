package org.warta.editor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warta.content.Fields;
import org.warta.content.Fields.Field;
import org.warta.content.Fields.Kind;
import org.warta.content.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form is made from the content model: every field and part of it, with its label, key, help and message slot. */
class FormPageTest {

    private static Document empty() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Judul rilis uji coba");
        values.put("status", "draft");
        FormPage.View view = new FormPage.View("berita/2026/a.md", values, "Isi.\n", "v", "Draf", null, List.of(), null, null);
        return Jsoup.parse(FormPage.render(view, Vocabulary.NONE, "t"));
    }

    @Test
    void everyFieldOfTheModelHasItsPlaceLabelledWithItsLabelAndKey() {
        Document form = empty();
        int inputs = 0;
        for (Field field : Fields.ALL) {
            if (field.kind() == Kind.STATUS) {
                assertFalse(form.select("[name=status]").size() > 0, "the status is set by the buttons, never typed");
                continue;
            }
            Element box = form.getElementById("k-" + field.key());
            assertNotNull(box, field.key());
            assertTrue(box.text().contains(field.label()) && box.select("code").first().text().equals(field.key()),
                    field.key() + ": " + box.text());
            assertNotNull(form.getElementById("g-" + field.key()), "a place for the bake's message about " + field.key());
            List<String> names = switch (field.kind()) {
                case GROUP -> field.parts().stream().map(p -> field.key() + "." + p.key()).toList();
                case GROUP_LIST -> field.parts().stream().map(p -> field.key() + "[0]." + p.key()).toList();
                case TEXT_LIST -> List.of(field.key() + "[0]");
                default -> List.of(field.key());
            };
            for (String name : names) {
                Element input = form.getElementById(Layout.id(name));
                assertNotNull(input, name);
                assertEquals(name, input.attr("name"));
                Element label = form.selectFirst("label[for=" + Layout.id(name) + "]");
                assertNotNull(label, "the input " + name + " has a label");
                String slot = "g-" + Layout.id(name).substring(2);
                assertTrue(input.attr("aria-describedby").contains(slot), name + " is described by its message");
                inputs++;
            }
            if (field.kind() == Kind.GROUP_LIST || field.kind() == Kind.TEXT_LIST) {
                Element template = box.selectFirst("template.cetak-butir");
                assertNotNull(template, field.key() + " can take more items");
                assertFalse(box.select("button.tambah-butir").isEmpty());
            }
        }
        assertTrue(inputs >= 40, "inputs: " + inputs);
        assertNotNull(form.getElementById("f-isi"), "the body");
        assertEquals(List.of("simpan", "terbitkan", "jadwalkan"), form.select("button[name=aksi]").eachAttr("value"),
                "a draft is saved, published or scheduled");
    }

    /** The author's guide names every field of the model as the form labels it, in its table of fields. */
    @Test
    void theGuidesTableGivesEachFieldTheFormsLabel() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("warta.project", ".."))
                .resolve("docs/panduan-penulis.md"));
        List<String> rows = guide.lines().filter(line -> line.startsWith("| `")).toList();
        for (Field field : Fields.ALL) {
            List<String> names = new java.util.ArrayList<>(List.of(field.key()));
            if (field.key().equals("event")) field.parts().forEach(part -> names.add("event." + part.key()));
            for (String name : names) {
                String label = name.contains(".") ? field.part(name.substring(name.indexOf('.') + 1)).label() : field.label();
                boolean named = rows.stream().map(row -> row.split(" \\| "))
                        .anyMatch(cells -> cells[0].contains("`" + name + "`") && cells[1].contains(label));
                assertTrue(named, "docs/panduan-penulis.md names " + name + " as \"" + label + "\"");
            }
        }
    }

    @Test
    void aProblemStandsByItsFieldAndIsListedWithALinkToIt() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Judul");
        values.put("speakers", List.of(Map.of("name", "Budi")));
        FormPage.View view = new FormPage.View("berita/2026/a.md", values, "", "v", null, null, List.of(
                new Problem("content/berita/2026/a.md", 2, "title", "terlalu pendek (5 karakter): \"Judul\"; tulis 10–200 karakter"),
                new Problem("content/berita/2026/a.md", 5, "speakers[0].role", "kolom wajib belum diisi"),
                new Problem("content/berita/2026/a.md", 1, "berkas", "letak berkas harus …")), null, null);
        Document form = Jsoup.parse(FormPage.render(view, Vocabulary.NONE, "t"));
        assertTrue(form.getElementById("g-title").text().contains("terlalu pendek"));
        assertEquals("true", form.getElementById("f-title").attr("aria-invalid"));
        assertEquals("kolom wajib belum diisi", form.getElementById("g-speakers-0-role").text());
        Element summary = form.getElementById("masalah");
        assertEquals("alert", summary.attr("role"));
        assertEquals(List.of("#f-title", "#f-speakers-0-role"), summary.select("a").eachAttr("href"));
        assertTrue(summary.text().contains("berkas (baris 1): letak berkas harus"), "a problem with no field is listed");
    }
}
