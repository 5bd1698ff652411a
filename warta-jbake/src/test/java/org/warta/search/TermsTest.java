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
}
