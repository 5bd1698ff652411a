package org.warta.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {
    private static List<CSVRecord> parse(String csv) throws IOException {
        assertTrue(csv.startsWith(Csv.BOM), "starts with a byte-order mark");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void fieldsThatNeedQuotingSurviveAStrictRfc4180Parser() throws IOException {
        List<String> tricky = List.of("Rapat \"khusus\", tahap 2", "baris satu\nbaris dua", " spasi di tepi ", "Sulawesi Tenggara");
        String csv = Csv.of(List.of("a", "b", "c", "d"), List.of(tricky, List.of("", "é ü ñ – “kutip”", "x;y", "12")));
        List<CSVRecord> records = parse(csv);
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c", "d"), records.get(0).toList());
        assertEquals(List.of("Rapat \"khusus\", tahap 2", "baris satu\r\nbaris dua", " spasi di tepi ", "Sulawesi Tenggara"),
                records.get(1).toList());
        assertEquals(List.of("", "é ü ñ – “kutip”", "x;y", "12"), records.get(2).toList());
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() throws IOException {
        List<String> formulas = List.of("=HYPERLINK(\"http://x.example\",\"klik\")", "+62 811 1234 5678", "-1+2", "@SUM(A1)", "\tx");
        List<String> plain = List.of("Rapat = koordinasi", "62", "Kab. -", "a@b.id", "");
        List<CSVRecord> records = parse(Csv.of(List.of("a", "b", "c", "d", "e"), List.of(formulas, plain)));
        assertEquals(List.of("'=HYPERLINK(\"http://x.example\",\"klik\")", "'+62 811 1234 5678", "'-1+2", "'@SUM(A1)", "'\tx"),
                records.get(1).toList());
        assertEquals(plain, records.get(2).toList(), "only the first character counts");
    }

    @Test
    void everyRecordEndsInCrlf() {
        String csv = Csv.of(List.of("a"), List.of(List.of("x"), List.of("y")));
        assertEquals(Csv.BOM + "a\r\nx\r\ny\r\n", csv);
    }

    @Test
    void nullIsAnEmptyField() throws IOException {
        java.util.ArrayList<String> row = new java.util.ArrayList<>();
        row.add(null);
        row.add("b");
        assertEquals(List.of("", "b"), parse(Csv.of(List.of("a", "b"), List.of(row))).get(1).toList());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.of(List.of("a", "b"), List.of(List.of("x"))));
        assertEquals("CSV row 1 has 1 fields, header has 2", e.getMessage());
    }
}
