package org.warta.photos;

import org.warta.jbake.BadContentTest;
import org.warta.jbake.CapturedLog;
import org.warta.jbake.FixtureProject;
import org.warta.publish.UnusedFiles;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.image.PhotoMetadata;
import org.warta.publish.Publisher;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.image.PhotoProcessorTest.fixture;

/**
 * Photos through the whole bake (JBake's real Oven, then the real publisher): the lead photo, a gallery and a
 * photo in the body, as pages show them and as the press downloads them, with no private data on the site.
 */
class PhotosTest {
    @TempDir
    static Path dir;
    static FixtureProject project;
    static Path site;

    @BeforeAll
    static void bake() throws Exception {
        project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2023/rakorda.jpg", fixture("ponsel-orientasi-6.jpg"))
                .write("berita/2023/galeri-1.jpg", fixture("orientasi-8.jpg"))
                .write("berita/2023/layar.png", fixture("tangkapan-layar.png"))
                .write("berita/2023/obrolan.webp", fixture("obrolan.webp"));
        project.write("berita/2023/rakorda.md", FixtureProject.release("Rakorda dengan foto dari ponsel", "2023-05-24",
                "image: {src: rakorda.jpg, alt: Peserta rakorda berfoto bersama, caption: Peserta Rakorda 2023, credit: Humas Sultra}\n"
                        + "photos:\n  - {src: galeri-1.jpg, alt: Sesi diskusi kelompok, credit: Tim Dokumentasi}\n"
                        + "  - {src: layar.png, alt: Tangkapan layar paparan anggaran}\n",
                "Paragraf pertama.\n\n![Perahu nelayan di dermaga](obrolan.webp \"Perahu di dermaga Kendari\")\n\nParagraf kedua."));
        project.write("berita/2023/tanpa-foto.md", FixtureProject.release("Rilis tanpa foto sama sekali", "2023-05-20", "", "Isi."));
        assertEquals(List.of(), project.bake());
        site = dir.resolve("site");
        new Publisher(project.output, site, "http://localhost:8820").publish();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void theLeadPhotoIsAPictureWithItsUprightSizeAndComesFirst() throws IOException {
        Element figure = page("/berita/2023/rakorda/").selectFirst("figure.release__image");
        assertNotNull(figure);
        Element source = figure.selectFirst("picture > source[type=image/webp]");
        Element img = figure.selectFirst("picture > img");
        assertEquals("1200", img.attr("width"), "upright width of the orientation-6 photo");
        assertEquals("1600", img.attr("height"));
        assertEquals("high", img.attr("fetchpriority"));
        assertFalse(img.hasAttr("loading"), "the lead photo is not lazy");
        assertEquals(3, source.attr("srcset").split(",").length, "480, 800, 1200: never upscaled");
        assertTrue(img.attr("src").endsWith("-800.jpg"), img.attr("src"));
        assertTrue(img.attr("sizes").contains("42rem"));
        assertEquals("Peserta Rakorda 2023", figure.selectFirst("figcaption .caption").text());
        assertEquals("Foto: Humas Sultra", figure.selectFirst("figcaption .credit").text());
    }

    @Test
    void theGalleryAndTheBodysPhotoAreLazyPictures() throws IOException {
        Document page = page("/berita/2023/rakorda/");
        List<Element> gallery = page.select(".gallery figure");
        assertEquals(2, gallery.size());
        for (Element figure : gallery) assertEquals("lazy", figure.selectFirst("img").attr("loading"));
        assertEquals("600", gallery.get(0).selectFirst("img").attr("width"), "orientation 8: upright 600 × 800");
        assertEquals("800", gallery.get(0).selectFirst("img").attr("height"));
        Element body = page.selectFirst(".release__body figure.release__photo");
        assertNotNull(body, "a photo alone in its paragraph becomes a figure");
        assertEquals("Perahu nelayan di dermaga", body.selectFirst("img").attr("alt"));
        assertEquals("Perahu di dermaga Kendari", body.selectFirst("figcaption").text());
        assertEquals("lazy", body.selectFirst("img").attr("loading"));
        assertTrue(body.selectFirst("source").attr("srcset").contains("/foto/"));
    }

    @Test
    void feedsCarryTheBodysPhotoWithAbsoluteAddresses() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        Element entry = feed.select("entry").stream().filter(e -> e.selectFirst("title").text().contains("Rakorda dengan foto"))
                .findFirst().orElseThrow();
        Document content = Jsoup.parse(entry.selectFirst("content").text());
        Element img = content.selectFirst("picture img");
        assertTrue(img.attr("src").startsWith("http://localhost:8820/foto/"), img.attr("src"));
        for (String candidate : content.selectFirst("picture source").attr("srcset").split(",")) {
            assertTrue(candidate.strip().startsWith("http://localhost:8820/foto/"), candidate);
        }
    }

