package org.warta.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {
    private static final List<String> SECTIONS = List.of("Berita", "Pengumuman", "Publikasi");
    private static final List<SearchIndex.Document> DOCS = List.of(
            new SearchIndex.Document("/berita/2024/a/", "Pelatihan koperasi nelayan", "Ringkasan pelatihan.",
                    "Nelayan berlatih pembukuan.", "2024-03-01", "1 Maret 2024", 2024, "Berita", "Maluku", List.of("pelatihan"), false),
            new SearchIndex.Document("/pengumuman/2023/b/", "Jadwal rapat", "Rapat koordinasi koperasi.",
                    "Rapat koordinasi membahas koperasi desa.", "2023-05-01", "1 Mei 2023", 2023, "Pengumuman", null, List.of(), true));

    private static Map<String, byte[]> index() {
        return SearchIndex.build(DOCS, SECTIONS);
    }

    private static JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(new String(index().get(file), StandardCharsets.UTF_8));
    }

    /** A term's postings as [doc, weight] pairs. */
    private static List<int[]> postings(String term) throws IOException {
        JsonNode list = json("t/" + SearchIndex.shard(term) + ".json").get(term);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0, doc = 0; i < list.size(); i += 2) {
            doc += list.get(i).asInt();
            pairs.add(new int[]{doc, list.get(i + 1).asInt()});
        }
        return pairs;
    }

    @Test
    void termsAreStemmedAndShardedByTheirFirstTwoLetters() throws IOException {
        assertTrue(index().containsKey("t/ko.json"));
        assertTrue(json("t/la.json").has("latih"), "pelatihan → latih, shard la");
        assertTrue(json("t/ko.json").has("koperasi") && json("t/ko.json").has("koordinasi"));
        assertEquals(List.of(0, 1), postings("koperasi").stream().map(p -> p[0]).toList());
    }

    @Test
    void aWordInTheTitleWeighsMoreThanTheSameWordOnceInTheBody() throws IOException {
        List<int[]> koperasi = postings("koperasi");
        // doc 0: once in the title; doc 1: once in the summary and once in the body
        assertTrue(koperasi.get(0)[1] > 0 && koperasi.get(1)[1] > 0);
        int titleOnly = koperasi.get(0)[1];
        int[] nelayan = postings("nelay").get(0); // title + body in doc 0
        assertTrue(nelayan[1] > titleOnly, "title and body weigh more than the title alone");
    }

    @Test
    void filterCodesResultDataAndPhrasePositions() throws IOException {
        JsonNode meta = json("meta.json");
        assertEquals(2, meta.get("documents").asInt());
        assertEquals("[\"Maluku\"]", meta.get("provinces").toString());
        assertEquals("[[0,0,2024,0,0],[1,-1,2023,1]]", json("f/0.json").toString());
        JsonNode shown = json("d/0.json");
        assertEquals("/pengumuman/2023/b/", shown.get(1).get("u").asText());
        assertEquals("1 Mei 2023", shown.get(1).get("l").asText());
        // doc 1: title 0-1, summary from 12, body from 25 (each field starts 10 positions after the last)
        assertEquals("[1,11,13]", json("p/ra.json").get("rapat").get("1").toString(), "positions 1, 12, 25 as gaps");
        assertEquals("[13,13]", json("p/ko.json").get("koordinasi").get("1").toString(), "positions 13, 26");
    }
}
