package org.warta.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {
    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals("Satu dua.\n\nTiga.", PlainText.of("<p>Satu\n   <strong>dua</strong>.</p>\n<p>Tiga.</p>"));
    }

    @Test
    void headingsListsAndQuotesBecomeTheirOwnParagraphs() {
        String html = "<h2>Hasil</h2><ul><li>Pertama</li><li>Kedua <em>penting</em></li></ul>"
                + "<ol><li>Satu</li><li>Dua</li></ol><blockquote><p>Kutipan.</p></blockquote>";
        assertEquals("Hasil\n\n- Pertama\n\n- Kedua penting\n\n1. Satu\n\n2. Dua\n\n> Kutipan.", PlainText.of(html));
    }

    @Test
    void aLineBreakStaysALineBreak() {
        assertEquals("Jl. Merdeka 1\nKendari", PlainText.of("<p>Jl. Merdeka 1<br>Kendari</p>"));
    }

    @Test
    void tableRowsAreLinesOfCells() {
        String html = "<table><thead><tr><th>Kabupaten</th><th>Koperasi</th></tr></thead>"
                + "<tbody><tr><td>Kendari</td><td>120</td></tr></tbody></table>";
        assertEquals("Kabupaten | Koperasi\n\nKendari | 120", PlainText.of(html));
    }

    @Test
    void nestedListsAreKept() {
        assertEquals("- Induk\n\n- Anak", PlainText.of("<ul><li>Induk<ul><li>Anak</li></ul></li></ul>"));
    }

    @Test
    void linksKeepTheirTextAndImagesTheirAlt() {
        assertEquals("Lihat laporan dan Peta lokasi.", PlainText.of("<p>Lihat <a href=\"/x\">laporan</a> dan <img src=\"a.png\" alt=\"Peta lokasi\">.</p>"));
    }
}
