package org.warta.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndonesianStemmerTest {

    /** {@code search/stem-vectors.tsv}: word → stem, shared with the JavaScript tests. */
    static Map<String, String> vectors() throws IOException {
        Map<String, String> vectors = new LinkedHashMap<>();
        try (InputStream in = IndonesianStemmerTest.class.getResourceAsStream("/search/stem-vectors.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] pair = line.split("\t");
                vectors.put(pair[0], pair[1]);
            }
        }
        return vectors;
    }

    @Test
    void everySharedVectorIsStemmedAsWritten() throws IOException {
        Map<String, String> vectors = vectors();
        assertTrue(vectors.size() >= 500, "at least 500 vectors: " + vectors.size());
        List<String> wrong = new ArrayList<>();
        vectors.forEach((word, stem) -> {
            if (!IndonesianStemmer.stem(word).equals(stem)) wrong.add(word + " → " + IndonesianStemmer.stem(word) + ", expected " + stem);
        });
        assertEquals(List.of(), wrong);
    }

    /** The vectors are not this implementation's own output: Snowball's generated stemmer (in Lucene) agrees. */
    @Test
    void theVectorsAreSnowballsOwnStems() throws IOException {
        org.tartarus.snowball.ext.IndonesianStemmer snowball = new org.tartarus.snowball.ext.IndonesianStemmer();
        List<String> wrong = new ArrayList<>();
        vectors().forEach((word, stem) -> {
            snowball.setCurrent(word);
            snowball.stem();
            if (!snowball.getCurrent().equals(stem)) wrong.add(word + ": Snowball says " + snowball.getCurrent() + ", the file " + stem);
        });
        assertEquals(List.of(), wrong);
    }

    /** Every combination of the algorithm's prefixes, some roots, its suffixes, possessives and particles. */
    @Test
    void agreesWithSnowballOnEveryAffixCombination() {
        org.tartarus.snowball.ext.IndonesianStemmer snowball = new org.tartarus.snowball.ext.IndonesianStemmer();
        String[] first = {"", "di", "ke", "me", "mem", "men", "meng", "meny", "pem", "pen", "peng", "peny", "ter"};
        String[] second = {"", "be", "ber", "pe", "per", "bel", "pel"};
        String[] roots = {"ajar", "kerja", "operasi", "awas", "sapu", "ukul", "bangun", "usaha", "eran", "rintah", "iksa",
                "si", "ai", "latih", "jual", "salur", "ekonomi", "tani", "kasi", "gabung"};
        String[] suffixes = {"", "i", "an", "kan"};
        String[] endings = {"", "ku", "mu", "nya", "kah", "lah", "pun", "nyalah"};
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String f : first) for (String p : second) for (String r : roots) for (String x : suffixes) for (String e : endings) {
            String word = f + p + r + x + e;
            snowball.setCurrent(word);
            snowball.stem();
            n++;
            if (!snowball.getCurrent().equals(IndonesianStemmer.stem(word))) {
                wrong.add(word + ": " + IndonesianStemmer.stem(word) + ", Snowball " + snowball.getCurrent());
            }
        }
        assertEquals(58240, n);
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void eachRuleOfTheAlgorithm() {
        assertEquals("koperasi", IndonesianStemmer.stem("koperasinya"), "possessive");
        assertEquals("koperasi", IndonesianStemmer.stem("koperasilah"), "particle");
        assertEquals("sapu", IndonesianStemmer.stem("menyapu"), "meny + vowel → s");
        assertEquals("pukul", IndonesianStemmer.stem("memukul"), "mem + vowel → p");
        assertEquals("bangun", IndonesianStemmer.stem("membangun"), "mem + consonant");
        assertEquals("salur", IndonesianStemmer.stem("penyaluran"), "peny → s, then -an");
        assertEquals("salur", IndonesianStemmer.stem("menyalurkan"), "meny → s, then -kan");
        assertEquals("kerja", IndonesianStemmer.stem("bekerja"), "be + C + er");
        assertEquals("ajar", IndonesianStemmer.stem("pelajaran"), "pelajar → ajar");
        assertEquals("ajar", IndonesianStemmer.stem("belajar"), "belajar → ajar");
        assertEquals("koperasi", IndonesianStemmer.stem("perkoperasian"), "per- and -an");
        assertEquals("sosialisasi", IndonesianStemmer.stem("disosialisasikan"), "di- and -kan");
        assertEquals("sosialisasi", IndonesianStemmer.stem("sosialisasi"), "-si keeps its i");
        assertEquals("rapat", IndonesianStemmer.stem("rapat"), "two vowels: left alone");
        assertEquals("sehat", IndonesianStemmer.stem("kesehatan"), "ke- … -an");
    }
}
