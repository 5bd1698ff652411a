package org.warta.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {
    private static final List<String> SECTIONS = List.of("Berita", "Pengumuman", "Publikasi");
    private static final List<SearchIndex.Document> DOCS = List.of(
            new SearchIndex.Document("/berita/2024/a/", "Pelatihan koperasi nelayan", "Ringkasan pelatihan.",
                    "Nelayan berlatih pembukuan.", "2024-03-01", "1 Maret 2024", 2024, "Berita", "Maluku", List.of("pelatihan"), false),
            new SearchIndex.Document("/pengumuman/2023/b/", "Jadwal rapat", "Rapat koordinasi koperasi.",
                    "Rapat koordinasi membahas koperasi desa.", "2023-05-01", "1 Mei 2023", 2023, "Pengumuman", null, List.of(), true));

    private static final Map<String, byte[]> INDEX = SearchIndex.build(DOCS, SECTIONS);

    private static String text(Map<String, byte[]> index, String file) {
        return new String(index.get(file), StandardCharsets.UTF_8);
    }

    private static JsonNode json(Map<String, byte[]> index, String file) throws IOException {
        return new ObjectMapper().readTree(text(index, file));
    }

    private static List<String> split(Map<String, byte[]> index) throws IOException {
        List<String> split = new ArrayList<>();
        json(index, "meta.json").get("split").forEach(p -> split.add(p.asText()));
        return split;
    }

    /** A term's postings as [doc, level] pairs, inline or from its own file. */
    private static List<int[]> postings(Map<String, byte[]> index, String term, int n) throws IOException {
        JsonNode entry = json(index, "t/" + SearchIndex.shard(term, split(index)) + ".json").get(term);
        String list = entry.isTextual() ? entry.asText() : text(index, "l/" + term + ".txt");
        int[][] decoded = Postings.decode(list, n);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < decoded[0].length; i++) pairs.add(new int[]{decoded[0][i], decoded[1][i]});
        return pairs;
    }

    @Test
    void termsAreStemmedAndShardedByTheirFirstTwoLetters() throws IOException {
        assertTrue(INDEX.containsKey("t/ko.json"));
        assertTrue(json(INDEX, "t/la.json").has("latih"), "pelatihan → latih, shard la");
        assertTrue(json(INDEX, "t/ko.json").has("koperasi") && json(INDEX, "t/ko.json").has("koordinasi"));
        assertEquals(List.of(0, 1), postings(INDEX, "koperasi", 2).stream().map(p -> p[0]).toList());
        assertEquals(List.of(1), postings(INDEX, "koordinasi", 2).stream().map(p -> p[0]).toList());
    }

    @Test
    void aWordInTheTitleWeighsMoreThanTheSameWordOnceInTheBody() throws IOException {
        int titleOnly = postings(INDEX, "koperasi", 2).get(0)[1] & 7;   // doc 0: once, in the title (its weight)
        int bodyOnce = postings(INDEX, "desa", 2).get(0)[1] & 7;        // doc 1: once, in the body
        int nelayan = postings(INDEX, "nelay", 2).get(0)[1] & 7;        // doc 0: title and body
        assertTrue(titleOnly > bodyOnce, titleOnly + " > " + bodyOnce);
        assertTrue(nelayan >= titleOnly, "title and body weigh at least the title alone");
    }

    @Test
    void aLevelSaysWhetherTheTermAndThePairStandInTheTitle() throws IOException {
        // doc 0's title "Pelatihan koperasi nelayan"; doc 1's "Jadwal rapat", "koperasi" only in its summary and body
        List<int[]> koperasi = postings(INDEX, "koperasi", 2);
        assertEquals(Postings.TITLE, koperasi.get(0)[1] & Postings.TITLE, "doc 0: in the title");
        assertEquals(0, koperasi.get(1)[1] & Postings.TITLE, "doc 1: not in the title");
        assertEquals(Postings.TITLE, postings(INDEX, "rapat", 2).get(0)[1] & Postings.TITLE, "doc 1: \"rapat\" in its title");
        int buckets = json(INDEX, "meta.json").get("pairBuckets").asInt();
        JsonNode latih = json(INDEX, "b/" + Integer.remainderUnsigned(SearchIndex.pairHash("latih koperasi"), buckets) + ".json");
        int[][] pair = Postings.decode(latih.get("latih koperasi").asText(), 2);
        assertEquals(0, pair[0][0]);
        assertEquals(Postings.TITLE, pair[1][0], "\"Pelatihan koperasi\" side by side in doc 0's title");
        JsonNode rapat = json(INDEX, "b/" + Integer.remainderUnsigned(SearchIndex.pairHash("rapat koordinasi"), buckets) + ".json");
        assertEquals(0, Postings.decode(rapat.get("rapat koordinasi").asText(), 2)[1][0], "in doc 1's summary and body only");
    }

    @Test
    void theLongListFilterNamesEveryTermWithALongListAndFewOthers() throws IOException {
        Map<String, Object> filter = SearchIndex.longListFilter(List.of("koperasi", "rapat"));
        // the client's test reads the same filter (src/test/js/cari.test.js)
        String json = new String(Files.readAllBytes(Path.of("src/test/resources/search/long-filter.json")), StandardCharsets.UTF_8).strip();
        assertEquals(json, new String(org.warta.export.Json.compact(filter).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 2000; i++) terms.add("kata" + i);
        Map<String, Object> big = SearchIndex.longListFilter(terms);
        int bits = (Integer) big.get("bits");
        String set = (String) big.get("set");
        int falsePositives = 0;
        for (int i = 0; i < 10_000; i++) {
            boolean all = true;
            for (long p : SearchIndex.filterPositions("lain" + i, bits)) all &= (Postings.ALPHABET.indexOf(set.charAt((int) (p / 6))) >> (p % 6) & 1) == 1;
            if (all) falsePositives++;
        }
        for (String t : terms) {
            for (long p : SearchIndex.filterPositions(t, bits)) assertEquals(1, Postings.ALPHABET.indexOf(set.charAt((int) (p / 6))) >> (p % 6) & 1, t);
        }
        assertTrue(falsePositives < 300, falsePositives + " of 10,000 other terms would be asked for in vain");
    }

    @Test
    void aSummaryWithoutASpaceInItsFirstCharactersIsCutWhereTheExcerptEnds() throws IOException {
        String summary = "https://contoh.example/" + "a".repeat(330) + " selesai.";
        Map<String, byte[]> index = SearchIndex.build(List.of(new SearchIndex.Document("/berita/2024/x/", "Judul rilis", summary,
                "Isi.", "2024-01-01", "1 Januari 2024", 2024, "Berita", null, List.of(), false)), SECTIONS);
        String excerpt = json(index, "d/0.json").get("x").asText();
        assertTrue(excerpt.startsWith("https://contoh.example/aaa") && excerpt.endsWith(" …") && excerpt.length() < 270, excerpt);
    }

    @Test
    void phrasePairsAreTheNeighboursWithinOneField() throws IOException {
        JsonNode meta = json(INDEX, "meta.json");
        int buckets = meta.get("pairBuckets").asInt();
        JsonNode bucket = json(INDEX, "b/" + Integer.remainderUnsigned(SearchIndex.pairHash("rapat koordinasi"), buckets) + ".json");
        assertEquals(1, Postings.decode(bucket.get("rapat koordinasi").asText(), 2)[0][0]);
        boolean acrossFields = false;  // "… rapat" (title) then "rapat …" (summary) of doc 1: "rapat rapat" only across
        for (int k = 0; k < buckets; k++) acrossFields |= INDEX.containsKey("b/" + k + ".json") && json(INDEX, "b/" + k + ".json").has("rapat rapat");
        assertFalse(acrossFields, "a pair never spans two fields");
        assertEquals(0xe40c292c, SearchIndex.pairHash("a"), "FNV-1a of \"a\", as published");
    }

    @Test
    void filterCodesWithdrawnListAndResultData() throws IOException {
        JsonNode meta = json(INDEX, "meta.json");
        assertEquals(2, meta.get("documents").asInt());
        assertEquals("[\"Maluku\"]", meta.get("provinces").toString());
        assertEquals("[1]", meta.get("withdrawn").toString());
        assertEquals(2023, meta.get("firstYear").asInt());
        // doc 0: Berita (0), Maluku (0 + 1), 2024 (+1), 1 topic: pelatihan (0); doc 1: Pengumuman, national, 2023, none
        assertEquals("ABBBABAAA", text(INDEX, "f/0.txt"));
        JsonNode shown = json(INDEX, "d/1.json");
        assertEquals("/pengumuman/2023/b/", shown.get("u").asText());
        assertEquals("1 Mei 2023", shown.get("l").asText());
        assertEquals("Pengumuman", shown.get("s").asText());
    }

    @Test
    void longPostingsGetTheirOwnFileAndBigShardsAreSplitByTheThirdLetter() throws IOException {
        List<SearchIndex.Document> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String body = "koperasi " + (i % 2 == 0 ? "kopi " : "") + "sebanyak" + i + " seberang" + (i % 7);
            many.add(new SearchIndex.Document("/berita/2024/r" + i + "/", "Rilis " + i, "Ringkasan.", body,
                    "2024-01-01", "1 Januari 2024", 2024, "Berita", null, List.of(), false));
        }
        Map<String, byte[]> index = SearchIndex.build(many, SECTIONS);
        JsonNode meta = json(index, "meta.json");
        assertTrue(meta.get("split").toString().contains("\"se\""), meta.get("split").toString());
        assertFalse(index.containsKey("t/se.json"), index.keySet().toString());
        assertTrue(split(index).containsAll(List.of("se", "seb", "seba")), "split again while too big");
        assertEquals("t/sebanyak1.json", "t/" + SearchIndex.shard("sebanyak1", split(index)) + ".json");
        assertTrue(index.containsKey("t/sebanyak1.json"));
        assertEquals(3000, json(index, "t/ko.json").get("koperasi").asInt(), "a long list: its count inline");
        assertEquals(3000, postings(index, "koperasi", 3000).size());
        assertTrue(index.get("l/koperasi.txt").length <= 1 + 3000 / 6 + 3000, "dense form: bitmap and a level each");
        assertEquals(1500, postings(index, "kopi", 3000).size());
        for (Map.Entry<String, byte[]> file : index.entrySet()) {
            if (file.getKey().startsWith("t/")) assertTrue(file.getValue().length <= SearchIndex.SPLIT * 2, file.getKey());
        }
    }
}
