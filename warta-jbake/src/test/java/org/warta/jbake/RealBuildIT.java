package org.warta.jbake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.publish.MavenBuild;
import org.warta.content.MarkdownBody;
import org.warta.pages.XssTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What production runs: a real {@code mvn package}, in which JBake's plugin realm bakes and exec's realm publishes
 * (each with the libraries its own dependencies resolve, not surefire's class path). It must load the jsoup and
 * SnakeYAML Warta is tested with, publish no link or image that can run a script (the XSS corpus, with the
 * obfuscated schemes of issue 16, in bodies and so in feeds), publish no file of a draft, and refuse a link.
 */
class RealBuildIT {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "xlink:href",
            "data", "poster", "background");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");

    @Test
    void theRealBakeLoadsTheTestedLibrariesAndBakesNoScript(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        List<String> vectors = Files.readAllLines(Path.of(RealBuildIT.class.getResource("/xss/vectors.txt").toURI()),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        XssTest.writeFilesTheVectorsName(project);
        for (int i = 0; i < vectors.size(); i++) {
            // XssTest's releases: the vector in the body and in every free-text field it fits
            project.write(String.format("berita/2023/xss-%02d.md", i + 1), XssTest.release(i + 1, vectors.get(i)));
        }
        MavenBuild.prepare(project.dir);

        MavenBuild build = MavenBuild.start(project.dir);
        String output = build.output();
        // the vectors leave images without alt text and links to nowhere: the publisher's check refuses the site,
        // after the bake ran to its end in JBake's realm
        assertNotEquals(0, build.exitCode(), output);
        assertTrue(output.contains("(publish) on project warta") && output.contains("masalah pada situs hasil bake"), output);
        String loaded = Libraries.REQUIRED.stream().map(l -> l.name() + " " + l.minimum())
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        assertTrue(output.contains("Warta: pustaka " + loaded), "the bake's realm loaded " + loaded + ":\n" + output);

        Path baked = project.dir.resolve("target/warta-staging");
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(baked)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".html")) {
                    pages++;
                    check(baked.relativize(file).toString(), Jsoup.parse(file.toFile(), "UTF-8"), found);
                } else if (name.endsWith(".xml") && Files.readString(file).contains("<feed")) {
                    Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                    for (Element content : feed.select("entry > content")) {
                        check(baked.relativize(file) + " " + content.parent().selectFirst("id").text(), Jsoup.parse(content.text()), found);
                    }
                }
            }
        }
        assertTrue(pages > vectors.size(), "every release page was read: " + pages);
        assertEquals(List.of(), found, "no address a browser would run as script");
    }

    @Test
    void theRealBuildPublishesNoFileOfADraft(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek")).writeFullRelease();
        project.write("berita/2023/lampiran-draf.pdf", "%PDF-1.4\n");
        project.write("berita/2023/konsep.md", FixtureProject.release("Konsep yang belum terbit", "2023-06-01",
                "status: draft\nattachments:\n  - {src: lampiran-draf.pdf, title: Lampiran draf}\n", "Draf."));
        MavenBuild.prepare(project.dir);

        MavenBuild build = MavenBuild.start(project.dir);
        String output = build.output();
        assertEquals(0, build.exitCode(), output);
        assertTrue(output.contains("Warta: 1 berkas di content/ tidak dipakai rilis yang terbit, tidak diterbitkan: "
                + "content/berita/2023/lampiran-draf.pdf"), output);
        Path site = project.dir.resolve("target/site");
        assertTrue(Files.isRegularFile(site.resolve("berita/2023/bahan.pdf")), "the published release's attachment is there");
        // the release's own PDF, laid out by openhtmltopdf inside JBake's realm: a PDF with the release's text
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                site.resolve("berita/2023/rakorda-sultra-2023/rakorda-sultra-2023.pdf").toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("SIARAN PERS"));
        }
        assertFalse(output.lines().anyMatch(l -> l.contains("WARN") && l.contains("PDF")), "the PDFs warn of nothing on a good release:\n" + output);
        assertFalse(output.contains("com.openhtmltopdf"), "openhtmltopdf's own INFO log stays out of the build's:\n" + output);
        assertFalse(Files.exists(site.resolve("berita/2023/lampiran-draf.pdf")), "a draft's attachment is not published");

        // the photo was made inside JBake's realm: WebP from the native libwebp, the credit written into it
        assertTrue(output.contains("Warta: foto: 1 foto (1 dibuat, 0 dari cache)"), output);
        List<Path> webp;
        try (Stream<Path> files = Files.walk(site.resolve("foto"))) {
            webp = files.filter(f -> f.toString().endsWith(".webp")).toList();
        }
        assertFalse(webp.isEmpty(), "WebP renditions were written");
        for (Path file : webp) {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(org.warta.image.Format.WEBP, org.warta.image.Format.of(bytes), file.toString());
            com.drew.metadata.Metadata metadata = com.drew.imaging.ImageMetadataReader.readMetadata(file.toFile());
            assertEquals("Humas Diskop Sultra", metadata.getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class)
                    .getString(com.drew.metadata.exif.ExifIFD0Directory.TAG_ARTIST), file.toString());
        }
        assertFalse(Files.exists(site.resolve("berita/2023/foto.png")), "the photo's source is not published");

        // the next build takes the photo from the cache in target/
        MavenBuild again = MavenBuild.start(project.dir);
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("Warta: foto: 1 foto (0 dibuat, 1 dari cache)"), again.output());

        // after the build, scripts/rilis-baru starts with java alone: the build wrote its class path
        Path script = project.dir.resolve("scripts/rilis-baru");
        Files.createDirectories(script.getParent());
        Files.copy(Path.of(System.getProperty("warta.project", "..")).resolve("scripts/rilis-baru"), script);
        Process newRelease = new ProcessBuilder(script.toString(), "--judul", "Sosialisasi Koperasi Digital 2026",
                "--tanggal", "2026-03-02", "--bagian", "berita", "--provinsi", "Jawa Barat")
                .directory(project.dir.toFile()).redirectErrorStream(true).start();
        String said = new String(newRelease.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, newRelease.waitFor(), said);
        assertFalse(said.contains("menyiapkan program"), "no Maven run after the build: " + said);
        assertTrue(Files.isRegularFile(project.dir.resolve("content/berita/2026/sosialisasi-koperasi-digital-2026.md")), said);
    }

    @Test
    void aLinkStopsTheRealBuildNamingTheFileAndNothingIsCopied(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "kata-sandi-server-7f3a");
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2023/terbit.md", FixtureProject.release("Rilis dengan foto yang ternyata tautan", "2023-05-24",
                "image: {src: foto.jpg, alt: Peserta rapat di aula}\n", "Isi."));
        Files.createSymbolicLink(project.dir.resolve("content/berita/2023/foto.jpg"), secret);
        MavenBuild.prepare(project.dir);

        MavenBuild build = MavenBuild.start(project.dir);
        String output = build.output();
        assertNotEquals(0, build.exitCode(), output);
        assertTrue(output.contains("content/berita/2023/foto.jpg:1: berkas: tautan simbolik (symbolic link) ke \"" + secret + "\""), output);
        assertFalse(output.contains("\tat "), "no stack trace without -e or -X:\n" + output);
        assertFalse(output.contains("Failed to bake"), output);
        assertTrue(output.contains("(check-files)"), "stopped before JBake's crawl could follow the link:\n" + output);
        Path target = project.dir.resolve("target");
        assertFalse(Files.exists(target.resolve("site")), "nothing published");
        if (!Files.exists(target)) return; // nothing was written at all
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("warta-jbake")).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("kata-sandi-server-7f3a"),
                        "the link's target was copied to " + file);
            }
        }
    }

    /**
     * Every script a browser would run from a page or a feed entry: a script element that is not the site's own (a
     * file of the site, or JSON-LD), an event handler attribute, or an address with a script scheme.
     */
    private static void check(String where, Document page, List<String> found) {
        for (Element element : page.getAllElements()) {
            if (element.normalName().equals("script") && !element.attr("src").startsWith("/")
                    && !element.attr("type").equals("application/ld+json")) {
                found.add(where + ": <script> " + element.data());
            }
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    found.add(where + ": <" + element.tagName() + " " + attribute.getKey() + ">");
                }
                if (!URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) continue;
                String scheme = MarkdownBody.browserScheme(attribute.getValue());
                if (scheme != null && SCRIPT_SCHEMES.contains(scheme)) {
                    found.add(where + ": <" + element.tagName() + " " + attribute.getKey() + "=\"" + attribute.getValue() + "\">");
                }
            }
        }
    }
}
