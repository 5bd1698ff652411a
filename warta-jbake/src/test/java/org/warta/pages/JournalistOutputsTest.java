package org.warta.pages;

import org.warta.jbake.FixtureProject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What journalists and other systems take from the site, read by the tools they would use: feeds by ROME,
 * calendars by ical4j, the JSON export against its JSON Schema, the CSV by commons-csv; and the permanent record
 * (withdrawn releases, corrections, "Diperbarui") and the press kit on the pages.
 */
class JournalistOutputsTest {
    private static final String HOST = "http://localhost:8820";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Published releases: 22 plain ones in Jambi, the full one, 5 with meetings, the tricky one. */
    private static final int PLAIN = 22;
    private static final int LISTED = PLAIN + 1 + 5 + 1;

    @TempDir
    static Path dir;
    static FixtureProject site;
    static List<Throwable> errors;

    @BeforeAll
    static void bake() throws Exception {
        site = new FixtureProject(dir);
        for (int i = 0; i < PLAIN; i++) {
            site.write(String.format("berita/2022/biasa-%02d.md", i), FixtureProject.release(String.format("Rilis biasa nomor %02d", i),
                    String.format("2022-%02d-%02d", 1 + i % 12, 1 + i), "province: Jambi\ntopics: [koperasi]\n", "Isi rilis biasa " + i + "."));
        }
        site.writeFullRelease();
        site.write("berita/2024/rapat-wib.md", FixtureProject.release("Rapat koordinasi di Jambi waktu WIB", "2024-02-12",
                "province: Jambi\nregency: Kota Jambi\nnumber: 017/HUMAS/DKUKM/II/2024\ntopics: [perencanaan]\nevent:\n  name: Rapat Koordinasi Jambi\n"
                        + "  start: 2024-02-10T09:00:00+07:00\n  end: 2024-02-10T15:00:00+07:00\n  venue: Aula Dinas Koperasi Jambi\n",
                "Isi."));
        site.write("berita/2024/rapat-wit.md", FixtureProject.release("Rapat koordinasi di Langgur waktu WIT", "2024-03-06",
                "province: Maluku\nevent:\n  start: 2024-03-05T08:30:00+09:00\n  venue: Aula Kantor Bupati Maluku Tenggara\n", "Isi."));
        site.write("berita/2024/pelatihan-sehari-penuh.md", FixtureProject.release("Pelatihan tiga hari di Banda Aceh", "2024-04-04",
                "province: Aceh\nevent:\n  name: Pelatihan Pengurus Koperasi\n  start: 2024-04-01\n  end: 2024-04-03\n  venue: Balai Latihan Koperasi\n",
                "Isi."));
        site.write("berita/2024/rapat-utc.md", FixtureProject.release("Rapat daring dengan mitra luar negeri", "2024-05-02",
                "event:\n  start: 2024-05-01T10:00:00Z\n  venue: Ruang rapat daring\n", "Isi."));
        site.write("pengumuman/2024/undangan-masa-depan.md", FixtureProject.release("Undangan rapat koordinasi nasional mendatang", "2024-06-01",
                "event:\n  name: Rapat Koordinasi Nasional Mendatang\n  start: 2099-09-01\n  venue: Gedung Smesco Jakarta\n", "Isi."));
        site.write("berita/2024/tanda-baca.md", "---\ntitle: \"Rapat \\\"khusus\\\", koperasi; tahap 2\"\ndate: 2024-07-01\n"
                + "summary: \"Ringkasan dengan koma, titik koma; dan \\\"kutip\\\" agar ekspor CSV diuji dengan tanda baca.\"\n---\n"
                + "Paragraf satu, dengan koma.\n\nParagraf dua\nbaris kedua.\n\n- butir satu\n- butir dua\n");
        site.write("berita/2023/ditarik.md", FixtureProject.release("Rilis yang ditarik kembali", "2023-08-01",
                "status: withdrawn\nprovince: Jambi\ntopics: [koperasi]\nevent:\n  start: 2023-07-30\n  venue: Aula Ditarik\n"
                        + "changes:\n  - {date: 2023-08-02, note: Judul diperbaiki.}\n  - {date: 2023-08-05, note: Ditarik karena data peserta keliru.}\n",
                "Isi."));
        site.write("berita/2023/konsep.md", FixtureProject.release("Konsep rahasia belum terbit", "2023-07-01",
                "status: draft\nprovince: Jambi\nevent:\n  start: 2023-07-01\n  venue: Ruang Rahasia\n", "Draf."));
        site.write("berita/2099/embargo.md", FixtureProject.release("Rilis berembargo masa depan", "2099-01-01",
                "province: Jambi\nevent:\n  start: 2099-01-01\n  venue: Ruang Embargo\n", "Belum."));
        errors = site.bake();
    }

