package org.warta.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.browser.Browser;
import org.warta.jbake.FixtureProject;
import org.warta.publish.MavenBuild;
import org.warta.publish.Precompressed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample site as {@code mvn package} publishes it (baked once per test JVM), served by a real web server on
 * 127.0.0.1 configured with nothing but what the bake wrote. Every file answers 200 with its type, headers and
 * bytes; the gzip answers are the originals; every old address answers 301 to its release (odd characters too); an
 * unknown address answers 404 with the site's page; and Chromium reports no Content-Security-Policy violation on any
 * kind of page, with search and the copy buttons working. Each server's test starts its server ({@link #start}).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ServedSite {
    /** A release whose old addresses hold every character a server configuration could trip on. */
    private static final String ODD_RELEASE = "/berita/2025/alamat-lama-aneh/";
    /** Each form a reader may type of each old address the content gives, and the release it leads to. */
    private static final Map<String, String> REDIRECTS = new LinkedHashMap<>();

    static {
        String jambi = "/berita/2019/rakorda-jambi-2019/";
        String sulsel = "/berita/2024/rakor-pengawasan-koperasi-sulsel/";
        REDIRECTS.put("/berita/rakorda-jambi-2019.html", jambi);
        for (String form : List.of("", "/", "/index.html")) {
            REDIRECTS.put("/index.php/berita/rakorda-koperasi-jambi" + form, jambi);
            REDIRECTS.put("/siaran-pers/2024/rakor-pengawasan-sulsel" + form, sulsel);
            REDIRECTS.put("/lama/pelatihan-ék" + form, ODD_RELEASE);
        }
        REDIRECTS.put("/lama/a\"b;c{d}$e'f.html", ODD_RELEASE);
        REDIRECTS.put("/lama/rapat lama.html", ODD_RELEASE);
        // under the folder of photos, cached a year: its redirect is not
        REDIRECTS.put("/foto/lama-rakor.html", ODD_RELEASE);
    }

    /** The published sample site, baked once per test JVM: {@code target/site} and {@code target/server/} beside it. */
    private record Published(Path project, Path site) {
    }

    private static Published published;
    protected Path site;
    private String origin;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Starts the server on 127.0.0.1:{@code port} in {@code folder} (its configuration, logs and temporary files),
     * serving {@code project}'s {@code target/site}; returns when it has started.
     */
    protected abstract void start(Path project, Path folder, int port) throws Exception;

    protected abstract void stop() throws Exception;

    private static synchronized Published publish() throws Exception {
        if (published != null) return published;
        // the servers' workers run as another user (nobody, www-data) when the tests run as root: the site must be
        // readable by them, and so every folder above it, as a served site is. A clone under /root would not be: the
        // project is published in the temporary folder (/tmp) instead, and deleted when the tests' JVM ends.
        Path dir = Files.createTempDirectory("warta-served-site").toAbsolutePath();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        FixtureProject project = new FixtureProject(dir.resolve("proyek"))
                .copy(Path.of(System.getProperty("warta.project", "..")).resolve("content"), "content");
        project.write("berita/2025/alamat-lama-aneh.md", FixtureProject.release("Sosialisasi koperasi dengan alamat lama yang aneh",
                "2025-03-04", "province: Bali\naliases:\n  - '/lama/a\"b;c{d}$e''f.html'\n  - /lama/pelatihan-ék/\n"
                        + "  - /lama/rapat%20lama.html\n  - /foto/lama-rakor.html\n", "Alamat lama situs sebelumnya memuat tanda kutip, titik koma dan kurung kurawal."));
        MavenBuild.prepare(project.dir);
        MavenBuild build = MavenBuild.start(project.dir);
        String output = build.output();
        assertEquals(0, build.exitCode(), output);
        Path site = project.dir.resolve("target/site").toRealPath();
        assertTrue(Files.isRegularFile(project.dir.resolve("target/server/nginx.conf")), "the publisher put the bake's nginx configuration beside the site");
        assertEquals(Files.readString(site.resolve(".nginx.conf")), Files.readString(project.dir.resolve("target/server/nginx.conf")),
                "the one the bake wrote into the site, which no server sends (below)");
        assertTrue(Files.isRegularFile(site.resolve(".htaccess")), "Apache's is at the site's root");
        readableByAll(dir);
        published = new Published(project.dir, site);
        return published;
    }

    @BeforeAll
    void publishAndServe() throws Exception {
        Published sample = publish();
        site = sample.site();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        origin = "http://127.0.0.1:" + port;
        Path folder = Files.createTempDirectory(sample.project().getParent(), getClass().getSimpleName());
        start(sample.project(), folder, port);
        long until = System.currentTimeMillis() + 10_000;
        while (true) {
            try {
                get("/", Map.of());
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > until) throw new AssertionError("the server did not answer on " + origin, notYet);
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    void stopServer() throws Exception {
        stop();
    }

    /** Every folder of {@code root} readable and searchable by all, every file readable (a umask of 077 aside). */
    private static void readableByAll(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary folder: the system cleans it at the latest
        }
    }

    /** Runs a server's program and returns what it printed, failing when it exits other than 0. */
    protected static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + printed);
        return printed;
    }

    @Test
    void everyFileOfTheSiteAnswers200WithItsTypeHeadersAndBytes() throws Exception {
        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (Path file : siteFiles()) {
            String name = site.relativize(file).toString();
            String path = "/" + name;
            // an old address's page is the fallback for hosts without configuration: here it answers 301 (below)
            if (name.endsWith(Precompressed.SUFFIX) || name.startsWith(".") || REDIRECTS.containsKey(path)) continue;
            files++;
            List<String> addresses = path.endsWith("/index.html")
                    ? List.of(path, path.substring(0, path.length() - "index.html".length())) : List.of(path);
            for (String address : addresses) {
                HttpResponse<byte[]> answer = get(address, Map.of());
                String type = answer.headers().firstValue("content-type").orElse("");
                if (answer.statusCode() != 200) wrong.add(address + ": " + answer.statusCode());
                else if (!normal(type).equals(normal(MediaTypes.of(name)))) wrong.add(address + ": type " + type + ", not " + MediaTypes.of(name));
                else if (!java.util.Arrays.equals(answer.body(), Files.readAllBytes(file))) wrong.add(address + ": other bytes");
                else if (!ServerPolicy.cacheControl(path).equals(answer.headers().firstValue("cache-control").orElse(""))) {
                    wrong.add(address + ": Cache-Control " + answer.headers().firstValue("cache-control"));
                } else {
                    wrong.addAll(missingHeaders(address, answer));
                }
            }
        }
        assertTrue(files > 300, "the whole site was asked for: " + files);
        assertEquals(List.of(), wrong);
        // photos are immutable, pages are not
        assertTrue(siteFiles().stream().anyMatch(f -> site.relativize(f).toString().startsWith("foto/")), "the site has photos");
        assertEquals(ServerPolicy.IMMUTABLE, ServerPolicy.cacheControl("/foto/abc/x-800.webp"));
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheCompressedFileAndItIsTheOriginal() throws Exception {
        int compressed = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : siteFiles()) {
            String name = site.relativize(file).toString();
            if (!name.endsWith(Precompressed.SUFFIX)) continue;
            String original = "/" + name.substring(0, name.length() - Precompressed.SUFFIX.length());
            if (REDIRECTS.containsKey(original)) continue;
            compressed++;
            HttpResponse<byte[]> answer = get(original, Map.of("Accept-Encoding", "gzip"));
            if (!"gzip".equals(answer.headers().firstValue("content-encoding").orElse(""))) {
                wrong.add(original + ": not gzip-encoded");
                continue;
            }
            byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes();
            if (!java.util.Arrays.equals(unpacked, Files.readAllBytes(site.resolve(original.substring(1))))) wrong.add(original + ": other bytes");
            if (!answer.headers().allValues("vary").toString().contains("Accept-Encoding")) wrong.add(original + ": no Vary");
            if (!normal(answer.headers().firstValue("content-type").orElse("")).equals(normal(MediaTypes.of(original)))) {
                wrong.add(original + ": type " + answer.headers().firstValue("content-type"));
            }
        }
        assertTrue(compressed > 250, "every text file has its .gz: " + compressed);
        assertEquals(List.of(), wrong);
        HttpResponse<byte[]> page = get("/", Map.of("Accept-Encoding", "gzip"));
        assertEquals("gzip", page.headers().firstValue("content-encoding").orElse(""), "a folder's page is sent compressed too");
        assertTrue(page.body().length < Files.size(site.resolve("index.html")) / 2, "and is less than half its size");
    }

    @Test
    void everyOldAddressAnswers301ToItsRelease() throws Exception {
        for (Map.Entry<String, String> redirect : REDIRECTS.entrySet()) {
            HttpResponse<byte[]> answer = get(redirect.getKey(), Map.of());
            assertEquals(301, answer.statusCode(), redirect.getKey());
            // nginx names no host (absolute_redirect off: right behind a proxy), Apache does: the same address either way
            String location = answer.headers().firstValue("location").orElse("");
            assertEquals(origin + redirect.getValue(), URI.create(origin + encoded(redirect.getKey())).resolve(location).toString(),
                    redirect.getKey() + " -> " + location);
            assertEquals(List.of(), missingHeaders(redirect.getKey(), answer));
            assertEquals(ServerPolicy.SHORT, answer.headers().firstValue("cache-control").orElse(""), redirect.getKey());
            assertEquals(200, get(redirect.getValue(), Map.of()).statusCode(), redirect.getValue());
        }
        // the meta-refresh page stays for hosts that run no configuration
        assertTrue(Files.readString(site.resolve("berita/rakorda-jambi-2019.html")).contains("http-equiv=\"refresh\""));
    }

    @Test
    void anUnknownAddressAnswers404WithTheSitesPage() throws Exception {
        byte[] notFound = Files.readAllBytes(site.resolve("404.html"));
        for (String path : List.of("/tidak-ada/", "/berita/2023/tidak-ada.html", "/foto/", "/.htaccess", "/.nginx.conf", "/cari/indeks/")) {
            HttpResponse<byte[]> answer = get(path, Map.of());
            assertEquals(404, answer.statusCode(), path);
            assertArrayEquals(notFound, answer.body(), path + " shows the site's 404 page");
            assertEquals(List.of(), missingHeaders(path, answer));
            assertEquals(ServerPolicy.SHORT, answer.headers().firstValue("cache-control").orElse(""), path + ": not cached long");
        }
    }

    @Test
    void chromiumReportsNoContentSecurityPolicyViolationOnAnyKindOfPage() throws Exception {
        String speaker = firstFolder("narasumber");
        String topic = firstFolder("topik");
        List<String> pages = List.of("/", "/berita/2024/rakor-pengawasan-koperasi-sulsel/", "/pengumuman/2025/jadwal-layanan-konsultasi/",
                "/publikasi/2024/laporan-kinerja-2023/", "/berita/", "/berita/halaman/2/", "/arsip/", "/arsip/2024/", "/arsip/2024/06/",
                "/wilayah/", "/wilayah/sulawesi-selatan/", "/topik/", topic, "/narasumber/", speaker, "/agenda/", "/cari/",
                "/aksesibilitas/", "/tidak-ada/", "/siaran-pers/2024/rakor-pengawasan-sulsel");
        ChromeDriver browser = Browser.open(390, 844);
        try {
            List<String> reported = new ArrayList<>();
            for (String page : pages) {
                browser.get(origin + page);
                Browser.nextFrames(browser);
                for (LogEntry entry : browser.manage().logs().get("browser")) {
                    // the one message a missing page must give
                    if (page.equals("/tidak-ada/") && entry.getMessage().endsWith("the server responded with a status of 404 (Not Found)")) continue;
                    reported.add(page + ": " + entry.getMessage());
                }
            }
            assertEquals(List.of(), reported, "the console of every page kind is empty: no policy violation, no error");

            // search works under the policy: its script loads the index from the same origin
            browser.get(origin + "/cari/?q=koperasi");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("cari-status")).getText().isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#cari-hasil .card__title a")).isEmpty(), "search found releases");

            // the copy buttons work under it
            browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.get(origin + "/berita/2024/rakor-pengawasan-koperasi-sulsel/");
            browser.findElement(By.cssSelector("button[data-copy-from=tautan-tetap]")).click();
            WebElement status = browser.findElement(By.cssSelector("[data-copy-status]"));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
            assertTrue(status.getText().startsWith("Tautan"), status.getText());
            assertEquals(List.of(), browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage).toList());

            // and the console does show a violation: an inline handler, as an injected script would add, is refused
            ((JavascriptExecutor) browser).executeScript("document.body.insertAdjacentHTML('beforeend',"
                    + " '<img src=\"/favicon.svg\" onload=\"window.ranInline = 1\">')");
            Thread.sleep(500);
            assertNull(((JavascriptExecutor) browser).executeScript("return window.ranInline;"), "the inline handler did not run");
            assertTrue(browser.manage().logs().get("browser").getAll().stream().anyMatch(e -> e.getMessage().contains("Content Security Policy")),
                    "Chromium reported the refused handler");
        } finally {
            browser.quit();
        }
    }

    private List<String> missingHeaders(String address, HttpResponse<?> answer) {
        List<String> missing = new ArrayList<>();
        ServerPolicy.HEADERS.forEach((name, value) -> {
            if (!value.equals(answer.headers().firstValue(name).orElse(null))) missing.add(address + ": " + name + " " + answer.headers().firstValue(name));
        });
        return missing;
    }

    private String firstFolder(String list) throws IOException {
        try (Stream<Path> entries = Files.list(site.resolve(list))) {
            return "/" + list + "/" + entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("halaman")).sorted().findFirst().orElseThrow() + "/";
        }
    }

    private List<Path> siteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A type as compared: lower case, no spaces ({@code text/html;charset=utf-8}). */
    private static String normal(String type) {
        return type.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** A path as a browser sends it: every byte but letters, digits and {@code / . _ ~ -} percent-encoded. */
    static String encoded(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "/._~-".indexOf(c) >= 0)) out.append(c);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    /** {@code path} (as a server reads it, decoded) asked for as a browser asks. */
    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + encoded(path)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