    @Test
    void linkCardsGetAJpegOf1200By630() throws IOException {
        Document page = page("/berita/2023/rakorda/");
        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(og.startsWith("http://localhost:8820/foto/") && og.endsWith("-kartu.jpg"), og);
        BufferedImage card = ImageIO.read(site.resolve(og.substring("http://localhost:8820/".length())).toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertEquals("Peserta rakorda berfoto bersama", page.selectFirst("meta[property=og:image:alt]").attr("content"));
    }

    @Test
    void listsShowAThumbnailForReleasesWithAPhotoOnly() throws IOException {
        Document list = page("/berita/"); // the home page's first page draws its newest photo larger: theLeadStory…
        List<Element> cards = list.select("article.card");
        Element withPhoto = cards.stream().filter(c -> c.text().contains("Rakorda dengan foto")).findFirst().orElseThrow();
        Element without = cards.stream().filter(c -> c.text().contains("tanpa foto")).findFirst().orElseThrow();
        Element thumb = withPhoto.selectFirst(".card__thumb img");
        assertNotNull(thumb);
        assertEquals("", thumb.attr("alt"), "decorative: the title says what it is");
        assertEquals("160", thumb.attr("width"));
        assertEquals("120", thumb.attr("height"));
        assertEquals("lazy", thumb.attr("loading"));
        assertTrue(without.select("picture, img").isEmpty());
    }

    @Test
    void theHomePagesNewestReleaseWithAPhotoLeadsItsFirstPageOnly() throws IOException {
        Document home = page("/");
        Element lead = home.selectFirst(".cards > article");
        assertTrue(lead.hasClass("card--lead"), lead.outerHtml());
        assertTrue(lead.text().contains("Rakorda dengan foto"), lead.text());
        Element picture = lead.selectFirst(".card__thumb img");
        assertEquals("", picture.attr("loading"), "above the fold: never lazy");
        assertTrue(picture.attr("sizes").contains("20rem"), picture.attr("sizes"));
        assertEquals(1, home.select(".card--lead").size());
        assertEquals(1, home.select("a[href=/berita/2023/rakorda/]").size(), "listed once");
        assertTrue(page("/berita/").select(".card--lead").isEmpty(), "only on the home page");
    }

    @Test
    void thePressKitOffersEveryCleanedOriginalAndOneArchive() throws IOException {
        Document page = page("/berita/2023/rakorda/");
        List<String> downloads = page.select(".press a[download]").eachAttr("href");
        assertTrue(downloads.stream().anyMatch(h -> h.endsWith("/rakorda.jpg")), downloads.toString());
        assertTrue(downloads.stream().anyMatch(h -> h.endsWith("/galeri-1.jpg")), downloads.toString());
        assertTrue(downloads.stream().anyMatch(h -> h.endsWith("/layar.png")), downloads.toString());
        String archive = downloads.stream().filter(h -> h.endsWith(".zip")).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        String captions = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(site.resolve(archive.substring(1))))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().endsWith(".txt")) captions = new String(bytes, StandardCharsets.UTF_8);
                else assertEquals(List.of(), PhotoMetadata.read(bytes).privateData(), entry.getName());
            }
        }
        assertEquals(List.of("keterangan-foto.txt", "01-rakorda.jpg", "02-galeri-1.jpg", "03-layar.png", "04-obrolan.jpg"), names);
        assertTrue(captions.contains("Kredit: Humas Sultra") && captions.contains("Keterangan: Peserta Rakorda 2023"), captions);
        String text = Files.readString(site.resolve("berita/2023/rakorda/index.txt"));
        assertTrue(text.matches("(?s).*\nFoto: http://localhost:8820/foto/[0-9a-f]{20}/rakorda\\.jpg — Peserta Rakorda 2023 \\(kredit: Humas Sultra\\)\n"
                + "Foto galeri: http://localhost:8820/foto/[0-9a-f]{20}/galeri-1\\.jpg \\(kredit: Tim Dokumentasi\\)\n"
                + "Foto galeri: http://localhost:8820/foto/[0-9a-f]{20}/layar\\.png\n.*"), text);
    }

    @Test
    void noImageOnTheSiteCarriesPrivateDataAndNoSourceIsPublished() throws IOException {
        List<Path> images;
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            images = files.filter(f -> f.toString().matches(".*\\.(jpg|png|webp)$")).toList();
        }
        assertTrue(images.size() > 30, images.size() + " images");
        for (Path image : images) {
            assertEquals(List.of(), PhotoMetadata.read(Files.readAllBytes(image)).privateData(), image.toString());
        }
        for (String source : List.of("rakorda.jpg", "galeri-1.jpg", "layar.png", "obrolan.webp")) {
            assertFalse(Files.exists(site.resolve("berita/2023").resolve(source)), source + " is not published as written");
        }
    }

    @Test
    void aSecondBakeMakesNoPhotoAgain(@TempDir Path out) throws IOException {
        CapturedLog.clear();
        assertEquals(List.of(), project.bake());
        assertTrue(CapturedLog.messages("INFO").stream().anyMatch(m -> m.startsWith("Warta: foto: 4 foto (0 dibuat, 4 dari cache)")),
                CapturedLog.messages("INFO").toString());
        // the press archive too is made once: the cache holds one, and the second bake's is a link to it
        Path archives = project.dir.resolve("target/warta-cache/foto/arsip");
        List<Path> kept;
        try (Stream<Path> files = Files.walk(archives)) {
            kept = files.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        Object published = Files.getAttribute(project.out("/berita/2023/rakorda/foto-rakorda.zip"), "unix:ino");
        assertEquals(Files.getAttribute(kept.get(0), "unix:ino"), published, "the archive is linked from the cache");
    }

    @Test
    void aPhotoThatCannotBeShownStopsTheBakeNamingItsFieldAndLine(@TempDir Path other) throws IOException {
        FixtureProject bad = new FixtureProject(other);
        bad.write("berita/2023/iphone.jpg", fixture("foto.heic"))
                .write("berita/2023/bom.png", fixture("bom.png"))
                .write("berita/2023/terpotong.jpg", fixture("terpotong.jpg"))
                .write("berita/2023/bagan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('/x')\"><rect width=\"9\" height=\"9\"/></svg>")
                .write("berita/2023/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://pelacak.example/p.png\"/></svg>");
        bad.write("berita/2023/buruk.md", FixtureProject.release("Rilis dengan foto yang tidak bisa dibaca", "2023-05-24",
                "image: {src: iphone.jpg, alt: Foto dari iPhone}\nphotos:\n  - {src: bom.png, alt: Bom}\n  - {src: terpotong.jpg, alt: Terpotong}\n",
                "Isi.\n\n![Tidak ada](hilang.jpg)\n\n![Bagan](bagan.svg)\n\n![Logo](logo.svg)\n"));
        CapturedLog.clear();
        List<Throwable> errors = bad.bake();
        assertEquals(1, errors.size());
        List<String> problems = CapturedLog.messages("ERROR");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:5: image.src: foto \"iphone.jpg\" berisi gambar HEIC/HEIF")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:7: photos[0].src: foto \"bom.png\": gambar menyatakan ukuran 50000 × 50000")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:8: photos[1].src: foto \"terpotong.jpg\": berkas JPEG rusak atau terpotong")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:12: isi: gambar \"hilang.jpg\" di isi berita tidak ditemukan")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:14: isi: gambar SVG \"bagan.svg\" memuat atribut onload")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/berita/2023/buruk.md:16: isi: gambar SVG \"logo.svg\" memuat rujukan ke berkas di situs lain")), problems.toString());
        List<java.util.regex.Pattern> explained = BadContentTest.guideMessages();
        for (String problem : problems) {
            String message = problem.substring(problem.indexOf(": ", problem.indexOf(": ") + 2) + 2);
            assertTrue(explained.stream().anyMatch(p -> p.matcher(message).find()), "docs/panduan-penulis.md explains: " + message);
        }
    }

    @Test
    void aSitePathInTheBodyAndOnePhotoBesideTwoReleasesAreMadeLikeAnyOther(@TempDir Path other) throws IOException {
        FixtureProject two = new FixtureProject(other.resolve("proyek"));
        byte[] photo = fixture("orientasi-8.jpg");
        two.write("berita/2023/kantor.jpg", photo).write("berita/2024/kantor.jpg", photo);
        two.write("berita/2023/satu.md", FixtureProject.release("Rilis pertama dengan foto kantor", "2023-05-24",
                "image: {src: kantor.jpg, alt: Kantor dinas}\n", "Isi.\n\n![Kantor dinas dari depan](/berita/2023/kantor.jpg)\n"));
        two.write("berita/2024/dua.md", FixtureProject.release("Rilis kedua dengan foto kantor yang sama", "2024-05-24",
                "image: {src: kantor.jpg, alt: Kantor dinas}\n", "Isi.\n\n![Tidak ada](foto%00.jpg)\n"));
        CapturedLog.clear();
        assertEquals(1, two.bake().size(), "the NUL is a problem, not a crash");
        assertTrue(CapturedLog.messages("ERROR").stream().anyMatch(p -> p.startsWith("content/berita/2024/dua.md:")
                && p.contains("isi: gambar \"foto%00.jpg\" di isi berita tidak ditemukan")), CapturedLog.messages("ERROR").toString());
        two.write("berita/2024/dua.md", FixtureProject.release("Rilis kedua dengan foto kantor yang sama", "2024-05-24",
                "image: {src: kantor.jpg, alt: Kantor dinas}\n", "Isi."));
        for (int round = 0; round < 3; round++) {
            // the same bytes beside two releases: two jobs of one key, made at once (a rename onto a full folder)
            deleteTree(two.dir.resolve("target/warta-cache"));
            assertEquals(List.of(), two.bake(), "round " + round);
        }
        Document page = Jsoup.parse(two.out("/berita/2023/satu/index.html").toFile(), "UTF-8");
        Element body = page.selectFirst(".release__body figure.release__photo picture img");
        assertNotNull(body, "the body's image by its site path is a picture");
        assertTrue(body.attr("src").startsWith("/foto/"), body.attr("src"));
        assertTrue(Files.readString(two.output.resolve(UnusedFiles.LIST)).contains("berita/2023/kantor.jpg"), "its source is left out");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Test
    void aPhotoWithItsPositionInAssetsIsAProblemAndTheGateRefusesOneThatSlipsThrough(@TempDir Path other) throws Exception {
        FixtureProject bad = new FixtureProject(other.resolve("proyek"));
        Files.write(bad.dir.resolve("assets/img/kantor.jpg"), fixture("orientasi-8.jpg"));
        bad.write("berita/2023/biasa.md", FixtureProject.release("Rilis biasa tanpa foto apa pun", "2023-05-24", "", "Isi."));
        CapturedLog.clear();
        assertEquals(1, bad.bake().size());
        assertTrue(CapturedLog.messages("ERROR").stream().anyMatch(p -> p.startsWith("assets/img/kantor.jpg:1: berkas: foto di assets/ "
                + "terbit apa adanya, dan foto ini memuat nomor seri perangkat, posisi GPS")), CapturedLog.messages("ERROR").toString());

        // a site that carries one anyway (written by something else than the photo stage) is not published
        Path staged = other.resolve("staging");
        FixtureProject.copyTree(site.toRealPath(), staged);
        Files.writeString(staged.resolve(UnusedFiles.LIST), "");
        Files.write(staged.resolve("berita/2023/rakorda/lupa.jpg"), fixture("ponsel-orientasi-6.jpg"));
        Files.write(staged.resolve("icons/tanpa-nama"), fixture("orientasi-8.jpg")); // a name that says nothing
        Files.write(staged.resolve("berita/2023/rakorda/iphone.heic"), fixture("foto.heic"));
        // a JPEG whose metadata the reader cannot parse (an empty comment segment before its tables) hides its GPS
        byte[] jpeg = fixture("ponsel-orientasi-6.jpg");
        int dqt = 2;
        while (!((jpeg[dqt] & 0xFF) == 0xFF && (jpeg[dqt + 1] & 0xFF) == 0xDB)) dqt++;
        byte[] broken = new byte[jpeg.length + 4];
        System.arraycopy(jpeg, 0, broken, 0, dqt);
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}, 0, broken, dqt, 4);
        System.arraycopy(jpeg, dqt, broken, dqt + 4, jpeg.length - dqt);
        Files.write(staged.resolve("berita/2023/rakorda/aneh.jpg"), broken);
        org.warta.publish.PublishException refused = org.junit.jupiter.api.Assertions.assertThrows(org.warta.publish.PublishException.class,
                () -> new Publisher(staged, other.resolve("situs"), "http://localhost:8820").publish());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("/berita/2023/rakorda/lupa.jpg: gambar memuat "
                + "nomor seri perangkat, nama pemilik perangkat, posisi GPS")), refused.problems().toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("/icons/tanpa-nama: gambar memuat")), refused.problems().toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("/berita/2023/rakorda/iphone.heic: gambar memuat")), refused.problems().toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("/berita/2023/rakorda/aneh.jpg: gambar memuat")), refused.problems().toString());
        assertFalse(Files.exists(other.resolve("situs")), "nothing published");
    }
}
