package org.warta.jbake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbake.parser.Engines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes a fixture project with JBake's real Oven and the project's real templates, then reads every page kind. */
class WartaSiteTest {
    private static final String[] PROVINCES = {"Jambi", "Sulawesi Tenggara", "Maluku", null};
    private static final int NEWS = 23;
    /** Listed: 23 news + the full release + 2 announcements + 1 publication. */
    private static final int LISTED = NEWS + 1 + 2 + 1;
    /**
     * Figures of four Jambi releases (numbers 0, 4, 8 and 20: 2022, 2022, 2022 and 2023): number 4 dates its
     * figure 2019 (so 2020 and 2021 are years without it); numbers 0 and 8 report 2022, and the newer (8) counts.
     */
    private static final Map<Integer, String> FIGURES = Map.of(
            0, "figures:\n  - {label: Koperasi aktif, value: 100, unit: unit}\n",
            4, "figures:\n  - {label: Koperasi aktif, value: 90, unit: unit, year: 2019}\n  - {label: Peserta, value: 40}\n",
            8, "figures:\n  - {label: koperasi aktif, value: 1250, unit: unit}\n",
            20, "figures:\n  - {label: Koperasi aktif, value: 2300.5, unit: unit}\n");

    @TempDir
    static Path dir;
    static FixtureProject site;
    static List<Throwable> errors;

    @BeforeAll
    static void bake() throws Exception {
        site = new FixtureProject(dir);
        LocalDate first = LocalDate.of(2022, 1, 5);
        for (int i = 0; i < NEWS; i++) {
            LocalDate date = first.plusDays(20L * i);
            String province = PROVINCES[i % PROVINCES.length];
            String extra = (province == null ? "" : "province: " + province + "\n")
                    + "topics: [koperasi" + (i % 2 == 0 ? ", pelatihan" : "") + "]\n"
                    + (i % 3 == 0 ? "speakers:\n  - {name: H.M. Dianto, role: Sekretaris Daerah Provinsi Jambi}\n" : "")
                    + FIGURES.getOrDefault(i, "");
            site.write("berita/" + date.getYear() + "/rilis-" + i + ".md",
                    FixtureProject.release(String.format("Rilis uji nomor %02d", i), date.toString(), extra, "Isi rilis " + i + "."));
        }
        site.writeFullRelease();
        site.write("pengumuman/2024/libur.md", FixtureProject.release("Pengumuman jadwal layanan", "2024-03-01", "", "Isi."));
        site.write("pengumuman/2024/seleksi.md", FixtureProject.release("Pengumuman seleksi pendamping", "2024-03-02", "", "Isi."));
        site.write("publikasi/2024/laporan.md", FixtureProject.release("Laporan kinerja koperasi 2023", "2024-02-01", "", "Isi."));
        site.write("berita/2023/konsep.md", FixtureProject.release("Konsep rahasia belum terbit", "2023-07-01",
                "status: draft\nprovince: Jambi\ntopics: [rahasia]\n", "Draf."));
        site.write("berita/2023/ditarik.md", FixtureProject.release("Rilis yang ditarik kembali", "2023-08-01",
                "status: withdrawn\nprovince: Jambi\ntopics: [koperasi, hanya di rilis ditarik]\n"
                        + "speakers:\n  - {name: Narasumber Tunggal, role: Hanya di rilis yang ditarik}\nchanges:\n  - {date: 2023-08-03, note: Ditarik karena data peserta keliru.}\n", "Isi."));
        site.write("berita/2099/embargo.md", FixtureProject.release("Rilis berembargo masa depan", "2099-01-01",
                "province: Jambi\n", "Belum."));
        errors = site.bake();
    }

    private static Document page(String path) {
        Path file = site.out(path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.isRegularFile(file), "page " + path + " exists");
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost:8820" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document xml(String path) {
        try {
            return Jsoup.parse(Files.readString(site.out(path)), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cardTitles(Document page) {
        return page.select(".card__title a").eachText();
    }

    private static List<String> allOutputText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.output)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".xml")) texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void bakesWithoutErrors() {
        assertTrue(errors.isEmpty(), () -> "bake errors: " + errors);
    }

    @Test
    void markdownIsReadByWartasEngine() {
        assertTrue(Engines.get("md") instanceof ReleaseEngine, "engine for .md: " + Engines.get("md"));
    }

