package org.warta.render;

import org.jbake.template.RenderingException;
import org.warta.content.Release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The home page, section lists, the archive by year and month, and the province, topic and speaker lists. */
final class ListPages {
    private ListPages() {
    }

    static void write(Catalog catalog, PageWriter writer) throws RenderingException {
        SiteSettings site = catalog.site();
        writer.writePaged("/", "Beranda", site.description(), catalog.listed(),
                Map.of("heading", "Rilis terbaru", "feed", "/feed.xml"));

        for (Map.Entry<String, List<Release>> section : catalog.bySection().entrySet()) {
            String name = ReleaseView.sectionName(section.getKey());
            String base = "/" + section.getKey() + "/";
            writer.writePaged(base, name, name + " dari " + site.office() + ", terbaru lebih dulu.", section.getValue(),
                    Map.of("heading", name, "feed", base + "feed.xml"));
        }

        writeArchive(catalog, writer);
        writeTerms(writer, "wilayah", "Wilayah", "Rilis menurut provinsi.", catalog.byProvince(), true);
        writeTerms(writer, "topik", "Topik", "Rilis menurut topik.", catalog.byTopic(), true);
        writeTerms(writer, "narasumber", "Narasumber", "Rilis menurut narasumber yang dikutip.", catalog.bySpeaker(), false);
    }

    private static void writeArchive(Catalog catalog, PageWriter writer) throws RenderingException {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Release>>> year : catalog.byYearAndMonth().entrySet()) {
            List<Map<String, Object>> months = new ArrayList<>();
            List<Release> ofYear = new ArrayList<>();
            for (Map.Entry<Integer, List<Release>> month : year.getValue().entrySet()) {
                String path = "/arsip/" + year.getKey() + "/" + String.format("%02d", month.getKey()) + "/";
                String name = IndonesianDates.month(year.getKey(), month.getKey());
                months.add(Map.of("name", name, "path", path, "count", month.getValue().size()));
                writer.writePaged(path, "Arsip " + name, "Rilis yang terbit pada " + name + ".", month.getValue(),
                        Map.of("heading", "Arsip " + name, "breadcrumbs",
                                List.of(crumb("Arsip", "/arsip/"), crumb(year.getKey().toString(), "/arsip/" + year.getKey() + "/"))));
                ofYear.addAll(month.getValue());
            }
            String path = "/arsip/" + year.getKey() + "/";
            writer.writePaged(path, "Arsip " + year.getKey(), "Rilis yang terbit pada tahun " + year.getKey() + ".", ofYear,
                    Map.of("heading", "Arsip " + year.getKey(), "breadcrumbs", List.of(crumb("Arsip", "/arsip/"))));
            years.add(Map.of("year", year.getKey().toString(), "path", path, "count", ofYear.size(), "months", months));
        }
        writer.write("archive", "/arsip/", "Arsip", "Semua rilis menurut tahun dan bulan terbit.",
                Map.of("years", years, "total", catalog.listed().size()));
    }

    private static void writeTerms(PageWriter writer, String list, String title, String description,
                                   Map<String, Catalog.Group> groups, boolean withFeed) throws RenderingException {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Catalog.Group group : groups.values()) {
            String base = "/" + list + "/" + group.slug() + "/";
            terms.add(Map.of("name", group.name(), "path", base, "count", group.releases().size()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("heading", group.name());
            data.put("breadcrumbs", List.of(crumb(title, "/" + list + "/")));
            if (withFeed) data.put("feed", base + "feed.xml");
            writer.writePaged(base, group.name(), title + ": " + group.name() + ". Rilis terbaru lebih dulu.",
                    group.releases(), data);
        }
        writer.write("terms", "/" + list + "/", title, description, Map.of("terms", terms, "kind", list));
    }

    private static Map<String, Object> crumb(String name, String path) {
        return Map.of("name", name, "path", path);
    }
}
