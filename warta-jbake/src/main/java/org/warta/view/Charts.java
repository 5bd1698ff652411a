package org.warta.view;

import org.warta.content.Release;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Charts drawn at bake time: the geometry of an inline SVG (in viewBox units; templates only place it) and the
 * rows of the data table beside it. Columns for a series over years, bars for a ranking of named things. The
 * component {@code chart} in {@code components.ftl} draws both from the model made here. Every coordinate and
 * length is a string in plain decimals ({@link #round}): Freemarker writes a number in the page's locale, and in
 * Indonesian 1448 is "1.448".
 */
public final class Charts {
    /** Width of every chart's viewBox: at a phone's width one unit is about one CSS pixel. */
    static final int WIDTH = 360;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final int COLUMN_TOP = 14;
    private static final int COLUMN_BASE = 176;
    private static final int COLUMN_LEFT = 40;
    private static final int ROW = 38;
    /** Most charts of figures on one province page. */
    public static final int MOST_FIGURE_CHARTS = 6;

    /**
     * One value: a year or a name, the value, and where its releases are (null: no page). A point not
     * {@code reported} (a year no release gave a figure for) keeps its place on the axis but has no column,
     * no row in the table and no part in the lowest and highest values.
     */
    public record Point(String label, double value, String path, boolean reported) {
        public Point(String label, double value, String path) {
            this(label, value, path, true);
        }

        public static Point notReported(String label) {
            return new Point(label, 0, null, false);
        }
    }

    private Charts() {
    }

    /**
     * A column chart of a series (years left to right).
     *
     * @param id      unique on its page, for the SVG's title and the table's caption
     * @param title   what is counted, e.g. "Jumlah rilis per tahun"
     * @param unit    written after each value in the table and the tooltips, e.g. "rilis"
     * @param points  in the order drawn; at least one
     * @param heading the table's first column heading, e.g. "Tahun"
     */
    public static Map<String, Object> columns(String id, String title, String unit, String heading, List<Point> points) {
        List<Point> reported = points.stream().filter(Point::reported).toList();
        if (reported.isEmpty()) throw new IllegalArgumentException("Grafik '" + id + "' tanpa satu pun nilai.");
        double top = niceMax(reported);
        int n = points.size();
        double slot = (double) (WIDTH - COLUMN_LEFT - 4) / n;
        int labelEvery = (int) Math.ceil(n / Math.floor((WIDTH - COLUMN_LEFT) / 36.0));
        List<Map<String, Object>> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double height = p.value() <= 0 ? 0 : Math.max(1, p.value() / top * (COLUMN_BASE - COLUMN_TOP));
            Map<String, Object> mark = mark(p, unit);
            mark.put("x", round(COLUMN_LEFT + i * slot + slot * 0.15));
            mark.put("y", round(COLUMN_BASE - height));
            mark.put("width", round(slot * 0.7));
            mark.put("right", round(COLUMN_LEFT + i * slot + slot * 0.85));
            mark.put("height", round(height));
            mark.put("labelX", round(COLUMN_LEFT + i * slot + slot / 2));
            mark.put("showLabel", (n - 1 - i) % labelEvery == 0);
            marks.add(mark);
        }
        List<Map<String, Object>> grid = new ArrayList<>();
        for (double value : new double[]{0, top / 2, top}) {
            grid.add(Map.of("y", round(COLUMN_BASE - value / top * (COLUMN_BASE - COLUMN_TOP)), "text", number(value)));
        }
        Map<String, Object> chart = chart(id, "columns", title, unit, heading, marks);
        chart.put("height", round(COLUMN_BASE + 22));
        chart.put("left", COLUMN_LEFT);
        chart.put("base", COLUMN_BASE);
        chart.put("grid", grid);
        chart.put("summary", title + ", " + points.get(0).label() + "–" + points.get(n - 1).label()
                + ": paling rendah " + number(min(reported)) + ", paling tinggi " + number(max(reported)) + " " + unit
                + (reported.size() < n ? "; dilaporkan untuk " + reported.size() + " dari " + n + " tahun" : "")
                + ". Angka lengkap ada di tabel.");
        return chart;
    }

    /**
     * A bar chart ranking named things (largest first), each name above its bar. On a phone the tall SVG gives
     * way to a bar in each row of the table ({@code share}: percent of the largest), so that the names, which
     * link to their pages, are not listed twice one screen after another.
     *
     * @see #columns for the parameters
     */
    public static Map<String, Object> bars(String id, String title, String unit, String heading, List<Point> points) {
        List<Point> ranked = points.stream()
                .sorted(Comparator.comparingDouble(Point::value).reversed().thenComparing(Point::label)).toList();
        double top = max(ranked);
        List<Map<String, Object>> marks = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Point p = ranked.get(i);
            Map<String, Object> mark = mark(p, unit);
            double width = top <= 0 ? 0 : p.value() / top * (WIDTH - 56);
            mark.put("labelY", round(i * ROW + 14));
            mark.put("y", round(i * ROW + 19));
            mark.put("width", round(Math.max(p.value() > 0 ? 1 : 0, width)));
            mark.put("valueX", round(width + 4));
            mark.put("share", round(top <= 0 ? 0 : p.value() / top * 100));
            marks.add(mark);
        }
        Map<String, Object> chart = chart(id, "bars", title, unit, heading, marks);
        chart.put("height", round(ranked.size() * ROW + 4));
        Point first = ranked.get(0);
        chart.put("summary", title + ": " + ranked.size() + " " + heading.toLowerCase(INDONESIAN)
                + "; paling banyak " + first.label() + " (" + number(first.value()) + " " + unit + "). Angka lengkap ada di tabel.");
        return chart;
    }

    /**
     * The figures a province's releases report, one column chart per figure reported for two or more years
     * (the figure's own {@code year}, else the release's), at most {@value #MOST_FIGURE_CHARTS}, most years
     * first. When releases report the same figure for the same year, the newest release's value counts. Every
     * year from the first reported to the last has its place, so a gap of years looks like one: a year without
     * the figure is drawn as not reported, never as zero.
     *
     * @param releases newest first
     */
    public static List<Map<String, Object>> figures(String idPrefix, List<Release> releases) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Point>> series = new LinkedHashMap<>();
        for (Release release : releases) {
            for (Release.Figure figure : release.figures()) {
                String key = figure.label().strip().toLowerCase(INDONESIAN);
                int year = figure.year() != null ? figure.year() : release.date().year();
                labels.putIfAbsent(key, figure.label().strip());
                if (figure.unit() != null) units.putIfAbsent(key, figure.unit());
                series.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(year,
                        new Point(Integer.toString(year), figure.value().doubleValue(), release.permalink()));
            }
        }
        List<String> keys = series.keySet().stream().filter(k -> series.get(k).size() >= 2)
                .sorted(Comparator.comparingInt((String k) -> -series.get(k).size()).thenComparing(k -> k))
                .limit(MOST_FIGURE_CHARTS).toList();
        List<Map<String, Object>> charts = new ArrayList<>();
        for (String key : keys) {
            TreeMap<Integer, Point> byYear = series.get(key);
            List<Point> points = new ArrayList<>();
            for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
                points.add(byYear.getOrDefault(year, Point.notReported(Integer.toString(year))));
            }
            charts.add(columns(idPrefix + (charts.size() + 1), labels.get(key), units.getOrDefault(key, ""), "Tahun",
                    points));
        }
        return charts;
    }

    private static Map<String, Object> chart(String id, String kind, String title, String unit, String heading,
                                             List<Map<String, Object>> marks) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("kind", kind);
        chart.put("title", title);
        chart.put("unit", unit);
        chart.put("heading", heading);
        chart.put("width", WIDTH);
        chart.put("marks", marks);
        chart.put("gaps", marks.stream().filter(mark -> !(Boolean) mark.get("reported")).count());
        return chart;
    }

    private static Map<String, Object> mark(Point p, String unit) {
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("label", p.label());
        mark.put("reported", p.reported());
        mark.put("value", number(p.value()));
        mark.put("text", p.label() + ": " + (p.reported() ? number(p.value()) + (unit.isEmpty() ? "" : " " + unit)
                : "tidak dilaporkan"));
        if (p.path() != null) mark.put("path", p.path());
        return mark;
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least the largest value. */
    static double niceMax(List<Point> points) {
        double max = max(points);
        if (max <= 0) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * power >= max) return step * power;
        }
        return 10 * power;
    }

    /** A number as Indonesian readers write it: 2.300, 12,5. */
    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static double max(List<Point> points) {
        return points.stream().mapToDouble(Point::value).max().orElse(0);
    }

    private static double min(List<Point> points) {
        return points.stream().mapToDouble(Point::value).min().orElse(0);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