    @Test
    void jbakesDocumentsRendererFindsNothingToRender() {
        assertTrue(UnrenderedProbe.releasesStored > NEWS, "releases are in JBake's content store: " + UnrenderedProbe.releasesStored);
        assertEquals(0, UnrenderedProbe.unrendered, "documents left for JBake's DocumentsRenderer");
        assertFalse(Files.exists(site.out("berita/2023/lengkap.html")), "JBake's own release file");
        assertFalse(Files.exists(site.out("berita/2023/konsep-draft.html")), "JBake's own draft file");
    }

    @Test
    void homeListsTheNewestTenAndPagesTheRest() {
        Document home = page("/");
        assertEquals("id", home.selectFirst("html").attr("lang"));
        List<String> titles = cardTitles(home);
        assertEquals(10, titles.size());
        // the newest release with a photo leads the first page; the others follow, newest first
        assertEquals("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", home.selectFirst(".card--lead .card__title a").text());
        List<String> rest = home.select(".card:not(.card--lead) .card__title a").eachText();
        assertEquals("Pengumuman seleksi pendamping", rest.get(0), "newest first");
        assertEquals("Pengumuman jadwal layanan", rest.get(1));
        int pages = (LISTED + 9) / 10;
        assertEquals("Halaman 1 dari " + pages, home.selectFirst(".pagination__status").text());
        Document last = page("/halaman/" + pages + "/");
        assertEquals(LISTED - 10 * (pages - 1), cardTitles(last).size());
        assertEquals("Rilis uji nomor 00", cardTitles(last).get(cardTitles(last).size() - 1), "oldest last");
        assertNotNull(last.selectFirst("a[rel=prev][href=/halaman/" + (pages - 1) + "/]"));
        assertFalse(Files.exists(site.out("/halaman/" + (pages + 1) + "/index.html")));
    }

