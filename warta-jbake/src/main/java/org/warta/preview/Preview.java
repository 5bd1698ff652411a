package org.warta.preview;

import org.warta.content.Problem;
import org.warta.publish.LinkCheck;
import org.warta.render.PreviousBake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The live preview: {@code Preview --proyek <folder> [--keluaran <folder>] [--port 8820]}. Bakes the project
 * as {@code mvn package} does, serves it at {@code http://localhost:<port>/}, bakes again whenever content,
 * templates, assets or {@code jbake.properties} change, and makes open pages reload. While the project cannot
 * be baked, every page shows what is wrong (file, line, field, what to write) instead of the old site. Each
 * bake goes into a fresh folder under the output folder; the server switches to it only once it is complete.
 * Run by {@code mvn -Ppratinjau -DskipTests package}; stops on Enter or Ctrl-C.
 */
public final class Preview implements AutoCloseable {
    /** Quiet time after the last change before baking: one save is often several file events. */
    static final long QUIET_MILLIS = 150;

    private final Path project;
    private final Path output;
    private final PreviewServer server;
    private final ProjectWatcher watcher;
    /** What the last good bake made, taken over by the next bake where nothing it depends on changed. */
    private final PreviousBake previous = new PreviousBake();
    /** What the last good bake's link check read from each page. */
    private LinkCheck.Links links = new LinkCheck.Links();
    private int bakes;
    /** The folder of the last good bake: shown, or kept while a later bake fails for the next to take over from. */
    private Path good;

    /**
     * Starts serving (a "please wait" page until the first bake ends) and watching.
     *
     * @throws IllegalArgumentException when the output folder lies inside a watched folder (each bake would
     *                                  start the next) or the project has no {@code jbake.properties}
     */
    public Preview(Path project, Path output, int port) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        if (!Files.isRegularFile(this.project.resolve(ProjectWatcher.SETTINGS))) {
            throw new IllegalArgumentException(this.project + ": bukan proyek Warta (tidak ada " + ProjectWatcher.SETTINGS + ")");
        }
        for (String folder : ProjectWatcher.FOLDERS) {
            if (this.output.startsWith(this.project.resolve(folder))) {
                throw new IllegalArgumentException("--keluaran " + this.output + ": ada di dalam " + folder
                        + "/, yang diawasi; setiap bake akan memicu bake berikutnya. Pilih folder di luar " + folder + "/.");
            }
        }
        Files.createDirectories(this.output);
        this.server = new PreviewServer(port);
        this.watcher = new ProjectWatcher(this.project);
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        Path output = Path.of(System.getProperty("java.io.tmpdir"), "warta-pratinjau");
        int port = 8820;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--proyek" -> project = Path.of(required(args[i], value));
                case "--keluaran" -> output = Path.of(required(args[i], value));
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                default -> throw new IllegalArgumentException("tidak dikenal: \"" + args[i]
                        + "\"; pakai --proyek <folder>, --keluaran <folder>, --port <nomor>");
            }
            i++;
        }
        Preview preview;
        try {
            preview = new Preview(project, output, port);
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " sudah dipakai: pratinjau lain masih berjalan? "
                    + "Hentikan dulu, atau pakai -Dwarta.port=<nomor lain>.", e);
        }
        try (preview) {
            Thread main = Thread.currentThread();
            Thread enter = new Thread(() -> {
                try {
                    if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() != null) {
                        main.interrupt();
                    }
                } catch (IOException e) {
                    // no terminal: stop with Ctrl-C
                }
            }, "pratinjau-enter");
            enter.setDaemon(true);
            enter.start();
            preview.run();
        }
    }

    private static String required(String option, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(option + ": nilainya belum ditulis");
        return value;
    }

    /** The address the preview serves. */
    public String address() {
        return "http://localhost:" + server.port() + "/";
    }

    /** Bakes, then bakes again after every change, until the thread is interrupted. */
    public void run() {
        bake("Memanggang " + project);
        System.out.println("Pratinjau: " + address() + "  (Enter atau Ctrl-C untuk berhenti)");
        System.out.println("Draf ikut tampil di pratinjau, bertanda DRAF; yang terbit hanya rilis tanpa status: draft.");
        try {
            while (!Thread.currentThread().isInterrupted()) {
                TreeSet<String> changed = watcher.awaitChange(QUIET_MILLIS);
                // a release's own text is all its pages depend on; a template, an asset, the settings or a file
                // beside the releases can change any page
                if (!changed.stream().allMatch(Preview::isReleaseFile)) previous.forget();
                String first = changed.first();
                bake("Berubah: " + first + (changed.size() > 1 ? " dan " + (changed.size() - 1) + " berkas lain" : ""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("Pratinjau berhenti.");
    }

    /** One bake into a fresh folder; the server shows it when good, the error page when not. */
    public synchronized PreviewBake.Outcome bake(String why) {
        System.out.println(why);
        Path folder = output.resolve("bake-" + (++bakes));
        deleteTree(folder);
        PreviewBake.Outcome outcome = PreviewBake.run(project, folder, previous, links);
        if (outcome.ok()) {
            links = outcome.links();
            server.show(folder, null);
            if (good != null) deleteLater(good);
            good = folder;
            System.out.println("Situs dipanggang dalam " + outcome.millis() + " ms; halaman yang terbuka dimuat ulang.");
        } else {
            server.show(null, ErrorPage.of(outcome.problems(), outcome.failures()));
            deleteTree(folder);
            for (Problem problem : outcome.problems()) System.out.println("  " + problem);
            for (String failure : outcome.failures()) System.out.println("  " + failure);
            System.out.println((outcome.problems().size() + outcome.failures().size())
                    + " masalah; halaman pratinjau menunjukkannya sampai diperbaiki.");
        }
        return outcome;
    }

    /** Counts what the server has shown: each bake, good or not, adds one. */
    public int generation() {
        return server.state().generation();
    }

    /** Pages the last bake took over unchanged from the bake before it instead of rendering them. */
    public int pagesTakenOver() {
        return previous.pagesTaken();
    }

    /** The folder of the bake being shown, or null while the last bake failed. */
    public Path shownFolder() {
        return server.state().site();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }

    /** Whether a changed file (relative to the project) is a release's Markdown file. */
    static boolean isReleaseFile(String changed) {
        return changed.startsWith(ProjectWatcher.CONTENT + "/") && changed.endsWith(".md");
    }

    /** Deletes a folder no longer shown in the background: a large site's folder takes seconds to delete. */
    private static void deleteLater(Path root) {
        Thread deleting = new Thread(() -> {
            try {
                deleteTree(root);
            } catch (UncheckedIOException e) {
                System.out.println("Folder bake lama tidak terhapus (" + e.getCause().getMessage() + "): " + root);
            }
        }, "pratinjau-hapus");
        deleting.setDaemon(true);
        deleting.start();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
