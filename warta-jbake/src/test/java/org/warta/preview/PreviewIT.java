package org.warta.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.browser.Browser;
import org.warta.jbake.FixtureProject;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview as a writer uses it, in a real Chromium: the open page reloads by itself after a save; a
 * mistake replaces every page with the list of problems (file, line, field, what to write) until it is fixed;
 * and what the preview bakes is byte for byte what a full bake of the same files writes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewIT {
    private static final String RELEASE_FILE = "berita/2024/rapat.md";
    private static final String RELEASE_PAGE = "berita/2024/rapat/";

    @TempDir
    static Path dir;
    static FixtureProject project;
    static Preview preview;
    static Thread running;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        project = new FixtureProject(dir.resolve("proyek"));
        project.writeFullRelease();
        project.write(RELEASE_FILE, release("Rapat Koordinasi Koperasi 2024", "2024-03-05"));
        preview = new Preview(project.dir, dir.resolve("pratinjau"), 0);
        running = new Thread(preview::run, "preview-under-test");
        running.start();
        browser = Browser.open(390, 900);
        browser.get(preview.address());
        waitFor(() -> browser.getTitle().contains("Warta"), "the first bake is served");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (running != null) {
            running.interrupt();
            running.join(30_000);
        }
        if (preview != null) {
            Path run = preview.runFolder();
            preview.close();
            assertFalse(Files.exists(run), "the preview deletes its folder when it stops");
        }
    }

    private static String release(String title, String date) {
        return FixtureProject.release(title, date, "province: Jawa Barat\ntopics: [Rapat koordinasi]\n",
                "Dinas membahas penguatan koperasi di tingkat kabupaten dan kota.");
    }

    @Test
    @Order(1)
    void aSavedChangeReloadsTheOpenPage() throws IOException {
        browser.get(preview.address() + RELEASE_PAGE);
        assertEquals("Rapat Koordinasi Koperasi 2024", browser.findElement(By.tagName("h1")).getText());
        browser.executeScript("window.stillTheSamePage = true;");

        project.write(RELEASE_FILE, release("Rapat Koordinasi Koperasi Jawa Barat 2024", "2024-03-05"));

        waitFor(() -> browser.findElement(By.tagName("h1")).getText().equals("Rapat Koordinasi Koperasi Jawa Barat 2024"),
                "the open page shows the new title by itself");
        assertEquals(Boolean.FALSE, browser.executeScript("return window.stillTheSamePage === true;"), "the page was reloaded");
    }

    @Test
    @Order(2)
    void aMistakeShowsTheProblemsInsteadOfTheSiteUntilFixed() throws Exception {
        browser.get(preview.address() + RELEASE_PAGE);
        project.write(RELEASE_FILE, release("Rapat Koordinasi Koperasi Jawa Barat 2024", "2024-02-30"));

        waitFor(() -> browser.getTitle().startsWith("Pratinjau: 1 masalah"), "the open page turns into the error page");
        String row = browser.findElement(By.cssSelector("tbody tr")).getText();
        assertTrue(row.contains("content/" + RELEASE_FILE + ":3"), "file and line: " + row);
        assertTrue(row.contains("date"), "field: " + row);
        assertTrue(row.contains("\"2024-02-30\"") && row.contains("YYYY-MM-DD"), "the bad value and what to write: " + row);
        HttpResponse<String> home = get("");
        assertEquals(503, home.statusCode(), "every page, not only the broken release, is the error page");
        assertTrue(home.body().contains("content/" + RELEASE_FILE), home.body());

        project.write(RELEASE_FILE, release("Rapat Koordinasi Koperasi Jawa Barat 2024", "2024-03-05"));

        waitFor(() -> browser.findElements(By.tagName("h1")).stream()
                .anyMatch(h -> h.getText().equals("Rapat Koordinasi Koperasi Jawa Barat 2024")), "the site is back once fixed");
        assertEquals(200, get(RELEASE_PAGE).statusCode());
    }

    @Test
    @Order(3)
    void aBrokenTemplateIsShownWithItsNameAndLine() throws Exception {
        Path template = project.dir.resolve("templates/release.ftl");
        String good = Files.readString(template);
        Files.writeString(template, good + "<#if>\n");
        waitFor(() -> browser.getTitle().startsWith("Pratinjau:"), "the error page");
        String shown = browser.findElement(By.tagName("pre")).getText();
        assertTrue(shown.contains("release.ftl") && shown.contains("line"), shown);

        Files.writeString(template, good);
        waitFor(() -> !browser.getTitle().startsWith("Pratinjau:"), "the site is back");
    }

    @Test
    @Order(4)
    void theBakeShownEqualsAFullBakeByteForByteAfterEachKindOfEdit() throws Exception {
        // a new release: lists shift, its neighbours' pages change, the rest is taken over from the last bake
        project.write("berita/2024/baru.md", release("Sosialisasi Koperasi Digital", "2024-04-10"));
        waitFor(() -> get("berita/2024/baru/").statusCode() == 200, "the new release is served");
        assertSameAsAFullBake("penuh-1");

        // a release moved to another province and topic: it leaves some lists and joins others
        project.write("berita/2024/baru.md", FixtureProject.release("Sosialisasi Koperasi Digital di Bali", "2024-04-10",
                "province: Bali\ntopics: [Digitalisasi]\n", "Dinas memperkenalkan pencatatan digital."));
        waitFor(() -> get("wilayah/bali/").statusCode() == 200, "the moved release is served");
        assertSameAsAFullBake("penuh-2");

        // a release changed in its body only: its own page, files and search entry change, every list stays
        project.write("berita/2024/baru.md", FixtureProject.release("Sosialisasi Koperasi Digital di Bali", "2024-04-10",
                "province: Bali\ntopics: [Digitalisasi]\n", "Dinas memperkenalkan pencatatan digital bagi koperasi nelayan."));
        waitFor(() -> get("berita/2024/baru/").body().contains("koperasi nelayan"), "the changed release is served");
        assertSameAsAFullBake("penuh-3");

        // a deleted release: its pages go, and it leaves every list, feed, data file and the index
        Files.delete(project.dir.resolve("content/berita/2024/baru.md"));
        waitFor(() -> get("berita/2024/baru/").statusCode() == 404, "the deleted release is no longer served");
        assertSameAsAFullBake("penuh-4");
    }

    /** The preview's last bake took pages over from the one before, rendered others, and equals a full bake. */
    private static void assertSameAsAFullBake(String name) throws Exception {
        Path shown = preview.shownFolder();
        assertNotNull(shown);
        assertTrue(preview.pagesTakenOver() > 0, "pages were taken over from the previous bake");

        FixtureProject fresh = new FixtureProject(dir.resolve(name));
        fresh.copy(project.dir.resolve("content"), "content");
        assertEquals(List.of(), fresh.bake());
        // what mvn package publishes: the bake after the publisher's check and removal of unused files
        Path published = new org.warta.publish.Publisher(fresh.output, dir.resolve(name + "-situs"), "http://localhost:8820").publish();

        // the publisher adds a .gz beside each text file: a server's business, not the preview's
        List<String> expected = files(published).stream().filter(f -> !f.endsWith(org.warta.publish.Precompressed.SUFFIX)).toList();
        List<String> previewed = files(shown);
        assertTrue(files(published).containsAll(expected.stream().filter(f -> f.endsWith(".html")).map(f -> f + ".gz").toList()),
                "every page of the published site has its .gz");
        assertEquals(expected, previewed, "the same files");
        List<String> different = new ArrayList<>();
        for (String file : expected) {
            if (!Arrays.equals(Files.readAllBytes(published.resolve(file)), Files.readAllBytes(shown.resolve(file)))) {
                different.add(file);
            }
        }
        assertEquals(List.of(), different, "files whose bytes differ");
        assertTrue(expected.size() > 50, "a whole site was compared: " + expected.size());
    }

    @Test
    @Order(5)
    void aBakeNeverStartsAnother() throws Exception {
        int generation = preview.generation();
        Thread.sleep(3 * Preview.QUIET_MILLIS + 1_500);
        assertEquals(generation, preview.generation(), "no bake without a change");
    }

    @Test
    @Order(6)
    void aDraftIsShownMarkedAsADraftButNeverPublished() throws Exception {
        String draft = FixtureProject.release("Draf Pelatihan Koperasi Nelayan 2024", "2024-05-02",
                "status: draft\nprovince: Jawa Barat\n", "Isi draf yang masih ditulis.");
        project.write("berita/2024/draf-pelatihan.md", draft);
        waitFor(() -> get("berita/2024/draf-pelatihan/").statusCode() == 200, "the draft is served");

        browser.get(preview.address() + "berita/2024/draf-pelatihan/");
        assertEquals("Draf: belum terbit", browser.findElement(By.cssSelector(".notice--draft h2")).getText());
        browser.get(preview.address());
        // the newest release with a photo leads the home page; the list of the others starts with the draft
        String newest = browser.findElement(By.cssSelector(".card:not(.card--lead)")).getText();
        assertTrue(newest.startsWith("DRAF") && newest.contains("Draf Pelatihan Koperasi Nelayan 2024"),
                "the home page lists it first, marked: " + newest);

        FixtureProject fresh = new FixtureProject(dir.resolve("terbit"));
        fresh.copy(project.dir.resolve("content"), "content");
        assertEquals(List.of(), fresh.bake());
        assertFalse(Files.exists(fresh.out("berita/2024/draf-pelatihan/index.html")), "a full bake never publishes it");
        assertFalse(Files.readString(fresh.out("index.html")).contains("Draf Pelatihan"), "nor lists it");
    }

    @Test
    @Order(7)
    void aPageRefusedAReloadStreamStillReloadsLater() throws Exception {
        List<Socket> taken = takeEveryStream();
        try {
            browser.get(preview.address() + RELEASE_PAGE);
            browser.executeScript("window.stillTheSamePage = true;");
            Thread.sleep(2_000);
            assertEquals(503, openStream().status(), "every stream is still taken: the page was refused one");
        } finally {
            for (Socket socket : taken) socket.close();
        }
        project.write(RELEASE_FILE, release("Rapat Koordinasi Koperasi Jawa Barat Tahun 2024", "2024-03-05"));
        waitFor(() -> browser.findElement(By.tagName("h1")).getText().equals("Rapat Koordinasi Koperasi Jawa Barat Tahun 2024"),
                "the page's script asks again, gets a stream once one is free, and reloads");
        assertEquals(Boolean.FALSE, browser.executeScript("return window.stillTheSamePage === true;"), "the page was reloaded");
    }

    /** Opens reload streams until the preview refuses one; returns those it accepted. */
    private static List<Socket> takeEveryStream() throws IOException {
        List<Socket> taken = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            EventStream stream = openStream();
            if (stream.status() != 200) {
                stream.socket().close();
                assertEquals(503, stream.status());
                return taken;
            }
            taken.add(stream.socket());
        }
        for (Socket socket : taken) socket.close();
        throw new AssertionError("the preview accepted 100 reload streams");
    }

    private record EventStream(Socket socket, int status) {
    }

    private static EventStream openStream() throws IOException {
        URI address = URI.create(preview.address());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), address.getPort());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] status = socket.getInputStream().readNBytes("HTTP/1.1 200".length());
        return new EventStream(socket, Integer.parseInt(new String(status, StandardCharsets.ISO_8859_1).substring(9)));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.address() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(what).ignoring(RuntimeException.class).until(d -> {
            try {
                return check.holds();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
