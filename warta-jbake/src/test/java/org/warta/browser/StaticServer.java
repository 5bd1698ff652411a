package org.warta.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.warta.server.MediaTypes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A baked site served on 127.0.0.1 as a static host serves it: {@code /x/} is {@code x/index.html}, a missing
 * file is {@code 404.html} with status 404, types from the file name. For browser tests only.
 */
public final class StaticServer implements AutoCloseable {
    private final Path root;
    private final HttpServer server;

    /** Paths answered only once their gate opens, as a slow network answers them (the search's index, for one test). */
    private final java.util.Map<String, java.util.concurrent.CountDownLatch> gates;

    public StaticServer(Path root) throws IOException {
        this(root, java.util.Map.of());
    }

    /** A server that answers each given path only once its latch is counted down (at most after 30 s). */
    public StaticServer(Path root, java.util.Map<String, java.util.concurrent.CountDownLatch> gates) throws IOException {
        this.root = root.toRealPath();
        this.gates = gates;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        // a thread per request, as a real host answers: a held answer does not hold up the others
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            java.util.concurrent.CountDownLatch gate = gates.get(path);
            if (gate != null) {
                try {
                    gate.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String type = MediaTypes.of(file.getFileName().toString());
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