    /** The release number wherever a journalist takes a release from: page, citation, plain text, JSON and CSV. */
    @Test
    void theReleaseNumberIsOnThePageInTheCitationTheTextAndTheData() throws Exception {
        Document page = page("/berita/2024/rapat-wib/");
        assertEquals("Nomor siaran pers: 017/HUMAS/DKUKM/II/2024", page.selectFirst(".release__number").text());
        assertTrue(page.getElementById("kutipan").text().contains("Siaran pers nomor 017/HUMAS/DKUKM/II/2024, 12 Feb 2024")
                || page.getElementById("kutipan").text().contains("Siaran pers nomor 017/HUMAS/DKUKM/II/2024, 12 Februari 2024"),
                page.getElementById("kutipan").text());
        assertTrue(text("/berita/2024/rapat-wib/index.txt").contains("\nNomor siaran pers: 017/HUMAS/DKUKM/II/2024\n"));
        JsonNode releases = JSON.readTree(text("/api/rilis.json")).get("releases");
        List<String> numbers = new java.util.ArrayList<>();
        releases.forEach(r -> numbers.add(r.get("number").isNull() ? null : r.get("number").asText()));
        // the release with every field has one too; every other release none
        assertEquals(List.of("017/HUMAS/DKUKM/II/2024", "045/HUMAS/DKSULTRA/V/2023"),
                numbers.stream().filter(java.util.Objects::nonNull).sorted().toList(), numbers.toString());
        String csv = text("/api/rilis.csv");
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",text,number"), "the number is the last column: " + header);
        assertFalse(page("/berita/2024/rapat-utc/").select(".release__number").size() > 0, "a release without one shows none");
        Feed feed = (Feed) new WireFeedInput(false, java.util.Locale.ROOT).build(new InputSource(new StringReader(text("/wilayah/jambi/feed.xml"))));
        com.rometools.rome.feed.atom.Entry entry = feed.getEntries().stream()
                .filter(e -> e.getAlternateLinks().get(0).getHref().equals(HOST + "/berita/2024/rapat-wib/")).findFirst().orElseThrow();
        assertTrue(entry.getContents().get(0).getValue().startsWith("<p><strong>Nomor siaran pers:</strong> 017/HUMAS/DKUKM/II/2024</p>"),
                "feeds carry it too: " + entry.getContents().get(0).getValue());
    }

    /**
     * An official release ends with the paragraph about the office (site.about) on its page and in its plain text,
     * and can be shared with plain links made at bake time: nothing loaded from another site.
     */
    @Test
    void aReleaseEndsWithTheOfficeAndIsSharedWithPlainLinks() throws Exception {
        Document page = page("/berita/2024/rapat-wib/");
        Element about = page.selectFirst("section.about");
        assertNotNull(about);
        assertTrue(about.selectFirst("h2").text().startsWith("Tentang Dinas Koperasi"), about.text());
        assertTrue(about.selectFirst("p").text().contains("membina koperasi dan usaha mikro, kecil dan menengah"), about.text());
        assertTrue(text("/berita/2024/rapat-wib/index.txt").contains("\nTentang Dinas Koperasi dan Usaha Kecil Menengah\nDinas Koperasi"));
        String url = HOST + "/berita/2024/rapat-wib/";
        String title = page.selectFirst("h1").text();
        Map<String, String> share = new java.util.LinkedHashMap<>();
        page.select("section.share a").forEach(a -> share.put(a.text(), a.attr("href")));
        assertEquals(List.of("WhatsApp", "Telegram", "Surel"), List.copyOf(share.keySet()));
        assertEquals("https://wa.me/?text=" + encode(title + " " + url), share.get("WhatsApp"));
        assertEquals("https://t.me/share/url?url=" + encode(url) + "&text=" + encode(title), share.get("Telegram"));
        assertTrue(share.get("Surel").startsWith("mailto:?subject=" + encode(title) + "&body="), share.get("Surel"));
        assertTrue(java.net.URLDecoder.decode(share.get("Surel").replace("+", "%2B"), StandardCharsets.UTF_8).endsWith("\n\n" + url));
        assertEquals(url, page.selectFirst(".share__native button").attr("data-share-url"));
        for (Element script : page.select("script[src], link[href], img[src]")) {
            String address = script.hasAttr("src") ? script.attr("src") : script.attr("href");
            assertFalse(address.startsWith("http") && !address.startsWith(HOST), "nothing loaded from elsewhere: " + address);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] resource(String name) throws Exception {
        return Files.readAllBytes(Path.of(JournalistOutputsTest.class.getResource(name).toURI()));
    }

    private static String text(String path) {
        try {
            return Files.readString(site.out(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String path) {
        return Jsoup.parse(text(path.endsWith("/") ? path + "index.html" : path), HOST + path);
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(site.output)) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String sitePath(Path file) {
        return "/" + site.output.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void bakesWithoutErrors() {
        assertEquals(List.of(), errors);
    }

    // ---- Feeds -----------------------------------------------------------------------------------------------

    @Test
    void everyFeedIsAtomThatRomeReadsWithEveryRequiredElement() throws Exception {
        List<Path> feeds = files("feed.xml");
        Set<String> expected = Set.of("/feed.xml", "/berita/feed.xml", "/pengumuman/feed.xml", "/publikasi/feed.xml",
                "/wilayah/jambi/feed.xml", "/wilayah/maluku/feed.xml", "/wilayah/aceh/feed.xml", "/wilayah/sulawesi-tenggara/feed.xml",
                "/topik/koperasi/feed.xml", "/topik/perencanaan/feed.xml", "/topik/sinkronisasi-program/feed.xml",
                "/narasumber/dra-hj-yuni-nurmalawati-m-si/feed.xml", "/narasumber/la-ode-muhamad-shalihin/feed.xml");
        Set<String> found = new HashSet<>();
        for (Path file : feeds) {
            String path = sitePath(file);
            found.add(path);
            Feed feed = (Feed) new WireFeedInput(false, java.util.Locale.ROOT).build(new InputSource(new StringReader(Files.readString(file))));
            assertEquals("atom_1.0", feed.getFeedType(), path);
            assertEquals(HOST + path, feed.getId(), path + ": id");
            assertNotNull(feed.getUpdated(), path + ": updated");
            assertFalse(feed.getTitleEx().getValue().isBlank(), path + ": title");
            assertEquals("Dinas Koperasi dan Usaha Kecil Menengah", feed.getAuthors().get(0).getName(), path + ": author");
            assertTrue(feed.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self") && l.getHref().equals(HOST + path)), path + ": self link");
            assertEquals(1, feed.getAlternateLinks().size(), path + ": alternate link");
            assertTrue(feed.getEntries().size() <= 20, path + ": at most 20 entries");
            // a section without releases (publikasi, here) keeps its feed, empty, so that subscriptions never break
            assertEquals(path.equals("/publikasi/feed.xml"), feed.getEntries().isEmpty(), path + ": entries");
            for (Entry entry : feed.getEntries()) {
                String where = path + " " + entry.getId();
                assertTrue(entry.getId().matches("http://localhost:8820/(berita|pengumuman|publikasi)/\\d{4}/[a-z0-9-]+/"), where + ": id is the permalink");
                assertEquals(entry.getId(), ((Link) entry.getAlternateLinks().get(0)).getHref(), where);
                assertNotNull(entry.getPublished(), where + ": published");
                assertNotNull(entry.getUpdated(), where + ": updated");
                assertFalse(entry.getSummary().getValue().isBlank(), where + ": summary");
                assertEquals("html", entry.getContents().get(0).getType(), where + ": content");
                assertFalse(entry.getContents().get(0).getValue().isBlank(), where + ": content");
                assertEquals("Dinas Koperasi dan Usaha Kecil Menengah", entry.getAuthors().get(0).getName(), where + ": author");
                assertFalse(entry.getId().contains("ditarik") || entry.getId().contains("konsep") || entry.getId().contains("embargo"), where);
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void aProvinceFeedHoldsTheTwentyNewestOfThatProvinceWithCategories() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(text("/wilayah/jambi/feed.xml"))));
        assertEquals(20, feed.getEntries().size(), "22 plain + 1 with a meeting in Jambi, 20 shown");
        Entry newest = feed.getEntries().get(0);
        assertEquals(HOST + "/berita/2024/rapat-wib/", newest.getId());
        assertEquals(List.of("perencanaan", "Jambi"), newest.getCategories().stream().map(c -> ((Category) c).getTerm()).toList());
        assertEquals(OffsetDateTime.parse("2024-02-12T00:00:00+07:00").toInstant(), newest.getPublished().toInstant());
    }

    @Test
    void theUpdatedDateOfAnEntryIsItsLastChange() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(text("/wilayah/sulawesi-tenggara/feed.xml"))));
        Entry entry = feed.getEntries().get(0);
        assertEquals(OffsetDateTime.parse("2023-05-27T10:00:00+08:00").toInstant(), entry.getUpdated().toInstant());
    }

    @Test
    void everyHtmlPageLinksTheSiteFeedAndListsTheirOwn() throws IOException {
        int pages = 0;
        for (Path file : files(".html")) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            if (page.selectFirst("meta[http-equiv=refresh]") != null) continue; // a page at an old address
            pages++;
            List<String> feeds = page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href");
            assertEquals("/feed.xml", feeds.get(0), sitePath(file));
            for (String feed : feeds) assertTrue(Files.isRegularFile(site.out(feed)), sitePath(file) + " links " + feed);
        }
        assertTrue(pages > 50, "pages read: " + pages);
        assertEquals(List.of("/feed.xml", "/topik/koperasi/feed.xml"),
                page("/topik/koperasi/").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        Document speaker = page("/narasumber/la-ode-muhamad-shalihin/");
        assertEquals(List.of("/feed.xml", "/narasumber/la-ode-muhamad-shalihin/feed.xml"),
                speaker.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"), "a speaker's page links its own feed");
        assertEquals("/narasumber/la-ode-muhamad-shalihin/feed.xml", speaker.selectFirst(".feed-link a").attr("href"),
                "and shows the link to readers");
    }

    // ---- Data --------------------------------------------------------------------------------------------------

    @Test
    void theJsonExportIsValidAgainstItsPublishedSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text("/api/rilis.schema.json"));
        JsonNode data = JSON.readTree(text("/api/rilis.json"));
        Set<ValidationMessage> problems = schema.validate(data);
        assertEquals(Set.of(), problems);
        assertEquals(LISTED + 1, data.get("count").asInt(), "published and withdrawn");
        assertEquals(LISTED + 1, data.get("releases").size());
        assertEquals(HOST + "/api/rilis.schema.json", data.get("schema").asText());
    }

    @Test
    void theSchemaCatchesWhatItShould() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text("/api/rilis.schema.json"));
        JsonNode data = JSON.readTree(text("/api/rilis.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get("releases").get(0)).remove("title");
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get("releases").get(1)).put("status", "draft");
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get("releases").get(2)).put("extra", 1);
        assertEquals(3, schema.validate(data).size(), schema.validate(data).toString());
    }

    @Test
    void theJsonExportHoldsEveryFieldInAStableOrder() throws Exception {
        JsonNode releases = JSON.readTree(text("/api/rilis.json")).get("releases");
        List<String> keys = new ArrayList<>();
        releases.get(0).fieldNames().forEachRemaining(keys::add);
        for (JsonNode release : releases) {
            List<String> these = new ArrayList<>();
            release.fieldNames().forEachRemaining(these::add);
            assertEquals(keys, these, "every release has the same keys in the same order");
        }
        assertEquals(List.of("url", "path", "section", "slug", "status", "title", "date", "updated", "summary", "province", "regency",
                "event", "speakers", "topics", "figures", "image", "attachments", "source", "contact", "changes", "aliases", "number", "formats", "text"), keys);
        JsonNode full = find(releases, "/berita/2023/rakorda-sultra-2023/");
        assertEquals("2023-05-27T10:00:00+08:00", full.get("updated").asText());
        assertEquals("2023-05-24T19:30:00+08:00", full.get("event").get("start").asText());
        assertEquals("Hotel Claro Kendari", full.get("event").get("venue").asText());
        assertEquals(34, full.get("event").get("participants").asInt());
        assertEquals("La Ode Muhamad Shalihin", full.get("speakers").get(1).get("name").asText());
        assertEquals(85.3, full.get("figures").get(1).get("value").asDouble());
        // the cleaned original the photo stage made, never the file as written
        assertTrue(full.get("image").get("url").asText().matches(HOST + "/foto/[0-9a-f]{20}/foto\\.png"), full.get("image").toString());
        assertEquals("Humas Diskop Sultra", full.get("image").get("credit").asText());
        assertEquals(HOST + "/berita/2023/bahan.pdf", full.get("attachments").get(0).get("url").asText());
        assertEquals("Humas", full.get("contact").get("name").asText());
        assertEquals("/lama/rakorda.html", full.get("aliases").get(0).asText());
        assertEquals(HOST + "/berita/2023/rakorda-sultra-2023/acara.ics", full.get("formats").get("ics").asText());
        assertEquals("Paragraf pertama.", full.get("text").asText());
        JsonNode plain = find(releases, "/berita/2022/biasa-00/");
        assertTrue(plain.get("event").isNull() && plain.get("updated").isNull() && plain.get("formats").get("ics").isNull());
        assertEquals("Humas Dinas Koperasi dan UKM", plain.get("contact").get("name").asText(), "the site's contact by default");
        JsonNode withdrawn = find(releases, "/berita/2023/ditarik/");
        assertEquals("withdrawn", withdrawn.get("status").asText());
        assertEquals("2023-08-05", withdrawn.get("changes").get(0).get("date").asText(), "newest correction first");
    }

    private static JsonNode find(JsonNode releases, String path) {
        for (JsonNode release : releases) if (release.get("path").asText().equals(path)) return release;
        throw new AssertionError("no release " + path);
    }

    @Test
    void theCsvOpensInASpreadsheetAsTheJsonSays() throws Exception {
        byte[] bytes = Files.readAllBytes(site.out("/api/rilis.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte-order mark");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))) {
            assertEquals(DataExports.csvHeader(), parser.getHeaderNames());
            rows = parser.getRecords();
        }
        JsonNode releases = JSON.readTree(text("/api/rilis.json")).get("releases");
        assertEquals(releases.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode release = releases.get(i);
            assertEquals(release.get("url").asText(), row.get("url"));
            assertEquals(release.get("title").asText(), row.get("title"));
            assertEquals(release.get("summary").asText(), row.get("summary"));
            assertEquals(release.get("text").asText().replace("\n", "\r\n"), row.get("text"));
            assertEquals(row.size(), DataExports.csvHeader().size(), "every row as wide as the header");
        }
        CSVRecord tricky = rows.stream().filter(r -> r.get("url").endsWith("/tanda-baca/")).findFirst().orElseThrow();
        assertEquals("Rapat \"khusus\", koperasi; tahap 2", tricky.get("title"));
        assertEquals("Paragraf satu, dengan koma.\r\n\r\nParagraf dua baris kedua.\r\n\r\n- butir satu\r\n\r\n- butir dua", tricky.get("text"));
        CSVRecord full = rows.stream().filter(r -> r.get("url").endsWith("/rakorda-sultra-2023/")).findFirst().orElseThrow();
        assertEquals("Dra. Hj. Yuni Nurmalawati, M.Si. (Plh. Sekretaris Daerah Provinsi Sulawesi Tenggara); "
                + "La Ode Muhamad Shalihin (Kepala Dinas Koperasi dan UMKM, Pemerintah Provinsi Sulawesi Tenggara)", full.get("speakers"));
        assertEquals("Koperasi aktif: 2300 (2021); Persentase koperasi aktif: 85.3 persen", full.get("figures"));
        assertEquals("perencanaan; sinkronisasi program", full.get("topics"));
    }

    @Test
    void eachReleaseIsAlsoPlainTextAndItsMarkdownSource() throws Exception {
        String txt = text("/berita/2023/rakorda-sultra-2023/index.txt");
        assertTrue(txt.startsWith("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023\n\n"), txt);
        assertTrue(txt.contains("Terbit: Kamis, 25 Mei 2023\n"), txt);
        assertTrue(txt.contains("Diperbarui: Sabtu, 27 Mei 2023, pukul 10.00 WITA\n"), txt);
        assertTrue(txt.contains("Waktu: Rabu, 24 Mei 2023, pukul 19.30 WITA sampai Jumat, 26 Mei 2023\n"), txt);
        assertTrue(txt.contains("Tempat: Hotel Claro Kendari\n"), txt);
        assertTrue(txt.contains("- La Ode Muhamad Shalihin, Kepala Dinas Koperasi dan UMKM, Pemerintah Provinsi Sulawesi Tenggara\n"), txt);
        assertTrue(txt.contains("\nParagraf pertama.\n"), txt);
        assertTrue(txt.contains("Sumber: Humas Diskop Sultra, https://example.org/rakorda\n"), txt);
        assertTrue(txt.endsWith("Tautan tetap: " + HOST + "/berita/2023/rakorda-sultra-2023/\n"), txt);
        assertFalse(txt.contains("<"), "no markup");
        assertTrue(text("/berita/2023/ditarik/index.txt").contains("RILIS INI TELAH DITARIK. 5 Agustus 2023: Ditarik karena data peserta keliru."));
        assertEquals(new String(resource("/content/berita/2023/lengkap.md"), StandardCharsets.UTF_8), text("/berita/2023/rakorda-sultra-2023/index.md"));
        Document release = page("/berita/2023/rakorda-sultra-2023/");
        assertNotNull(release.selectFirst(".press a[href=/berita/2023/rakorda-sultra-2023/index.txt]"));
        assertNotNull(release.selectFirst(".press a[href=/berita/2023/rakorda-sultra-2023/index.md]"));
    }

    // ---- Meetings ----------------------------------------------------------------------------------------------

    private static Calendar calendar(String path) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text(path)));
        calendar.validate();
        return calendar;
    }

    private static VEvent event(Calendar calendar, String permalink) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().filter(e -> e.getUrl().getValue().equals(HOST + permalink)).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + permalink));
    }

    @Test
    void theAgendaCalendarHoldsEveryListedMeetingAtItsTrueTime() throws Exception {
        Calendar agenda = calendar("/agenda.ics");
        List<VEvent> events = agenda.getComponents(Component.VEVENT);
        assertEquals(6, events.size(), "the full release and 5 others; not the withdrawn, draft or embargoed ones");
        assertEquals(events.size(), events.stream().map(e -> e.getUid().getValue()).distinct().count(), "unique UIDs");
        Map<String, String> starts = Map.of(
                "/berita/2024/rapat-wib/", "2024-02-10T09:00:00+07:00",
                "/berita/2023/rakorda-sultra-2023/", "2023-05-24T19:30:00+08:00",
                "/berita/2024/rapat-wit/", "2024-03-05T08:30:00+09:00",
                "/berita/2024/rapat-utc/", "2024-05-01T10:00:00Z");
        for (Map.Entry<String, String> start : starts.entrySet()) {
            VEvent event = event(agenda, start.getKey());
            assertTrue(event.getStartDate().getDate() instanceof DateTime, start.getKey());
            assertEquals(OffsetDateTime.parse(start.getValue()).toInstant().toEpochMilli(), event.getStartDate().getDate().getTime(), start.getKey());
        }
        assertEquals(OffsetDateTime.parse("2024-02-10T15:00:00+07:00").toInstant().toEpochMilli(),
                event(agenda, "/berita/2024/rapat-wib/").getEndDate().getDate().getTime());
        VEvent allDay = event(agenda, "/berita/2024/pelatihan-sehari-penuh/");
        assertEquals("20240401", allDay.getStartDate().getValue());
        assertFalse(allDay.getStartDate().getDate() instanceof DateTime, "all-day");
        assertEquals("20240404", allDay.getEndDate().getValue(), "the day after the last day");
        assertEquals("berita-2024-pelatihan-sehari-penuh@localhost", allDay.getUid().getValue());
        assertEquals("Balai Latihan Koperasi, Aceh", allDay.getLocation().getValue());
        assertEquals("Pelatihan Pengurus Koperasi", allDay.getSummary().getValue());
        assertTrue(text("/agenda.ics").contains("TZID:Asia/Jakarta\r\n") && text("/agenda.ics").contains("TZID:Asia/Jayapura\r\n"));
    }

    @Test
    void eachMeetingHasItsOwnCalendarFileWithTheSameUid() throws Exception {
        Calendar agenda = calendar("/agenda.ics");
        for (String permalink : List.of("/berita/2024/rapat-wib/", "/berita/2023/rakorda-sultra-2023/", "/berita/2023/ditarik/")) {
            Calendar own = calendar(permalink + "acara.ics");
            List<VEvent> events = own.getComponents(Component.VEVENT);
            assertEquals(1, events.size());
            if (!permalink.contains("ditarik")) assertEquals(event(agenda, permalink).getUid().getValue(), events.get(0).getUid().getValue());
            assertNotNull(page(permalink).selectFirst("a[href=" + permalink + "acara.ics]"), permalink + " links its calendar");
        }
        assertFalse(Files.exists(site.out("/berita/2022/biasa-00/acara.ics")), "no meeting, no calendar");
        assertNull(page("/berita/2022/biasa-00/").selectFirst(".press a[href$=.ics]"));
    }

    @Test
    void theAgendaPageSplitsComingAndPastMeetings() {
        Document agenda = page("/agenda/");
        assertEquals(List.of("Rapat Koordinasi Nasional Mendatang"), agenda.select("#akan-datang ~ .meetings .meeting__name").eachText());
        List<String> past = agenda.select("#telah-berlangsung ~ .meetings .meeting__name").eachText();
        assertEquals(List.of("Rapat daring dengan mitra luar negeri", "Pelatihan Pengurus Koperasi", "Rapat koordinasi di Langgur waktu WIT",
                "Rapat Koordinasi Jambi", "Rapat Koordinasi Daerah Perencanaan Pusat dan Daerah"), past, "latest first");
        Element wita = agenda.select(".meeting").stream().filter(m -> m.text().contains("Claro")).findFirst().orElseThrow();
        assertEquals("2023-05-24T19:30:00+08:00", wita.selectFirst("time").attr("datetime"));
        assertTrue(wita.text().contains("Rabu, 24 Mei 2023, pukul 19.30 WITA sampai Jumat, 26 Mei 2023"), wita.text());
        assertTrue(wita.text().contains("Hotel Claro Kendari, Kota Kendari · Sulawesi Tenggara"), wita.text());
        assertNotNull(wita.selectFirst("a[href=/berita/2023/rakorda-sultra-2023/acara.ics]"));
        assertNotNull(agenda.selectFirst("a[href=/agenda.ics]"));
        assertNotNull(agenda.selectFirst(".site-nav a[href=/agenda/][aria-current=page]"));
        Element sameDay = agenda.select(".meeting").stream().filter(m -> m.text().contains("Rapat Koordinasi Jambi")).findFirst().orElseThrow();
        assertEquals("Sabtu, 10 Februari 2024, pukul 09.00 WIB sampai pukul 15.00 WIB", sameDay.selectFirst(".meeting__when").text());
        assertEquals(List.of("2024-02-10T09:00:00+07:00", "2024-02-10T15:00:00+07:00"), sameDay.select("time").eachAttr("datetime"));
    }

    // ---- Structured data and sharing ---------------------------------------------------------------------------

    @Test
    void aReleaseWithAMeetingDescribesANewsArticleAndAnEventAtAPlace() throws Exception {
        Document release = page("/berita/2023/rakorda-sultra-2023/");
        JsonNode graph = JSON.readTree(release.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        JsonNode article = graph.get(0);
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", article.get("headline").asText());
        assertEquals("2023-05-25T00:00:00+07:00", article.get("datePublished").asText());
        assertEquals("2023-05-27T10:00:00+08:00", article.get("dateModified").asText());
        assertTrue(article.get("image").get("url").asText().matches(HOST + "/foto/[0-9a-f]{20}/foto\\.png"), article.get("image").toString());
        assertEquals("Dinas Koperasi dan Usaha Kecil Menengah", article.get("publisher").get("name").asText());
        JsonNode event = graph.get(1);
        assertEquals("Event", event.get("@type").asText());
        assertEquals("2023-05-24T19:30:00+08:00", event.get("startDate").asText());
        assertEquals("2023-05-26", event.get("endDate").asText());
        assertEquals("Place", event.get("location").get("@type").asText());
        assertEquals("Hotel Claro Kendari", event.get("location").get("name").asText());
        assertEquals("Sulawesi Tenggara", event.get("location").get("address").get("addressRegion").asText());
        assertEquals("Kota Kendari", event.get("location").get("address").get("addressLocality").asText());
        // Written in a fixed order (a Map.of here once changed the bytes of every release page between JVMs).
        assertTrue(release.selectFirst("script[type=application/ld+json]").data()
                .contains("\"organizer\":{\"@type\":\"Organization\",\"name\":"), "organizer's keys in order");
        JsonNode plain = JSON.readTree(page("/berita/2022/biasa-00/").selectFirst("script[type=application/ld+json]").data()).get("@graph");
        assertEquals(1, plain.size(), "no meeting, no Event");
    }

    @Test
    void sharingCardsShowTheImageWhenThereIsOne() {
        Document release = page("/berita/2023/rakorda-sultra-2023/");
        // the link card: a 1200 × 630 JPEG made of the photo
        assertTrue(release.selectFirst("meta[property=og:image]").attr("content").matches(HOST + "/foto/[0-9a-f]{20}/foto-kartu\\.jpg"),
                release.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("Peserta rakorda di ruang pertemuan", release.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("summary_large_image", release.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals("article", release.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("2023-05-25T00:00:00+07:00", release.selectFirst("meta[property=article:published_time]").attr("content"));
        assertEquals(HOST + "/berita/2023/rakorda-sultra-2023/", release.selectFirst("link[rel=canonical]").attr("href"));
        Document plain = page("/berita/2022/biasa-00/");
        assertNull(plain.selectFirst("meta[property=og:image]"));
        assertEquals("summary", plain.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    // ---- Permanent record ----------------------------------------------------------------------------------

    @Test
    void aWithdrawnReleaseKeepsItsAddressAndSaysWhyAndWhen() throws IOException {
        Document withdrawn = page("/berita/2023/ditarik/");
        Element notice = withdrawn.selectFirst(".notice--withdrawn");
        assertNotNull(notice);
        assertTrue(notice.text().contains("Ditarik karena data peserta keliru."), notice.text());
        assertEquals("2023-08-05", notice.selectFirst("time").attr("datetime"), "when: the newest correction");
        for (String list : List.of("/", "/berita/", "/wilayah/jambi/", "/topik/koperasi/", "/arsip/2023/", "/agenda/")) {
            assertFalse(page(list).html().contains("/berita/2023/ditarik/"), list + " does not list it");
        }
        for (Path feed : files(".xml")) assertFalse(Files.readString(feed).contains("/berita/2023/ditarik/") && feed.endsWith("feed.xml"), feed.toString());
        assertFalse(text("/agenda.ics").contains("ditarik"));
    }

    @Test
    void correctionsAreListedNewestFirstAndTheLastChangeIsShown() {
        Document withdrawn = page("/berita/2023/ditarik/");
        assertEquals(List.of("2023-08-05", "2023-08-02"), withdrawn.select(".changes li time").eachAttr("datetime"));
        assertEquals("Terbit Selasa, 1 Agustus 2023 · Diperbarui Sabtu, 5 Agustus 2023", withdrawn.selectFirst(".release__dates").text());
        assertEquals("Terbit Sabtu, 1 Januari 2022", page("/berita/2022/biasa-00/").selectFirst(".release__dates").text(), "never changed");
        assertNull(page("/berita/2022/biasa-00/").selectFirst(".changes"));
    }

    @Test
    void draftsAndEmbargoedReleasesAreInNoExport() throws IOException {
        for (String ext : List.of(".json", ".csv", ".ics", ".txt", ".md", ".xml", ".html")) {
            for (Path file : files(ext)) {
                String content = Files.readString(file);
                assertFalse(content.contains("Konsep rahasia") || content.contains("Ruang Rahasia"), file + " holds the draft");
                assertFalse(content.contains("berembargo") || content.contains("Ruang Embargo"), file + " holds the embargoed release");
            }
        }
    }

    // ---- Press kit ---------------------------------------------------------------------------------------------

    @Test
    void thePressKitGivesContactCitationTextAndPhoto() {
        Document release = page("/berita/2023/rakorda-sultra-2023/");
        Element press = release.selectFirst("aside.press");
        assertTrue(press.text().contains("Kontak media: Humas · +62 401 000 · humas@example.go.id"), press.text());
        assertEquals("Dinas Koperasi dan Usaha Kecil Menengah. \u201CRakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023\u201D. "
                + "Siaran pers nomor 045/HUMAS/DKSULTRA/V/2023, 25 Mei 2023. " + HOST + "/berita/2023/rakorda-sultra-2023/",
                press.selectFirst("#kutipan").text());
        Element photo = press.selectFirst("a[download][href^=/foto/]");
        assertTrue(photo.attr("href").matches("/foto/[0-9a-f]{20}/foto\\.png"), photo.attr("href"));
        assertEquals("foto.png", photo.attr("download"));
        assertTrue(photo.parent().text().contains("Pembukaan rakorda (Foto: Humas Diskop Sultra)"), photo.parent().text());
        assertEquals(2, press.select(".press__copy[hidden] button[type=button]").size(), "copy buttons wait for the script");
        assertNotNull(release.selectFirst("script[src=/js/salin.js][defer]"));
        assertNotNull(press.selectFirst(".permalink a[href=" + HOST + "/berita/2023/rakorda-sultra-2023/]"));
        Element pdf = press.selectFirst("a[type=application/pdf]");
        assertEquals("/berita/2023/rakorda-sultra-2023/rakorda-sultra-2023.pdf", pdf.attr("href"), "the release's PDF, named after it");
        assertTrue(Files.isRegularFile(site.out(pdf.attr("href"))));
        assertTrue(page("/berita/2022/biasa-00/").selectFirst("aside.press").text().contains("Humas Dinas Koperasi dan UKM"), "site contact by default");
    }
}
