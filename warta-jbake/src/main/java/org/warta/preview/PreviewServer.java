package org.warta.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview on 127.0.0.1: the last bake's folder while it is good, and the error page of
 * {@link ErrorPage} for every page while it is not. Each HTML answer carries a small script that listens on
 * {@value #EVENTS} and reloads the page when a bake ends; the script is added on the way out, so the baked
 * files stay exactly what {@code mvn package} writes.
 */
final class PreviewServer implements Closeable {
    static final String EVENTS = "/_pratinjau/peristiwa";
    static final String SCRIPT = "/_pratinjau/muat-ulang.js";
    private static final String RELOAD_SCRIPT = """
            (function () {
              var generation = document.currentScript.getAttribute('data-generasi');
              var events = new EventSource('%s');
              events.onmessage = function (event) {
                if (event.data !== generation) location.reload();
              };
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

    private final HttpServer server;
    private final ExecutorService threads;
    private final Object changed = new Object();
    private volatile State state = new State(0, null, ErrorPage.waiting());

    PreviewServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "pratinjau-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    State state() {
        return state;
    }

    /** Shows a good bake's folder, or (folder null) the error page; open pages reload. */
    void show(Path site, String errorPage) {
        synchronized (changed) {
            state = new State(state.generation() + 1, site, errorPage);
            changed.notifyAll();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (!head && !exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET saja".getBytes(StandardCharsets.UTF_8), false);
            } else if (path.equals(EVENTS)) {
                stream(exchange);
            } else if (path.equals(SCRIPT)) {
                send(exchange, 200, MediaTypes.of(".js"), RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8), head);
            } else {
                serveFile(exchange, path, head);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path, boolean head) throws IOException {
        State now = state;
        String extension = MediaTypes.extension(path);
        boolean page = extension.isEmpty() || extension.equals("html");
        if (now.site() == null) {
            int status = page ? 503 : 404;
            send(exchange, status, MediaTypes.of(".html"), withReload(now.errorPage(), now.generation()), head);
            return;
        }
        Path root = now.site();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(exchange, 403, MediaTypes.of(".txt"), "di luar situs".getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, MediaTypes.of(".txt"), new byte[0], head);
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, MediaTypes.of(".txt"), "tidak ada".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
        }
        String type = MediaTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) body = withReload(new String(body, StandardCharsets.UTF_8), now.generation());
        send(exchange, status, type, body, head);
    }

    /** The page with the reload script before its closing body tag. */
    static byte[] withReload(String html, int generation) {
        String tag = "<script src=\"" + SCRIPT + "\" data-generasi=\"" + generation + "\"></script>";
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Server-sent events: the generation now, then each new one; a comment every 15 s keeps the line open. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        int sent = -1;
        try {
            while (true) {
                int generation;
                synchronized (changed) {
                    if (state.generation() == sent) changed.wait(15_000);
                    generation = state.generation();
                }
                String message = generation == sent ? ": tetap\n\n" : "data: " + generation + "\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = generation;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the page was closed or reloaded
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
