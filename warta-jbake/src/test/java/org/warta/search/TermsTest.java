package org.warta.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTest {

    @Test
    void foldsCaseAndAccents() {
        assertEquals("demokrasi ekonomi", Terms.fold("Démokrasi EKONOMI"));
    }

    @Test
    void splitsOnEverythingButLettersAndDigits() {
        assertEquals(List.of("koperasi", "koperasi", "umkm", "2023", "17", "kabupaten", "kota"),
                Terms.words("Koperasi-koperasi UMKM (2023): 17 kabupaten/kota."));
    }

    @Test
    void termsAreStemmedWords() {
        assertEquals(List.of("salur", "bantu", "koperasi"), Terms.of("Penyaluran bantuan koperasinya"));
        assertEquals(List.of(), Terms.of(" — ... "));
    }

    @Test
    void wordsAreTheRunsOfLettersAndDigitsOfTheFoldedText() {
        java.util.regex.Pattern separators = java.util.regex.Pattern.compile("[^a-z0-9]+");
        for (String text : List.of("", "a", "-a-", "Rp2,3 miliar; 1.250 unit", "Naïve café—Ωmega ẞtraße 12½",
                "Tab\there\nand  twice", "ÀÉÎÕÜ çñ", "日本語 teks", "x\u0301y", "Sulawesi Tenggara/Kendari")) {
            List<String> expected = java.util.Arrays.stream(separators.split(Terms.fold(text))).filter(w -> !w.isEmpty()).toList();
            assertEquals(expected, Terms.words(text), text);
        }
        assertEquals("naive cafe", Terms.fold("NAÏVE Café"));
    }

    @Test
    void foldingCodePointByCodePointEqualsFoldingTheWholeText() throws Exception {
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("\\p{M}+");
        List<String> texts = new java.util.ArrayList<>(List.of("Démokrasi — 12½ × 3 · “kutip”", "x\u0301\u0327y", "ΟΔΥΣΣΕΥΣ σοφός",
                "İstanbul ǅ ﬁ Ⅻ", "한국어 텍스트", "\uD835\uDC00 \uD800 lone", "e\u0301\u0300\u0323 ệ", "ÀÉÎÕÜ çñ ẞ"));
        // every release the project ships, as the index folds it
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of(System.getProperty("warta.project", "..")).resolve("content"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(java.nio.file.Files.readString(file));
            }
        }
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) text.appendCodePoint(random.nextInt(4) == 0 ? 0x300 + random.nextInt(0x70) : random.nextInt(0x3000));
            texts.add(text.toString());
        }
        for (String text : texts) {
            String whole = marks.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(java.util.Locale.ROOT);
            assertEquals(whole, Terms.fold(text), text);
        }
    }
}
