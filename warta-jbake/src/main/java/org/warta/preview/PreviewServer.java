package org.warta.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.warta.server.MediaTypes;
import org.warta.editor.Editor;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;

/**
 * Serves the preview on 127.0.0.1: the last bake's folder while it is good, and the error page of
 * {@link ErrorPage} for every page while it is not. Each HTML answer carries a small script that listens on
 * {@value #EVENTS} and reloads the page when a bake ends; the script is added on the way out, so the baked
 * files stay exactly what {@code mvn package} writes.
 *
 * <p>Every request is answered, and nothing a client does holds the server: only GET and HEAD (405 with
 * {@code Allow} otherwise); a path with {@code ..}, {@code .}, a NUL, a control character, a backslash or a
 * broken escape is 400, and a request target over {@value #MAX_TARGET} characters 414; a file is served only
 * when its real path, links resolved, lies inside the bake's folder (404 otherwise). Requests run on a bounded
 * pool of {@link Workers}: a request head not read within {@link Limits#read()} or an answer not written within
 * {@link Limits#write()} ends its connection; at most {@link Limits#streams()} reload streams are open at once,
 * the next is told 503 with {@code Retry-After}, and a stream whose page is gone is closed at the next
 * heartbeat. What the JDK's server answers before the handler runs (a request line without a target, an
 * unparsable target, a request head over its limit of several hundred KB) it answers or closes itself.</p>
 */
final class PreviewServer implements Closeable {
    static final String EVENTS = "/_pratinjau/peristiwa";
    static final String SCRIPT = "/_pratinjau/muat-ulang.js";
    /** The longest request target served; a longer one is answered 414. */
    static final int MAX_TARGET = 8 * 1024;
    static final String ALLOW = "GET, HEAD";
    /** Seconds a page's script is told to wait when every reload stream is taken. */
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * The page's script: reloads when the generation it was served with is not the server's any more. The
     * browser reconnects a stream that broke by itself; a stream refused (503, every stream taken) is closed
     * for good by the browser, so the script opens a new one after a while, waiting longer each time.
     */
    private static final String RELOAD_SCRIPT = """
            (function () {
              var generation = document.currentScript.getAttribute('data-generasi');
              var wait = 1000;
              function listen() {
                var events = new EventSource('%s');
                events.onopen = function () { wait = 1000; };
                events.onmessage = function (event) {
                  if (event.data !== generation) location.reload();
                };
                events.onerror = function () {
                  if (events.readyState !== EventSource.CLOSED) return;
                  setTimeout(listen, wait);
                  wait = Math.min(wait * 2, 30000);
                };
              }
              listen();
              // a way from any page of the preview to the editor; not inside the editor's own preview pane
              if (window.top === window && location.pathname.indexOf('/_tulis/') !== 0) {
                var edit = document.createElement('a');
                edit.href = '/_tulis/buka?alamat=' + encodeURIComponent(location.pathname);
                edit.textContent = 'Sunting (pratinjau)';
                edit.style.cssText = 'position:fixed;right:.75rem;bottom:.75rem;z-index:9;padding:.5rem .75rem;'
                  + 'background:#1d4f91;color:#fff;font:600 1rem/1.4 system-ui,sans-serif;border:2px solid #fff;';
                document.body.appendChild(edit);
              }
            })();
            """.formatted(EVENTS);

    /**
     * What the server shows.
     *
     * @param generation counts the bakes; the pages' script reloads when it changes
     * @param site       the good bake's folder, or null while the last bake failed
     * @param errorPage  the error page while the last bake failed
     */
    record State(int generation, Path site, String errorPage) {
    }

    /**
     * How long and how many.
     *
     * @param read      from a request's first byte to the end of its head
     * @param write     for an answer to be written (a reload stream has no limit)
     * @param heartbeat between two messages on a reload stream: a closed page's stream is found out on a write
     * @param streams   reload streams open at once
     */
    record Limits(Duration read, Duration write, Duration heartbeat, int streams) {
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(5), 32);

