package org.warta.pages;

import org.warta.site.Paths;
import org.warta.photos.Photos;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;
import org.warta.view.Charts;
import org.warta.view.IndonesianDates;
import org.warta.view.ReleaseView;


import org.warta.content.Release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The home page, section lists, the archive by year and month, and the province, topic and speaker lists. */
public final class ListPages {
    private ListPages() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        SiteSettings site = catalog.site();
        writer.writePaged(Paths.HOME, "Beranda", site.description(), catalog.listed(),
                Map.of("heading", "Rilis terbaru", "feed", Paths.FEED), catalog.photos());

        for (Map.Entry<String, List<Release>> section : catalog.bySection().entrySet()) {
            String name = ReleaseView.sectionName(section.getKey());
            String base = Paths.section(section.getKey());
            writer.writePaged(base, name, name + " dari " + site.office() + ", terbaru lebih dulu.", section.getValue(),
                    Map.of("heading", name, "feed", Paths.sectionFeed(section.getKey())), catalog.photos());
        }

        writeArchive(catalog, writer);
        writeTerms(writer, catalog.photos(), Paths.PROVINCES, "Wilayah", "Rilis menurut provinsi.", catalog.byProvince(), true);
        writeTerms(writer, catalog.photos(), Paths.TOPICS, "Topik", "Rilis menurut topik.", catalog.byTopic(), true);
        writeTerms(writer, catalog.photos(), Paths.SPEAKERS, "Narasumber", "Rilis menurut narasumber yang dikutip.", catalog.bySpeaker(), true);
    }

    private static void writeArchive(Catalog catalog, PageWriter writer) throws PageException {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Release>>> year : catalog.byYearAndMonth().entrySet()) {
            List<Map<String, Object>> months = new ArrayList<>();
            List<Release> ofYear = new ArrayList<>();
            for (Map.Entry<Integer, List<Release>> month : year.getValue().entrySet()) {
                String path = Paths.month(year.getKey(), month.getKey());
                String name = IndonesianDates.month(year.getKey(), month.getKey());
                months.add(Map.of("name", name, "path", path, "count", month.getValue().size()));
                writer.writePaged(path, "Arsip " + name, "Rilis yang terbit pada " + name + ".", month.getValue(),
                        Map.of("heading", "Arsip " + name, "breadcrumbs",
                                List.of(crumb("Arsip", Paths.ARCHIVE), crumb(year.getKey().toString(), Paths.year(year.getKey())))), catalog.photos());
                ofYear.addAll(month.getValue());
            }
            String path = Paths.year(year.getKey());
            writer.writePaged(path, "Arsip " + year.getKey(), "Rilis yang terbit pada tahun " + year.getKey() + ".", ofYear,
                    Map.of("heading", "Arsip " + year.getKey(), "breadcrumbs", List.of(crumb("Arsip", Paths.ARCHIVE))), catalog.photos());
            years.add(Map.of("year", year.getKey().toString(), "path", path, "count", ofYear.size(), "months", months));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("years", years);
        model.put("total", catalog.listed().size());
        if (!years.isEmpty()) model.put("chart", perYear(catalog.byYearAndMonth()));
        writer.write("archive", Paths.ARCHIVE, "Arsip", "Semua rilis menurut tahun dan bulan terbit.", model);
    }

    /** Releases per year from the first year to the last, a year without releases drawn as zero. */
    private static Map<String, Object> perYear(Map<Integer, Map<Integer, List<Release>>> byYear) {
        int first = byYear.keySet().stream().min(Integer::compare).orElseThrow();
        int last = byYear.keySet().stream().max(Integer::compare).orElseThrow();
        List<Charts.Point> points = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            Map<Integer, List<Release>> months = byYear.get(year);
            int count = months == null ? 0 : months.values().stream().mapToInt(List::size).sum();
            points.add(new Charts.Point(Integer.toString(year), count, months == null ? null : Paths.year(year)));
        }
        return Charts.columns("grafik-tahun", "Jumlah rilis per tahun", "rilis", "Tahun", points);
    }

    private static void writeTerms(PageWriter writer, Photos photos, String list, String title, String description,
                                   Map<String, Catalog.Group> groups, boolean withFeed) throws PageException {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Catalog.Group group : groups.values()) {
            String base = Paths.term(list, group.slug());
            terms.add(Map.of("name", group.name(), "path", base, "count", group.releases().size()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("heading", group.name());
            data.put("breadcrumbs", List.of(crumb(title, Paths.terms(list))));
            if (withFeed) data.put("feed", Paths.termFeed(list, group.slug()));
            if (list.equals(Paths.PROVINCES)) data.put("figures", Charts.figures("grafik-angka-", group.releases()));
            writer.writePaged(base, group.name(), title + ": " + group.name() + ". Rilis terbaru lebih dulu.",
                    group.releases(), data, photos);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("terms", terms);
        model.put("kind", list);
        if (list.equals(Paths.PROVINCES) && !terms.isEmpty()) {
            model.put("chart", Charts.bars("grafik-wilayah", "Jumlah rilis per provinsi", "rilis", "Provinsi",
                    groups.values().stream().map(g -> new Charts.Point(g.name(), g.releases().size(),
                            Paths.term(list, g.slug()))).toList()));
        }
        writer.write("terms", Paths.terms(list), title, description, model);
    }

    private static Map<String, Object> crumb(String name, String path) {
        return Map.of("name", name, "path", path);
    }
}