    @Test
    void releasePageShowsEveryField() {
        Document p = page("/berita/2023/rakorda-sultra-2023/");
        assertEquals("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", p.selectFirst("h1").text());
        assertEquals("Kamis, 25 Mei 2023", p.selectFirst(".release__dates time[datetime=2023-05-25]").text());
        assertTrue(p.selectFirst(".release__dates").text().contains("Diperbarui Sabtu, 27 Mei 2023, pukul 10.00 WITA"));
        String facts = p.selectFirst(".facts").text();
        assertTrue(facts.contains("Rabu, 24 Mei 2023, pukul 19.30 WITA sampai Jumat, 26 Mei 2023"), facts);
        assertTrue(facts.contains("Hotel Claro Kendari") && facts.contains("34 orang")
                && facts.contains("Resinkronisasi Kebijakan") && facts.contains("Dinas Koperasi dan UMKM Provinsi Sulawesi Tenggara"), facts);
        Element speaker = p.selectFirst(".speakers a[href=/narasumber/dra-hj-yuni-nurmalawati-m-si/]");
        assertNotNull(speaker);
        assertTrue(p.selectFirst(".speakers").text().contains("Plh. Sekretaris Daerah Provinsi Sulawesi Tenggara"));
        assertNotNull(p.selectFirst(".release__kicker a[href=/wilayah/sulawesi-tenggara/]"));
        assertEquals(List.of("perencanaan", "sinkronisasi program"), p.select(".topics a").eachText());
        assertEquals("/topik/sinkronisasi-program/", p.select(".topics a").get(1).attr("href"));
        assertEquals(List.of("Koperasi aktif", "Persentase koperasi aktif"), p.select(".figures tbody th").eachText());
        assertEquals("2.300", p.select(".figures td.num").get(0).text(), "numbers are written the Indonesian way");
        assertEquals("85,3 persen", p.select(".figures td.num").get(1).text());
        Element img = p.selectFirst(".release__image img");
        assertTrue(img.attr("src").matches("/foto/[0-9a-f]{20}/foto-400\\.jpg"), img.attr("src"));
        assertEquals("Peserta rakorda di ruang pertemuan", img.attr("alt"));
        assertTrue(p.selectFirst("figcaption").text().contains("Foto: Humas Diskop Sultra"));
        assertTrue(Files.exists(site.out(img.attr("src"))), "the photo's files are published");
        assertEquals("/berita/2023/bahan.pdf", p.selectFirst(".attachments a").attr("href"));
        assertEquals("https://example.org/rakorda", p.selectFirst(".source a").attr("href"));
        assertTrue(p.selectFirst(".press").text().contains("humas@example.go.id"));
        assertTrue(p.selectFirst(".changes").text().contains("Jumlah peserta diperbaiki"));
        assertEquals("Paragraf pertama.", p.selectFirst(".release__body p").text());
        assertEquals("http://localhost:8820/berita/2023/rakorda-sultra-2023/", p.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void releasePageLinksItsNeighboursInItsSection() {
        Document p = page("/berita/2022/rilis-5/");
        assertEquals("/berita/2022/rilis-4/", p.selectFirst(".prev-next a[rel=prev]").attr("href"));
        assertEquals("/berita/2022/rilis-6/", p.selectFirst(".prev-next a[rel=next]").attr("href"));
        Document announcement = page("/pengumuman/2024/seleksi/");
        assertEquals("/pengumuman/2024/libur/", announcement.selectFirst(".prev-next a[rel=prev]").attr("href"));
        assertTrue(announcement.select(".prev-next a[rel=next]").isEmpty(), "the newest has no next");
    }

    @Test
    void sectionsListOnlyTheirReleases() {
        assertEquals(List.of("Pengumuman seleksi pendamping", "Pengumuman jadwal layanan"), cardTitles(page("/pengumuman/")));
        assertEquals(List.of("Laporan kinerja koperasi 2023"), cardTitles(page("/publikasi/")));
        assertEquals("Halaman 1 dari 3", page("/berita/").selectFirst(".pagination__status").text());
    }

    @Test
    void archiveCountsYearsAndMonthsAndListsThem() {
        Document archive = page("/arsip/");
        assertEquals(List.of("2024", "2023", "2022"), archive.select(".archive-year h2 a").eachText());
        Document may = page("/arsip/2023/05/");
        assertTrue(cardTitles(may).contains("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023"));
        assertEquals("Arsip Mei 2023", may.selectFirst("h1").text());
        int in2022 = (int) java.util.stream.IntStream.range(0, NEWS).filter(i -> LocalDate.of(2022, 1, 5).plusDays(20L * i).getYear() == 2022).count();
        assertEquals(in2022 + " rilis", page("/arsip/2022/").selectFirst(".list-count").text());
        assertTrue(archive.text().contains("Mei 2023"));
    }

    @Test
    void archiveChartsReleasesPerYearWithATable() {
        Element chart = page("/arsip/").selectFirst("figure.chart");
        assertNotNull(chart, "the archive has a chart");
        Element svg = chart.selectFirst("svg[role=img]");
        assertEquals("Jumlah rilis per tahun", svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text().contains("2022–2024"), svg.selectFirst("desc").text());
        assertEquals(List.of("2022", "2023", "2024"), chart.select(".chart__table th[scope=row]").eachText());
        List<Integer> counts = chart.select(".chart__table td").eachText().stream().map(Integer::parseInt).toList();
        assertEquals(LISTED, counts.stream().mapToInt(Integer::intValue).sum(), "every listed release is counted once");
        for (int i = 0; i < counts.size(); i++) {
            String year = String.valueOf(2022 + i);
            assertEquals(counts.get(i) + " rilis", page("/arsip/" + year + "/").selectFirst(".list-count").text());
        }
        List<Element> columns = svg.select("rect.chart__mark");
        assertEquals(3, columns.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(year(i) + ": " + counts.get(i) + " rilis", columns.get(i).selectFirst("title").text());
        }
        int tallest = counts.indexOf(counts.stream().max(Integer::compare).orElseThrow());
        for (Element column : columns) {
            assertTrue(Double.parseDouble(column.attr("height")) <= Double.parseDouble(columns.get(tallest).attr("height")));
        }
    }

    private static String year(int index) {
        return String.valueOf(2022 + index);
    }

    @Test
    void provincePageChartsTheFiguresReportedOverTheYears() {
        Document jambi = page("/wilayah/jambi/");
        List<Element> charts = jambi.select(".figures-over-time figure.chart");
        assertEquals(1, charts.size(), "only a figure reported for two or more years is charted (not Peserta)");
        Element chart = charts.get(0);
        assertEquals("Koperasi aktif", chart.selectFirst("figcaption").text());
        assertEquals(List.of("2019", "2022", "2023"), chart.select(".chart__table th[scope=row]").eachText(),
                "the table lists the years reported");
        assertEquals(List.of("90", "1.250", "2.300,5"), chart.select(".chart__table td").eachText(),
                "the newer release's 2022 value; Indonesian number format");
        assertEquals("Unit", chart.selectFirst(".chart__table thead th.num").text());
        assertEquals(3, chart.select("rect.chart__mark").size());
        assertEquals(List.of("2020: tidak dilaporkan", "2021: tidak dilaporkan"),
                chart.select("line.chart__gap title").eachText(), "years without the figure keep their place");
        assertNotNull(chart.selectFirst(".chart__note"), "the dashed gap is explained");
        assertTrue(page("/arsip/").select("figure.chart .chart__note").isEmpty(), "a count has no gaps: zero is zero");
        assertTrue(chart.selectFirst(".chart__table a").attr("href").startsWith("/berita/2022/"), "each year links its release");
        assertTrue(page("/wilayah/maluku/").select(".figures-over-time").isEmpty(), "no figures, no section");
    }

    @Test
    void provinceTopicAndSpeakerPagesListTheirReleases() {
        Document provinces = page("/wilayah/");
        assertEquals(List.of("Sulawesi Tenggara", "Jambi", "Maluku"), provinces.select(".chart__table a").eachText(),
                "every province with releases, most first, in the table beside the chart");
        assertEquals(List.of("7", "6", "6"), provinces.select(".chart__table td").eachText());
        assertEquals(List.of("/wilayah/sulawesi-tenggara/", "/wilayah/jambi/", "/wilayah/maluku/"),
                provinces.select(".chart__table a").eachAttr("href"));
        Document jambi = page("/wilayah/jambi/");
        assertTrue(cardTitles(jambi).stream().allMatch(t -> t.startsWith("Rilis uji nomor")), cardTitles(jambi).toString());
        assertEquals(6, cardTitles(jambi).size(), "every fourth of 23 news releases");
        assertEquals(List.of("/feed.xml", "/wilayah/jambi/feed.xml"), jambi.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        assertEquals(12, Integer.parseInt(page("/topik/pelatihan/").selectFirst(".list-count").text().split(" ")[0]));
        assertEquals(8, cardTitles(page("/narasumber/h-m-dianto/")).size());
        assertTrue(page("/narasumber/").select(".term-list a").eachText().contains("H.M. Dianto"));
    }

    @Test
    void draftsAndEmbargoedReleasesAreWrittenNowhere() throws IOException {
        assertFalse(Files.exists(site.out("/berita/2023/konsep/index.html")));
        assertFalse(Files.exists(site.out("/berita/2099/embargo/index.html")));
        assertFalse(Files.exists(site.out("/topik/rahasia/index.html")));
        assertFalse(Files.exists(site.out("/arsip/2099/index.html")));
        for (String text : allOutputText()) {
            assertFalse(text.contains("Konsep rahasia"), "a draft's title in the output");
            assertFalse(text.contains("Rilis berembargo"), "an embargoed release's title in the output");
        }
    }

    @Test
    void withdrawnReleaseStaysOnlineButLeavesListsAndFeeds() throws IOException {
        Document p = page("/berita/2023/ditarik/");
        assertTrue(p.selectFirst(".notice--withdrawn").text().contains("Ditarik karena data peserta keliru"));
        for (String list : List.of("/berita/halaman/2/", "/arsip/2023/08/", "/wilayah/jambi/", "/topik/koperasi/halaman/2/")) {
            if (Files.exists(site.out(list + "index.html"))) assertFalse(cardTitles(page(list)).contains("Rilis yang ditarik kembali"), list);
        }
        assertFalse(Files.exists(site.out("/arsip/2023/08/index.html")), "no listed release in August 2023");
        try (Stream<Path> files = Files.walk(site.output)) {
            for (Path feed : files.filter(f -> f.getFileName().toString().equals("feed.xml")).toList()) {
                assertFalse(Files.readString(feed).contains("Rilis yang ditarik kembali"), feed.toString());
            }
        }
        assertTrue(Files.readString(site.out("sitemap.xml")).contains("/berita/2023/ditarik/"), "still a public page");
    }

    @Test
    void withdrawnReleaseLinksOnlyTermsThatHaveAPage() {
        Document p = page("/berita/2023/ditarik/");
        assertEquals(List.of("/topik/koperasi/"), p.select(".topics a").eachAttr("href"));
        assertTrue(p.selectFirst(".topics").text().contains("hanya di rilis ditarik"), "named, as plain text");
        assertTrue(p.select(".speakers a").isEmpty(), "no page lists the speaker of a withdrawn release alone");
        assertTrue(p.selectFirst(".speakers").text().contains("Narasumber Tunggal"));
        assertEquals("/wilayah/jambi/", p.selectFirst(".release__kicker a[href^=/wilayah/]").attr("href"));
        assertFalse(Files.exists(site.out("/topik/hanya-di-rilis-ditarik/index.html")));
        assertEquals(List.of(), new org.warta.publish.LinkCheck(site.output, "http://localhost:8820").problems(),
                "every link of the baked fixture resolves");
    }

    @Test
    void feedsHoldTheTwentyNewestWithRfc3339Dates() {
        Document feed = xml("/feed.xml");
        assertEquals(20, feed.select("entry").size());
        assertEquals("Pengumuman seleksi pendamping", feed.selectFirst("entry > title").text());
        assertEquals("2024-03-02T00:00:00+07:00", feed.selectFirst("entry > published").text());
        assertEquals("http://localhost:8820/pengumuman/2024/seleksi/", feed.selectFirst("entry > id").text());
        assertEquals(6, xml("/wilayah/jambi/feed.xml").select("entry").size());
        assertEquals(1, xml("/topik/sinkronisasi-program/feed.xml").select("entry").size());
        assertTrue(Files.exists(site.out("/berita/feed.xml")));
    }

    @Test
    void sitemapListsEveryPublicPageAndNotTheRest() throws IOException {
        List<String> locs = xml("/sitemap.xml").select("loc").eachText();
        assertTrue(locs.contains("http://localhost:8820/"));
        assertTrue(locs.contains("http://localhost:8820/berita/2023/rakorda-sultra-2023/"));
        assertTrue(locs.contains("http://localhost:8820/narasumber/h-m-dianto/"));
        assertTrue(locs.contains("http://localhost:8820/cari/"));
        assertFalse(locs.stream().anyMatch(l -> l.contains("404")));
        assertEquals(locs.size(), locs.stream().distinct().count(), "no page twice");
        try (Stream<Path> files = Files.walk(site.output)) {
            long pages = files.filter(f -> f.getFileName().toString().equals("index.html")).count();
            assertEquals(pages, locs.size(), "every index.html written is in the sitemap");
        }
    }

    @Test
    void searchAndNotFoundPagesExist() {
        Document search = page("/cari/");
        assertNotNull(search.selectFirst("form[role=search][action=/cari/] input[name=q]"));
        assertNotNull(search.selectFirst("a[href=/arsip/]"));
        assertEquals("Halaman tidak ditemukan", page("/404.html").selectFirst("h1").text());
    }

    @Test
    void anOldAddressLeadsToItsReleaseAndIsListedNowhere() throws IOException {
        Document alias = page("/lama/rakorda.html");
        String permalink = "/berita/2023/rakorda-sultra-2023/";
        assertEquals("0; url=" + permalink, alias.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("http://localhost:8820" + permalink, alias.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", alias.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(permalink, alias.selectFirst("main a").attr("href"));
        assertFalse(xml("/sitemap.xml").select("loc").eachText().stream().anyMatch(l -> l.contains("/lama/")));
        try (Stream<Path> files = Files.walk(site.output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                if (file.endsWith("rakorda.html")) continue;
                assertFalse(Files.readString(file).contains("/lama/rakorda.html"), "no list links the old address: " + file);
            }
        }
    }

    @Test
    void accessibilityStatementRobotsAndManifestArePublished() throws IOException {
        Document statement = page("/aksesibilitas/");
        assertEquals("Pernyataan aksesibilitas", statement.selectFirst("h1").text());
        assertNotNull(statement.selectFirst("a[href^=mailto:]"), "how to report a problem");
        assertNotNull(page("/").selectFirst("footer a[href=/aksesibilitas/]"));
        assertNotNull(page("/").selectFirst("link[rel=manifest][href=/manifest.webmanifest]"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: http://localhost:8820/sitemap.xml\n",
                Files.readString(site.out("/robots.txt")));
        String manifest = Files.readString(site.out("/manifest.webmanifest"));
        assertTrue(manifest.contains("\"start_url\": \"/\""), manifest);
        assertTrue(manifest.contains("\"lang\": \"id-ID\""), manifest);
        assertTrue(xml("/sitemap.xml").select("loc").eachText().contains("http://localhost:8820/aksesibilitas/"));
    }

    @Test
    void theManifestsIconsExistInTheSizesItNames() throws IOException {
        JsonNode icons = new ObjectMapper().readTree(Files.readString(site.out("/manifest.webmanifest"))).get("icons");
        List<String> sizes = new ArrayList<>();
        for (JsonNode icon : icons) {
            Path file = site.out(icon.get("src").asText());
            assertTrue(Files.isRegularFile(file), icon.toString());
            if (!icon.get("type").asText().equals("image/png")) continue;
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(icon.get("sizes").asText(), image.getWidth() + "x" + image.getHeight(), icon.toString());
            sizes.add(icon.get("sizes").asText());
        }
        assertTrue(sizes.containsAll(List.of("192x192", "512x512")), "the PNG sizes installers ask for: " + sizes);
        String touch = page("/").selectFirst("link[rel=apple-touch-icon]").attr("href");
        assertEquals(180, ImageIO.read(site.out(touch).toFile()).getWidth());
    }
}