        /** Threads answering requests: one per open stream, and as many again for pages and files. */
        int threads() {
            return 2 * streams;
        }
    }

    private final Limits limits;
    private final HttpServer server;
    private final Workers workers;
    private final Semaphore streams;
    private final Object changed = new Object();
    private volatile State state = new State(0, null, ErrorPage.waiting());
    /** Photos being received at once: each may hold 50 MB in memory until it is checked. */
    private final Semaphore uploads = new Semaphore(2);
    /** The editor, once the preview has made it; null before (and in tests of the server alone). */
    private volatile Editor editor;
    private volatile boolean closed;

    PreviewServer(int port) throws IOException {
        this(port, Limits.DEFAULT);
    }

    PreviewServer(int port, Limits limits) throws IOException {
        this.limits = limits;
        this.streams = new Semaphore(limits.streams());
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.workers = new Workers(limits.threads(), limits.read());
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    State state() {
        return state;
    }

    /** Requests being read or answered now, reload streams not counted. */
    int requestsInProgress() {
        return workers.busy();
    }

    /** Reload streams open now. */
    int openStreams() {
        return limits.streams() - streams.availablePermits();
    }

    /** Shows a good bake's folder, or (folder null) the error page; open pages reload. */
    void show(Path site, String errorPage) {
        synchronized (changed) {
            state = new State(state.generation() + 1, site, errorPage);
            changed.notifyAll();
        }
    }

    private void answer(HttpExchange exchange) {
        workers.allow(limits.write());
        try {
            route(exchange);
        } catch (IOException gone) {
            // the client closed the connection, or did not read the answer in time: nobody is left to answer
        } catch (RuntimeException e) {
            failed(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        URI target = exchange.getRequestURI();
        Editor editing = editor;
        if (!ownHost(exchange.getRequestHeaders().getFirst("Host"))) {
            // DNS rebinding: a page of another site, its name now pointed at 127.0.0.1, must not read or write here
            text(exchange, 421, "Pratinjau hanya menjawab alamat http://localhost:" + port() + "/ (Host \""
                    + exchange.getRequestHeaders().getFirst("Host") + "\" bukan alamat ini).", head);
        } else if (editing != null && target.getRawPath() != null && target.getRawPath().startsWith(Editor.ROOT)
                && (head || method.equals("GET") || method.equals("POST"))) {
            if (target.toString().length() > MAX_TARGET) {
                text(exchange, 414, "Alamat terlalu panjang (lebih dari " + MAX_TARGET + " karakter).", head);
            } else {
                edit(exchange, editing, method, target, head);
            }
        } else if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", ALLOW);
            text(exchange, 405, "Pratinjau hanya menjawab " + ALLOW + ".", head);
        } else if (target.toString().length() > MAX_TARGET) {
            text(exchange, 414, "Alamat terlalu panjang (lebih dari " + MAX_TARGET + " karakter).", head);
        } else if (SitePath.of(target) == null) {
            text(exchange, 400, "Alamat tidak sah.", head);
        } else if (target.getPath().equals(EVENTS)) {
            stream(exchange, head);
        } else if (target.getPath().equals(SCRIPT)) {
            send(exchange, 200, MediaTypes.of(".js"), RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8), head);
        } else {
            serveFile(exchange, target, head);
        }
    }

    /** Lets the editor answer under {@link Editor#ROOT}. */
    void edit(Editor editor) {
        this.editor = editor;
    }

    /** Whether a Host header names this server: localhost or 127.0.0.1, with this port or none. */
    private boolean ownHost(String host) {
        if (host == null) return false;
        String name = host.strip().toLowerCase(Locale.ROOT);
        String port = ":" + port();
        if (name.endsWith(port)) name = name.substring(0, name.length() - port.length());
        return name.equals("localhost") || name.equals("127.0.0.1");
    }

    /**
     * A request to the editor. A POST from another origin (or an upload without the token) is refused before a byte
     * of its body is read, and at most two photos are received at once (503 for a third).
     */
    private void edit(HttpExchange exchange, Editor editing, String method, URI target, boolean head) throws IOException {
        long limit = Editor.maxBody(target.getPath());
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
        });
        boolean upload = false;
        if (method.equals("POST")) {
            String refusal = editing.refusalBeforeBody(target.getPath(), headers);
            if (refusal != null) {
                exchange.getResponseHeaders().set("Connection", "close");
                text(exchange, 403, refusal, false);
                workers.allow(Duration.ofMillis(200));
                return;
            }
            upload = limit > Editor.MAX_FORM_BYTES;
            if (upload && !uploads.tryAcquire()) {
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.getResponseHeaders().set("Retry-After", "2");
                text(exchange, 503, "Foto lain masih diunggah; coba lagi sebentar.", false);
                workers.allow(Duration.ofMillis(200));
                return;
            }
        }
        try {
            edit(exchange, editing, method, target, head, limit, length, headers);
        } finally {
            if (upload) uploads.release();
        }
    }

    /**
     * The editor's request, allowed: its body read up to the editor's limit for the path (413 past it), its answer
     * sent with headers that keep other sites from framing the editor or loading anything from it.
     */
    private void edit(HttpExchange exchange, Editor editing, String method, URI target, boolean head, long limit, String length,
                      Map<String, String> headers) throws IOException {
        byte[] body = new byte[0];
        if (method.equals("POST")) {
            try {
                if (length != null && Long.parseLong(length.strip()) > limit) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    text(exchange, 413, "Terlalu besar: paling banyak " + (limit >> 20) + " MB.", false);
                    // closing the exchange would read what is left of the body: the connection is cut instead
                    workers.allow(Duration.ofMillis(200));
                    return;
                }
            } catch (NumberFormatException e) {
                text(exchange, 400, "Content-Length tidak sah.", false);
                return;
            }
            // a photo of 50 MB may take a while on a slow disk
            workers.allow(limits.write().plus(limits.write()));
            body = exchange.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                exchange.getResponseHeaders().set("Connection", "close");
                text(exchange, 413, "Terlalu besar: paling banyak " + (limit >> 20) + " MB.", false);
                workers.allow(Duration.ofMillis(200));
                return;
            }
        }
        Editor.Answer answer = editing.answer(method.equals("HEAD") ? "GET" : method, target, headers, body);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' blob:; "
                + "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'");
        exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        // another site may not even embed the editor's pages or a draft's photo as an image or a script
        exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
        // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" with a form, and the editor refuses it
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        send(exchange, answer.status(), answer.type(), answer.body(), head);
    }

    /** An unexpected failure: answered 500 when nothing was sent yet, and named in one line. */
    private static void failed(HttpExchange exchange, RuntimeException e) {
        System.err.println("Pratinjau: gagal menjawab " + exchange.getRequestMethod() + " "
                + exchange.getRequestURI().getRawPath() + ": " + e);
        if (exchange.getResponseCode() != -1) return;
        try {
            text(exchange, 500, "Galat di server pratinjau: " + e.getMessage(), exchange.getRequestMethod().equals("HEAD"));
        } catch (IOException gone) {
            // the client left as well; the failure itself was printed above
        }
    }

    private void serveFile(HttpExchange exchange, URI target, boolean head) throws IOException {
        Reply reply;
        State now = state;
        try {
            reply = reply(now, target);
        } catch (IOException e) {
            // a bake's folder is deleted once a newer one is shown: a request begun just before asks the newer one
            if (state == now) throw new UncheckedIOException("cannot read the bake's folder " + now.site(), e);
            try {
                reply = reply(state, target);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot read the bake's folder " + state.site(), again);
            }
        }
        if (reply.location() != null) exchange.getResponseHeaders().set("Location", reply.location());
        if (reply.status() == 200 && authorsFile(target, reply.type())) {
            // a file copied as it is from content/ or assets/ (an SVG, an HTML attachment) runs no script on the
            // preview's origin, where it could read the editor's token
            exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
        }
        send(exchange, reply.status(), reply.type(), reply.body(), head);
    }

    /** Whether an answer is a file an author put in the project rather than a page the bake made: every SVG is. */
    private boolean authorsFile(URI target, String type) {
        if (type.startsWith("image/svg")) return true;
        Editor editing = editor;
        String path = SitePath.of(target);
        return editing != null && path != null && !path.isEmpty() && editing.writtenByAuthors(path);
    }

    /** An answer read from the bake's folder before anything is sent. */
    private record Reply(int status, String type, byte[] body, String location) {
    }

    private static Reply reply(State now, URI target) throws IOException {
        String path = target.getPath();
        String extension = MediaTypes.extension(path);
        boolean page = extension.isEmpty() || extension.equals("html");
        if (now.site() == null) {
            return new Reply(page ? 503 : 404, MediaTypes.of(".html"), withReload(now.errorPage(), now.generation()), null);
        }
        Path root = now.site().toRealPath();
        Path file = SitePath.inside(root, root.resolve(SitePath.of(target)));
        if (file != null && Files.isDirectory(file)) {
            if (!target.getRawPath().endsWith("/")) {
                String query = target.getRawQuery();
                return new Reply(301, MediaTypes.of(".txt"), new byte[0], target.getRawPath() + "/" + (query == null ? "" : "?" + query));
            }
            file = SitePath.inside(root, file.resolve("index.html"));
        }
        int status = 200;
        if (file == null || !Files.isRegularFile(file)) {
            status = 404;
            file = SitePath.inside(root, root.resolve("404.html"));
            if (file == null || !Files.isRegularFile(file)) {
                return new Reply(404, MediaTypes.of(".txt"), "Tidak ada.\n".getBytes(StandardCharsets.UTF_8), null);
            }
        }
        String type = MediaTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) body = withReload(new String(body, StandardCharsets.UTF_8), now.generation());
        return new Reply(status, type, body, null);
    }

    /** The page with the reload script before its closing body tag. */
    static byte[] withReload(String html, int generation) {
        String tag = "<script src=\"" + SCRIPT + "\" data-generasi=\"" + generation + "\"></script>";
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Server-sent events: the generation now, then each new one; a comment every heartbeat keeps the line open
     * and finds out a page that is gone. One of a bounded number: when all are taken, 503 and Retry-After.
     */
    private void stream(HttpExchange exchange, boolean head) throws IOException {
        if (head) {
            send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0], true);
            return;
        }
        if (!streams.tryAcquire()) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            text(exchange, 503, "Terlalu banyak halaman pratinjau yang terbuka; coba lagi sebentar.", false);
            return;
        }
        try {
            workers.allowForever();
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            String message = "retry: 1000\n";
            int sent = -1;
            while (!closed) {
                int generation;
                synchronized (changed) {
                    if (message.isEmpty() && state.generation() == sent && !closed) {
                        changed.wait(limits.heartbeat().toMillis());
                    }
                    generation = state.generation();
                }
                message += generation == sent ? ": tetap\n\n" : "data: " + generation + "\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = generation;
                message = "";
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            streams.release();
            // ends the response (and, when the server is stopping, the connection) instead of leaving it to stop()
            exchange.close();
        }
    }

    private static void text(HttpExchange exchange, int status, String message, boolean head) throws IOException {
        send(exchange, status, MediaTypes.of(".txt"), (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // the JDK leaves Content-Length out of a HEAD answer: it is the length a GET would have
        exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }

    /** Stops serving: closes every connection, reload streams too, and ends every thread. Safe to call again. */
    @Override
    public void close() {
        synchronized (changed) {
            if (closed) return;
            closed = true;
            changed.notifyAll();
        }
        server.stop(0);
        workers.close();
    }

    /** What a request's path names inside a bake's folder. */
    static final class SitePath {
        private SitePath() {
        }

        /**
         * The path of a request target relative to the site's root ({@code berita/2024/} for
         * {@code /berita/2024/}), or null when it cannot name a file of the site: not absolute, a {@code .} or
         * {@code ..} segment (escaped or not), a NUL or other control character, a backslash, an escape that
         * is not UTF-8, or an escaped slash at its start (which would make it absolute).
         */
        static String of(URI target) {
            String raw = target.getRawPath();
            String path = target.getPath();
            if (raw == null || path == null || !raw.startsWith("/") || path.startsWith("//")) return null;
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c < 0x20 || c == 0x7f || c == '\\' || c == '\uFFFD') return null;
            }
            for (String segment : path.split("/", -1)) {
                if (segment.equals(".") || segment.equals("..")) return null;
            }
            return path.substring(1);
        }

        /** The real path of {@code file}, links resolved, when it exists inside {@code root} (a real path); else null. */
        static Path inside(Path root, Path file) throws IOException {
            if (!Files.exists(file)) return null;
            Path real = file.toRealPath();
            return real.startsWith(root) ? real : null;
        }
    }

    /**
     * The server's threads: a bounded pool (requests beyond it wait their turn) and a watchdog. The JDK's
     * server reads a request's head on the thread that then runs the handler; a client that sends part of a
     * request and then nothing would hold that thread for ever, so a thread still on one request after its
     * time is interrupted, which closes that connection (the JDK reads and writes on interruptible channels).
     * Reading the head may take {@code read}; the handler sets its own time with {@link #allow} or
     * {@link #allowForever}.
     */
    static final class Workers implements Executor, Closeable {
        private final ThreadPoolExecutor pool;
        private final ScheduledExecutorService watchdog;
        /** The time (System.nanoTime) by which each busy thread must be done; guarded by this. */
        private final Map<Thread, Long> deadlines = new HashMap<>();
        private final Duration read;

        Workers(int threads, Duration read) {
            this.read = read;
            this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    daemon("pratinjau-http"));
            pool.allowCoreThreadTimeOut(true);
            this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("pratinjau-http-waktu"));
            long tick = Math.max(20, Math.min(1_000, read.toMillis() / 4));
            watchdog.scheduleAtFixedRate(this::expire, tick, tick, TimeUnit.MILLISECONDS);
        }

        private static ThreadFactory daemon(String name) {
            return task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            };
        }

        @Override
        public void execute(Runnable task) {
            pool.execute(() -> run(task));
        }

        private void run(Runnable task) {
            allow(read);
            try {
                task.run();
            } finally {
                synchronized (this) {
                    deadlines.remove(Thread.currentThread());
                }
                // an interrupt meant for this request must not reach the next one on this thread
                Thread.interrupted();
            }
        }

        /** Requests being read or answered now with a time limit (a reload stream has none). */
        synchronized int busy() {
            return deadlines.size();
        }

        /** The request on this thread may take {@code time} from now. */
        synchronized void allow(Duration time) {
            deadlines.put(Thread.currentThread(), System.nanoTime() + time.toNanos());
        }

        /** The request on this thread (a reload stream) has no time limit. */
        synchronized void allowForever() {
            deadlines.remove(Thread.currentThread());
        }

        private synchronized void expire() {
            long now = System.nanoTime();
            deadlines.entrySet().removeIf(busy -> {
                if (now - busy.getValue() < 0) return false;
                busy.getKey().interrupt();
                return true;
            });
        }

        /** Stops every thread, and waits a few seconds for them to end. */
        @Override
        public void close() {
            watchdog.shutdownNow();
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
                watchdog.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
