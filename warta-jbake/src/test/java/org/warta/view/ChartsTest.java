package org.warta.view;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    private static List<Charts.Point> years(int first, int... values) {
        List<Charts.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) points.add(new Charts.Point(String.valueOf(first + i), values[i], null));
        return points;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> marks(Map<String, Object> chart) {
        return (List<Map<String, Object>>) chart.get("marks");
    }

    @Test
    void theScaleEndsAtARoundNumberAboveTheLargestValue() {
        assertEquals(10, Charts.niceMax(years(2020, 6, 9)));
        assertEquals(250, Charts.niceMax(years(2020, 201)));
        assertEquals(5000, Charts.niceMax(years(2020, 4268)));
        assertEquals(1, Charts.niceMax(years(2020, 0, 0)), "all zero still draws");
    }

    @Test
    void columnHeightsFollowTheValuesAndZeroDrawsNothing() {
        List<Map<String, Object>> marks = marks(Charts.columns("g", "Jumlah", "rilis", "Tahun", years(2019, 5, 0, 10)));
        assertEquals("81", marks.get(0).get("height"), "half of the 162-unit plot");
        assertEquals("0", marks.get(1).get("height"));
        assertEquals("162", marks.get(2).get("height"));
        assertEquals("2020: 0 rilis", marks.get(1).get("text"));
    }

    @Test
    void aYearNotReportedKeepsItsPlaceButIsNeitherDrawnNorCounted() {
        List<Charts.Point> points = new ArrayList<>(years(2019, 40));
        points.add(Charts.Point.notReported("2020"));
        points.add(Charts.Point.notReported("2021"));
        points.add(new Charts.Point("2022", 100, null));
        Map<String, Object> chart = Charts.columns("g", "Koperasi aktif", "unit", "Tahun", points);
        List<Map<String, Object>> marks = marks(chart);
        assertEquals(4, marks.size());
        assertEquals(List.of(true, false, false, true), marks.stream().map(m -> m.get("reported")).toList());
        assertEquals("2021: tidak dilaporkan", marks.get(2).get("text"));
        assertEquals(2L, chart.get("gaps"));
        assertEquals("Koperasi aktif, 2019–2022: paling rendah 40, paling tinggi 100 unit; dilaporkan untuk 2 dari 4 tahun."
                + " Angka lengkap ada di tabel.", chart.get("summary"), "the lowest is 40, not a gap's zero");
        assertEquals("162", marks.get(3).get("height"), "the scale is the reported values'");
    }

    @Test
    void twentyYearsLabelEveryThirdYearEndingWithTheLast() {
        int[] values = new int[20];
        List<Map<String, Object>> marks = marks(Charts.columns("g", "Jumlah", "rilis", "Tahun", years(2006, values)));
        List<Object> shown = marks.stream().filter(m -> (Boolean) m.get("showLabel")).map(m -> m.get("label")).toList();
        assertEquals(List.of("2007", "2010", "2013", "2016", "2019", "2022", "2025"), shown);
    }

    @Test
    void barsRankLargestFirstThenByName() {
        Map<String, Object> chart = Charts.bars("g", "Jumlah rilis per provinsi", "rilis", "Provinsi", List.of(
                new Charts.Point("Maluku", 3, "/wilayah/maluku/"), new Charts.Point("Aceh", 3, "/wilayah/aceh/"),
                new Charts.Point("Bali", 12, "/wilayah/bali/")));
        assertEquals(List.of("Bali", "Aceh", "Maluku"), marks(chart).stream().map(m -> m.get("label")).toList());
        assertEquals("304", marks(chart).get(0).get("width"), "the largest fills the row but for its value");
        assertEquals(List.of("100", "25", "25"), marks(chart).stream().map(m -> m.get("share")).toList(),
                "a row's bar on phones, in percent of the largest");
        assertTrue(((String) chart.get("summary")).contains("paling banyak Bali (12 rilis)"), (String) chart.get("summary"));
    }

    /** Freemarker writes a number in the page's locale: 1448 as "1.448", which an SVG reads as 1.448. */
    @Test
    void geometryIsPlainDecimalTextEvenBeyondAThousandUnits() {
        List<Charts.Point> provinces = new ArrayList<>();
        for (int i = 0; i < 38; i++) provinces.add(new Charts.Point("Provinsi " + i, 1000 + i, null));
        Map<String, Object> chart = Charts.bars("g", "Jumlah rilis per provinsi", "rilis", "Provinsi", provinces);
        assertEquals("1448", chart.get("height"), "38 rows of 38 units and 4 more");
        List<Map<String, Object>> marks = marks(chart);
        assertEquals("1425", marks.get(37).get("y"));
        for (Map<String, Object> mark : marks) {
            for (String key : List.of("labelY", "y", "width", "valueX")) {
                assertTrue(mark.get(key) instanceof String s && s.matches("\\d+(\\.\\d)?"), key + " = " + mark.get(key));
            }
        }
        Map<String, Object> columns = Charts.columns("g", "Jumlah", "rilis", "Tahun", years(2000, 1500, 2500));
        assertTrue(columns.get("height") instanceof String, "columns' height too");
        for (Map<String, Object> mark : marks(columns)) {
            for (String key : List.of("x", "right", "y", "width", "height", "labelX")) {
                assertTrue(mark.get(key) instanceof String s && s.matches("\\d+(\\.\\d)?"), key + " = " + mark.get(key));
            }
        }
    }

    @Test
    void numbersAreWrittenTheIndonesianWay() {
        assertEquals("2.300", Charts.number(2300));
        assertEquals("12,5", Charts.number(12.5));
        assertEquals("0,33", Charts.number(1.0 / 3));
    }
}
