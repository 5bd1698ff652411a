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
}
