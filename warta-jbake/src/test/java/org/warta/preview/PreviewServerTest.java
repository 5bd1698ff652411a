package org.warta.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview's server answering real requests on 127.0.0.1, written byte for byte on raw sockets: hostile
 * paths, links out of the site, other methods, HEAD, long and malformed requests, clients that stop half-way
 * and the bounded number of reload streams. Every wait is bounded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewServerTest {
    private static final String SECRET = "RAHASIA-DI-LUAR-SITUS";
    /** Short times, the real number of streams. */
    private static final PreviewServer.Limits LIMITS = new PreviewServer.Limits(
            Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMillis(100), PreviewServer.Limits.DEFAULT.streams());
    private static final Duration ANSWER = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    Path site;
    PreviewServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        write("index.html", "<!DOCTYPE html><html><body><h1>Beranda</h1></body></html>");
        write("404.html", "<!DOCTYPE html><html><body><h1>Halaman tidak ada</h1></body></html>");
        write("berita/2024/rapat/index.html", "<!DOCTYPE html><html><body><h1>Rapat</h1></body></html>");
        write("css/warta.css", "body{margin:0}");
        Files.createDirectories(site.resolve("kosong"));
        Path outside = Files.createDirectories(dir.resolve("luar"));
        Files.writeString(outside.resolve("rahasia.txt"), SECRET);
        Files.writeString(dir.resolve("rahasia.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("bocor.txt"), dir.resolve("rahasia.txt"));
        Files.createSymbolicLink(site.resolve("luar"), outside);
        Files.createSymbolicLink(site.resolve("berita/relatif.txt"), Path.of("../../rahasia.txt"));
        Files.createSymbolicLink(site.resolve("berita/beranda.html"), site.resolve("index.html"));
        server = new PreviewServer(0, LIMITS);
        server.show(site, null);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) socket.close();
        server.close();
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void servesTheSiteWithTheReloadScript() throws IOException {
        Answer home = get("/");
        assertEquals(200, home.status());
        assertTrue(home.text().contains("<h1>Beranda</h1><script src=\"" + PreviewServer.SCRIPT + "\""), home.text());
        Answer folder = get("/berita/2024/rapat?x=1");
        assertEquals(301, folder.status());
        assertEquals("/berita/2024/rapat/?x=1", folder.header("location"));
        assertEquals(200, get("/berita/2024/rapat/").status());
        Answer css = get("/css/warta.css");
        assertEquals("text/css; charset=utf-8", css.header("content-type"));
        assertEquals("body{margin:0}", css.text());
        assertEquals(200, get("/berita/beranda.html").status(), "a link that stays inside the site is served");
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() throws IOException {
        for (String path : List.of("/", "/css/warta.css", "/tidak-ada/", PreviewServer.SCRIPT)) {
            Answer get = get(path);
            Answer head = request("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals(get.status(), head.status(), path);
            assertEquals(String.valueOf(get.body().length), head.header("content-length"), path);
            assertEquals(get.header("content-type"), head.header("content-type"), path);
            assertEquals(0, head.body().length, path);
        }
    }

    @Test
    void otherMethodsAre405WithAllow() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "CONNECT", "BREW", "get")) {
            Answer answer = request(method + " / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhallo");
            assertEquals(405, answer.status(), method);
            assertEquals(PreviewServer.ALLOW, answer.header("allow"), method);
        }
    }

    @Test
    void noPathLeavesTheSite() throws IOException {
        List<String> targets = List.of("/../rahasia.txt", "/%2e%2e/rahasia.txt", "/%2E%2E/%2e%2e/%2e%2e/etc/passwd",
                "/berita/..%2f..%2frahasia.txt", "/berita/%2e%2e/%2e%2e/rahasia.txt", "/./index.html", "/%2e/index.html",
                "/index.html%00", "/%00", "/index.html%00.css", "/..%5crahasia.txt", "/%5c..%5crahasia.txt",
                "/berita%5c..%5c..%5crahasia.txt", "http://localhost/%2e%2e/rahasia.txt", "/%2f%2e%2e/rahasia.txt",
                "/%2fetc/passwd", "/%2f" + dir.resolve("rahasia.txt").toString().substring(1),
                "/%c0%ae%c0%ae/rahasia.txt", "/%ff", "/kosong%0d%0aSet-Cookie:%20a=b", "/%1b[31m", "/%7f");
        for (String target : targets) {
            Answer answer = get(target);
            assertTrue(answer.status() == 400 || answer.status() == 404, target + " answered " + answer.status());
            assertFalse(answer.text().contains(SECRET) || answer.text().contains("root:"), target);
            assertEquals(null, answer.header("set-cookie"), target);
        }
    }

    @Test
    void linksOutOfTheSiteAreNotFollowed() throws IOException {
        for (String target : List.of("/bocor.txt", "/luar/rahasia.txt", "/luar/", "/luar", "/berita/relatif.txt")) {
            Answer answer = get(target);
            assertEquals(404, answer.status(), target);
            assertFalse(answer.text().contains(SECRET), target);
        }
    }

    @Test
    void aFolderWithoutIndexIsNotFoundNotListed() throws IOException {
        assertEquals("/kosong/", get("/kosong").header("location"));
        Answer answer = get("/kosong/");
        assertEquals(404, answer.status());
        assertTrue(answer.text().contains("Halaman tidak ada"), "the site's own 404 page: " + answer.text());
    }

    @Test
    void aVeryLongTargetIs414() throws IOException {
        assertEquals(414, get("/" + "a".repeat(PreviewServer.MAX_TARGET)).status());
        assertEquals(414, get("/cari/?q=" + "koperasi+".repeat(1_000)).status());
        assertEquals(404, get("/" + "a".repeat(200)).status(), "a long one under the limit is looked up");
    }

    @Test
    void malformedRequestsAreAnswered() throws IOException {
        List<String> requests = List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /index.html\r\n\r\n",
                "GET /%zz HTTP/1.1\r\n\r\n", "GET /a b c HTTP/1.1\r\nConnection: close\r\n\r\n", "GET /a\0b HTTP/1.1\r\n\r\n",
                "GET /..\\rahasia.txt HTTP/1.1\r\n\r\n", " / HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET * HTTP/1.1\r\n\r\n", "GET rahasia.txt HTTP/1.1\r\n\r\n",
                "GET / HTTP/1.1\r\nBad header line\r\n\r\n", "GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
                "GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
        for (String request : requests) {
            Answer answer = request(request);
            assertTrue(answer.status() >= 400 && answer.status() < 600, request + " answered " + answer.status());
            assertFalse(answer.text().contains(SECRET), request);
        }
    }

    @Test
    void whatTheJdkCannotRouteIsClosedAtOnce() throws IOException {
        // a target without a path: the JDK's server closes the connection before any handler runs; it must not hang
        for (String request : List.of("GET mailto:x HTTP/1.1\r\n\r\n", "GET /" + "a".repeat(1 << 19) + " HTTP/1.1\r\n\r\n")) {
            long start = System.nanoTime();
            Socket socket = open();
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            } catch (SocketException closedWhileSending) {
                // the server stopped reading a head this long and closed the connection
            }
            drain(socket);
            assertTrue(System.nanoTime() - start < ANSWER.toNanos(), "closed at once");
        }
    }

    @Test
    void aClientThatStopsHalfWayIsCutOffAndOthersAreAnswered() throws Exception {
        // more stalled clients than the server has threads: each is cut off after the read time
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < LIMITS.threads() + 4; i++) {
            Socket socket = open();
            socket.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.ISO_8859_1));
            stalled.add(socket);
        }
        Socket silent = open();
        long start = System.nanoTime();
        assertEquals(200, get("/").status(), "answered while others hang");
        for (Socket socket : stalled) assertEquals(0, drain(socket).length, "cut off without an answer");
        assertTrue(System.nanoTime() - start < ANSWER.toNanos(), "within the read time and a little");
        assertEquals(200, get("/css/warta.css").status(), "answered while a client that sent nothing is connected");
        silent.close();
    }

    @Test
    void aClientThatDoesNotReadTheAnswerIsCutOff() throws Exception {
        write("besar.pdf", "x".repeat(32 << 20));
        PreviewServer.Limits limits = new PreviewServer.Limits(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(100), 32);
        try (PreviewServer slow = new PreviewServer(0, limits)) {
            slow.show(site, null);
            Socket reader = open(slow.port());
            reader.getOutputStream().write("GET /besar.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            Thread.sleep(1_500);
            long length = drain(reader).length;
            assertTrue(length < (32 << 20), "the answer was cut off after the write time: " + length);
        }
    }

    @Test
    void answersOnlyItsOwnHostNames() throws IOException {
        // DNS rebinding: a page of another site whose name now points at 127.0.0.1 sends its own name as Host
        for (String host : List.of("evil.example", "evil.example:" + server.port(), "localhost.evil.example", "127.0.0.2",
                "localhost:1", "")) {
            Answer answer = request("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertEquals(421, answer.status(), host);
            assertFalse(answer.text().contains("Beranda"), "nothing of the site is sent to " + host);
        }
        Answer none = request("GET /index.html HTTP/1.0\r\n\r\n");
        assertEquals(421, none.status(), "no Host at all");
        for (String host : List.of("localhost", "localhost:" + server.port(), "127.0.0.1:" + server.port(), "LOCALHOST")) {
            assertEquals(200, request("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").status(), host);
        }
    }

    /**
     * The editor on the real server: its pages come with headers that keep other sites from framing it, a write
     * without the token or from another origin is refused, a body over the limit is refused from its length before
     * it is read, and nothing but the editor takes a POST.
     */
    @Test
    void theEditorAnswersUnderItsRootWithItsHeadersAndLimits() throws IOException {
        org.warta.jbake.FixtureProject project = new org.warta.jbake.FixtureProject(dir.resolve("projek"));
        project.writeFullRelease();
        server.edit(new org.warta.editor.Editor(project.dir, server.port()));
        Answer list = get("/_tulis/");
        assertEquals(200, list.status());
        assertTrue(list.header("content-security-policy").contains("frame-ancestors 'self'"), list.header("content-security-policy"));
        assertEquals("SAMEORIGIN", list.header("x-frame-options"));
        assertFalse(list.text().contains(PreviewServer.SCRIPT), "the editor's pages carry no reload script");
        assertEquals(200, get("/_tulis/tulis.js").status());

        String origin = "http://localhost:" + server.port();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"warta-token\" content=\"([^\"]+)\"").matcher(list.text());
        assertTrue(token.find(), "the editor's page holds this run's token");
        String upload = "POST /_tulis/foto?berkas=berita%2F2023%2Frakorda-sultra-2023.md HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: " + origin + "\r\nContent-Length: " + (40L << 20) + "\r\nConnection: close\r\n";
        Answer noToken = request(upload + "\r\n");
        assertEquals(403, noToken.status(), "an upload without the token is refused before its body is read");
        Answer crossSiteUpload = request(upload.replace(origin, "http://evil.example") + "X-Warta-Token: " + token.group(1) + "\r\n\r\n");
        assertEquals(403, crossSiteUpload.status(), "from another origin, refused before its body is read");
        Answer huge = request(upload.replace(String.valueOf(40L << 20), String.valueOf(60L << 20)) + "X-Warta-Token: "
                + token.group(1) + "\r\n\r\n");
        assertEquals(413, huge.status(), "refused from its length, before 60 MB are sent");
        String form = "title=Disusupkan";
        Answer crossSite = request("POST /_tulis/simpan?berkas=berita%2F2023%2Frakorda-sultra-2023.md HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: http://evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.length() + "\r\nConnection: close\r\n\r\n" + form);
        assertEquals(403, crossSite.status());
        Answer rebound = request("GET /_tulis/ HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertEquals(421, rebound.status());
        assertFalse(rebound.text().contains("warta-token"), "the token is never sent to another host name");
        // a file an author put beside a release runs no script on the preview's origin, where the token is
        Files.writeString(project.dir.resolve("content/berita/2023/lampiran.html"), "<script>fetch('/_tulis/')</script>");
        write("berita/2023/lampiran.html", "<script>fetch('/_tulis/')</script>");
        write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertEquals("sandbox", get("/berita/2023/lampiran.html").header("content-security-policy"));
        assertEquals("sandbox", get("/img/logo.svg").header("content-security-policy"));
        assertEquals(null, get("/index.html").header("content-security-policy"), "the bake's own pages run their scripts");
        Answer post = request("POST /index.html HTTP/1.1\r\nHost: localhost\r\nOrigin: " + origin
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, post.status());
    }

    @Test
    void eachBakeIsSentOnTheReloadStream() throws IOException {
        Socket events = openStream();
        assertEquals("data: 1", nextData(events));
        server.show(null, "<html><body>masalah</body></html>");
        assertEquals("data: 2", nextData(events));
        Answer head = request("HEAD " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(200, head.status());
        assertEquals(1, server.openStreams(), "a HEAD holds no stream");
    }

    @Test
    void reloadStreamsAreBoundedAndFreedWhenTheirPageIsGone() throws Exception {
        List<Socket> streams = new ArrayList<>();
        for (int i = 0; i < LIMITS.streams(); i++) {
            Socket events = openStream();
            assertEquals("data: 1", nextData(events));
            streams.add(events);
        }
        Answer refused = get(PreviewServer.EVENTS);
        assertEquals(503, refused.status());
        assertEquals(String.valueOf(PreviewServer.RETRY_AFTER_SECONDS), refused.header("retry-after"));
        assertEquals(LIMITS.streams(), server.openStreams());
        assertEquals(200, get("/").status(), "pages are still served");

        for (Socket events : streams.subList(0, 4)) events.close();
        waitUntil(() -> server.openStreams() == LIMITS.streams() - 4, "closed streams are freed");
        Socket again = openStream();
        assertEquals("data: 1", nextData(again));

        for (Socket events : streams) events.close();
        again.close();
        waitUntil(() -> server.openStreams() == 0, "every stream is freed");
    }

    @Test
    void closingEndsEveryThreadAndConnection() throws Exception {
        Socket events = openStream();
        assertEquals("data: 1", nextData(events));
        Socket stalled = open();
        stalled.getOutputStream().write("GET / HT".getBytes(StandardCharsets.ISO_8859_1));
        // the JDK's server closes on stop only the connections it has taken in: one it is accepting at that very
        // moment stays open (a race of the JDK's, not of the preview's); wait until it reads the request
        waitUntil(() -> server.requestsInProgress() == 1, "the server reads the stalled request");
        server.close();
        drain(events);
        drain(stalled);
        waitUntil(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("pratinjau-http")), "no thread of the server is left");
    }

    @Test
    void sitePathsAreCheckedBeforeTheyReachTheFileSystem() {
        assertEquals("berita/2024/", PreviewServer.SitePath.of(java.net.URI.create("/berita/2024/")));
        assertEquals("", PreviewServer.SitePath.of(java.net.URI.create("/")));
        assertEquals("wilayah/nusa tenggara/", PreviewServer.SitePath.of(java.net.URI.create("/wilayah/nusa%20tenggara/")));
        for (String bad : List.of("/..", "/a/../b", "/%2E%2e/", "/a/%2e", "/%00", "/a%5cb", "/%2fetc", "/%ff", "//x", "x", "*")) {
            assertEquals(null, PreviewServer.SitePath.of(java.net.URI.create(bad)), bad);
        }
    }

    // --- raw HTTP ---

    private record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer get(String target) throws IOException {
        return request("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Sends the bytes as they are, reads the answer to the end (the server closes), parses the status and headers. */
    private Answer request(String request) throws IOException {
        Socket socket = open();
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        byte[] all = drain(socket);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) fail("no answer to " + request.strip() + ": \"" + text + "\"");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
    }

    private Socket open() throws IOException {
        return open(server.port());
    }

    private Socket open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) ANSWER.toMillis());
        sockets.add(socket);
        return socket;
    }

    /** Everything the server sends until it closes the connection; fails when it is still open after a while. */
    private static byte[] drain(Socket socket) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) all.write(buffer, 0, n);
        } catch (SocketTimeoutException e) {
            fail("the connection is still open after " + ANSWER.toSeconds() + " s");
        } catch (SocketException reset) {
            // the server closed the connection with data unread: as closed as it gets
        }
        socket.close();
        return all.toByteArray();
    }

    private Socket openStream() throws IOException {
        Socket socket = open();
        socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        String status = line(socket.getInputStream());
        assertEquals("HTTP/1.1 200 OK", status);
        return socket;
    }

    /** The next {@code data:} line of an event stream (chunk sizes, comments and other fields skipped). */
    private static String nextData(Socket socket) throws IOException {
        for (int i = 0; i < 100; i++) {
            String line = line(socket.getInputStream());
            if (line.startsWith("data:")) return line;
        }
        return fail("no data line");
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            if (c != '\r') line.append((char) c);
        }
        return line.toString();
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + ANSWER.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) fail(what);
            Thread.sleep(20);
        }
    }
}
