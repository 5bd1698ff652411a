package org.warta.pages;

import org.warta.jbake.FixtureProject;
import org.warta.photos.Photos;
import org.warta.view.Charts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes one release per vector of {@code xss/vectors.txt}, the vector in its Markdown body and in every free-text
 * front-matter field it fits, then reads every page and feed: nothing in them can run a script.
 */
public class XssTest {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "background",
            "poster", "xlink:href", "srcset", "codebase", "cite", "dynsrc", "lowsrc", "longdesc", "ping", "manifest");
    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "style", "svg", "math", "isindex", "input", "button", "textarea", "select", "video", "audio", "source",
            "marquee", "noscript", "template", "portal");

    @TempDir
    static Path dir;
    static FixtureProject site;
    static List<String> vectors;
    static List<Throwable> errors;

    @BeforeAll
    static void bake() throws Exception {
        vectors = Files.readAllLines(Path.of(XssTest.class.getResource("/xss/vectors.txt").toURI()), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        site = new FixtureProject(dir);
        writeFilesTheVectorsName(site);
        for (int i = 0; i < vectors.size(); i++) {
            site.write(String.format("berita/2023/xss-%02d.md", i + 1), release(i + 1, vectors.get(i)));
        }
        errors = site.bake();
    }

    /**
     * The file {@code <img src=x onerror=…>} names, beside the releases: a real photo, so that such a vector goes
     * through the photo stage like any body image (a missing one stops the bake as a problem of its own).
     */
    public static void writeFilesTheVectorsName(FixtureProject project) {
        project.write("berita/2023/x", org.warta.image.PhotoProcessorTest.fixture("orientasi-8.jpg"));
    }

    /** The release of vector number {@code number}: the vector in its body and in every free-text field it fits. */
    public static String release(int number, String v) {
        String n = String.format("%02d", number);
        String title = fit("Uji XSS " + n + " " + v, 200, "Uji XSS nomor " + n);
        String front = "---\n"
                + "title: " + yaml(title) + "\n"
                + "date: 2023-05-" + String.format("%02d", 1 + (number - 1) % 28) + "\n"
                + "summary: " + yaml(fit("Ringkasan uji keamanan nomor " + n + ": " + v, 400, "Ringkasan uji keamanan nomor " + n + " tanpa vektor.")) + "\n"
                + "regency: " + yaml(fit(v, 200, "Kota Uji")) + "\n"
                + "topics: [" + yaml(fit("topik " + v, 80, "topik uji")) + "]\n"
                + "speakers:\n  - name: " + yaml(fit("Narasumber " + v, 200, "Narasumber Uji")) + "\n"
                + "    role: " + yaml(fit(v, 300, "Peran uji")) + "\n"
                + "    organization: " + yaml(fit(v, 300, "Organisasi uji")) + "\n"
                + "event:\n  name: " + yaml(fit(v, 300, "Rapat uji")) + "\n  start: 2023-05-01\n"
                + "  venue: " + yaml(fit(v, 300, "Aula uji")) + "\n  theme: " + yaml(fit(v, 500, "Tema uji")) + "\n"
                + "  organizer: " + yaml(fit(v, 300, "Penyelenggara uji")) + "\n"
                // one figure for two years, so that the province page charts it (title, SVG text, table)
                + "province: Bali\n"
                + "figures:\n  - {label: " + yaml(fit(v, 200, "Angka uji")) + ", value: 1, unit: " + yaml(fit(v, 50, "unit")) + ", year: 2021}\n"
                + "  - {label: " + yaml(fit(v, 200, "Angka uji")) + ", value: 2, unit: " + yaml(fit(v, 50, "unit")) + ", year: 2022}\n"
                + "image:\n  src: img/rapat-koordinasi.svg\n  alt: " + yaml(fit(v, 300, "Alt uji")) + "\n"
                + "  caption: " + yaml(fit(v, 500, "Keterangan uji")) + "\n  credit: " + yaml(fit(v, 200, "Kredit uji")) + "\n"
                + "source:\n  name: " + yaml(fit(v, 200, "Sumber uji")) + "\n"
                + "contact:\n  name: " + yaml(fit(v, 200, "Kontak uji")) + "\n"
                + "changes:\n  - {date: 2023-06-01, note: " + yaml(v) + "}\n"
                + "---\n";
        String body = "Paragraf sebelum vektor.\n\n" + v + "\n\nDi tengah kalimat " + v + " lalu teks biasa.\n";
        return front + body;
    }

    @Test
    void everyVectorBakesAsContent() {
        assertTrue(vectors.size() >= 40, "at least 40 vectors, got " + vectors.size());
        assertEquals(List.of(), errors);
        assertTrue(Files.isRegularFile(site.out("berita/2023/xss-01/index.html")));
    }

    @Test
    void noPageCanRunAScript() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (Path file : files(".html")) {
            pages++;
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            check(site.output.relativize(file).toString(), page.getAllElements(), found);
        }
        assertTrue(pages > vectors.size(), "every release page and list was read: " + pages);
        Document bali = Jsoup.parse(site.out("wilayah/bali/index.html").toFile(), "UTF-8");
        assertEquals(Charts.MOST_FIGURE_CHARTS, bali.select("figure.chart svg").size(), "vectors reached the charts too");
        assertEquals(List.of(), found);
    }

    @Test
    void noFeedEntryCanRunAScript() throws IOException {
        List<String> found = new ArrayList<>();
        int entries = 0;
        for (Path file : files(".xml")) {
            Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            for (Element html : feed.select("content[type=html], summary[type=html], title[type=html]")) {
                entries++;
                check(site.output.relativize(file) + " " + html.tagName(), Jsoup.parseBodyFragment(html.text()).getAllElements(), found);
            }
        }
        assertTrue(entries > 0, "feeds were read");
        assertEquals(List.of(), found);
    }

    /**
     * No release's PDF holds a script or an action but opening a web, mail or telephone address: a PDF reader runs
     * JavaScript (/JS, /JavaScript) and launches files (/Launch) that a browser never would.
     */
    @Test
    void noPdfCanRunAScriptOrLaunchAFile() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pdfs = files(".pdf").stream().filter(f -> f.getFileName().toString().startsWith("xss-")).toList();
        assertEquals(vectors.size(), pdfs.size(), "a PDF of every release");
        for (Path file : pdfs) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                if (pdf.getDocumentCatalog().getNames() != null && pdf.getDocumentCatalog().getNames().getJavaScript() != null) {
                    found.add(file + ": document JavaScript");
                }
                var catalog = pdf.getDocumentCatalog();
                if (catalog.getOpenAction() != null) found.add(file + ": an action on opening");
                if (catalog.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) found.add(file + ": document actions (/AA)");
                if (catalog.getAcroForm() != null) found.add(file + ": a form (/AcroForm)");
                if (catalog.getNames() != null && catalog.getNames().getEmbeddedFiles() != null) found.add(file + ": embedded files");
                for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                    if (page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) found.add(file + ": page actions (/AA)");
                    for (var annotation : page.getAnnotations()) {
                        if (!(annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) {
                            found.add(file + ": annotation " + annotation.getSubtype());
                        } else if (!(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri)) {
                            if (link.getAction() != null) found.add(file + ": link action " + link.getAction().getType());
                        } else if (!uri.getURI().matches("(https?|mailto|tel):.*")) {
                            found.add(file + ": link to " + uri.getURI());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void frontMatterIsTextNotTemplate() throws IOException {
        int n = vectors.indexOf(vectors.stream().filter(v -> v.startsWith("${7*7}")).findFirst().orElseThrow()) + 1;
        Document page = Jsoup.parse(site.out(String.format("berita/2023/xss-%02d/index.html", n)).toFile(), "UTF-8");
        assertTrue(page.selectFirst("h1").text().contains("${7*7} <#assign ex="), page.selectFirst("h1").text());
        assertFalse(page.text().contains("uid="), "no command ran");
    }

    /** A photo's WebP candidates, as the photo stage writes them: in a picture, only the site's own /foto/ files (absolute in feeds). */
    private static boolean isPhotoSource(Element e) {
        return e.normalName().equals("source") && e.parent() != null && e.parent().normalName().equals("picture")
                && !e.hasAttr("src") && e.attr("type").equals("image/webp") && !e.attr("srcset").isEmpty()
                && java.util.Arrays.stream(e.attr("srcset").split(",")).allMatch(c -> c.strip().matches("(http://localhost:8820)?" + Photos.ROOT + "\\S+ \\d+w"));
    }

    private static void check(String where, List<Element> elements, List<String> found) {
        for (Element e : elements) {
            String tag = e.normalName();
            if (FORBIDDEN.contains(tag) && !isSiteScriptOrForm(e) && !isPhotoSource(e)) found.add(where + ": <" + tag + ">");
            if (tag.equals("meta") && e.hasAttr("http-equiv")) found.add(where + ": <meta http-equiv>");
            if (tag.equals("form") && !e.attr("action").equals("/cari/")) found.add(where + ": <form action=" + e.attr("action") + ">");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) found.add(where + ": <" + tag + " " + name + ">");
                if (name.equals("style")) found.add(where + ": <" + tag + " style>");
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:"))) {
                    found.add(where + ": <" + tag + " " + name + "=" + a.getValue() + ">");
                }
            }
        }
    }

    /**
     * The templates' own search forms, the charts' SVG (only its drawing elements, and a ranking's bar in each row
     * of its table) (and the search page's "more" button), scripts served from the site itself, the press kit's copy buttons and the share button, and
     * JSON-LD that is pure JSON with no {@code <} in it (so that no string can end the script element).
     */
    private static final Set<String> CHART_PARTS = Set.of("svg", "title", "desc", "line", "rect", "text");

    private static boolean isSiteScriptOrForm(Element e) {
        if (e.normalName().equals("script") && e.attr("type").equals("application/ld+json")) {
            return !e.data().contains("<") && isJson(e.data());
        }
        if (e.normalName().equals("script")) return e.attr("src").startsWith("/") && e.data().isBlank();
        if (e.normalName().equals("svg")) { // a chart drawn by the chart component; its children are checked too
            boolean chart = e.hasClass("chart__svg") && e.parent() != null && e.parent().hasClass("chart");
            // a ranking's bar in its table row (shown on phones): a lone rect in a row heading of the chart's table
            boolean rowBar = e.hasClass("chart__rowbar") && e.closest("table.chart__table th[scope=row]") != null
                    && e.children().size() == 1 && e.child(0).normalName().equals("rect");
            return (chart || rowBar) && e.select("*").stream().allMatch(child -> CHART_PARTS.contains(child.normalName()));
        }
        if (e.normalName().equals("button") && e.parent() != null && e.parent().hasClass("press__copy")) {
            return e.attributes().size() == 4 && e.attr("type").equals("button")
                    && (e.attr("data-copy-from").equals("kutipan") || e.attr("data-copy-from").equals("tautan-tetap")
                    || e.attr("data-copy-url").matches("/berita/2023/xss-\\d+/index\\.txt"));
        }
        // the share block's button: the title only as an attribute's text, handed to navigator.share as a string
        if (e.normalName().equals("button") && e.parent() != null && e.parent().hasClass("share__native")) {
            return e.attributes().size() == 4 && e.attr("type").equals("button") && e.hasAttr("data-share-title")
                    && e.attr("data-share-url").matches("http://localhost:8820/berita/2023/xss-\\d+/");
        }
        if (e.normalName().equals("input") || e.normalName().equals("button") || e.normalName().equals("select")) {
            Element form = e.closest("form");
            if (e.id().equals("cari-lagi")) return e.attr("type").equals("button"); // the search page's "more"
            return form != null && form.attr("action").equals("/cari/");
        }
        return false;
    }

    private static boolean isJson(String text) {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(site.output)) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String fit(String text, int max, String otherwise) {
        return text.codePointCount(0, text.length()) <= max ? text : otherwise;
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }
}
