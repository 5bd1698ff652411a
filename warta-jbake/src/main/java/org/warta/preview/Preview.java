package org.warta.preview;

import org.warta.content.Problem;
import org.warta.jbake.PreviewOven;
import org.warta.publish.LinkCheck;
import org.warta.incremental.PreviousBake;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.nio.file.LinkOption;
import java.nio.file.attribute.UserPrincipal;
import org.warta.editor.Editor;

/**
 * The live preview: {@code Preview --proyek <folder> [--keluaran <folder>] [--port 8820]}. Bakes the project
 * as {@code mvn package} does, serves it at {@code http://localhost:<port>/}, bakes again whenever content,
 * templates, assets or {@code jbake.properties} change, and makes open pages reload. While the project cannot
 * be baked, every page shows what is wrong (file, line, field, what to write) instead of the old site. Each
 * run makes its own {@link RunFolder} in the output folder, and each bake goes into a fresh folder in it; the
 * server switches to a bake only once it is complete. Run by {@code mvn -Ppratinjau -DskipTests package}; stops
 * on Enter, Ctrl-C or SIGTERM, and deletes its run folder then (and when it cannot start).
 */
public final class Preview implements AutoCloseable {
    /** Quiet time after the last change before baking: one save is often several file events. */
    static final long QUIET_MILLIS = 150;

    private final Path project;
    /** Where the preview tells the writer what it does: the terminal. */
    private final PrintStream log;
    /** Run after every bake (by {@link #main}: takes Ctrl-C back from OrientDB, see {@link Interrupt}). */
    private Runnable afterBake = () -> {
    };
    private final RunFolder folders;
    private final PreviewServer server;
    private final ProjectWatcher watcher;
    /** What the last good bake made, taken over by the next bake where nothing it depends on changed. */
    private final PreviousBake previous = new PreviousBake();
    /** What the last good bake's link check read from each page. */
    private LinkCheck.Links links = new LinkCheck.Links();
    /** The folder of the last good bake: shown, or kept while a later bake fails for the next to take over from. */
    private Path good;
    /** Set by {@link #close}: no bake starts after it. */
    private volatile boolean closing;
    /** Enter or Ctrl-C was pressed: {@link #run} ends after the bake under way (whose code may swallow an interrupt). */
    private volatile boolean stopAsked;
    /** Whether {@link #close} has stopped everything; guarded by this. */
    private boolean closed;

    /**
     * Makes this run's folder in {@code output}, then starts serving (a "please wait" page until the first bake
     * ends) and watching. When any of it fails, what was started is stopped and the run folder deleted.
     *
     * @throws IllegalArgumentException when the output folder lies inside a watched folder (each bake would
     *                                  start the next) or the project has no {@code jbake.properties}
     * @throws BindException   when the port is taken
     */
    public Preview(Path project, Path output, int port) throws IOException {
        this(project, output, port, System.out);
    }

    /** A preview that reports each bake and problem to {@code log}. */
    Preview(Path project, Path output, int port, PrintStream log) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.log = log;
        Path parent = output.toAbsolutePath().normalize();
        if (!Files.isRegularFile(this.project.resolve(ProjectWatcher.SETTINGS))) {
            throw new IllegalArgumentException(this.project + ": bukan proyek Warta (tidak ada " + ProjectWatcher.SETTINGS + ")");
        }
        for (String folder : ProjectWatcher.FOLDERS) {
            if (parent.startsWith(this.project.resolve(folder))) {
                throw new IllegalArgumentException("--keluaran " + parent + ": ada di dalam " + folder
                        + "/, yang diawasi; setiap bake akan memicu bake berikutnya. Pilih folder di luar " + folder + "/.");
            }
        }
        this.folders = RunFolder.create(parent, this.project, log);
        PreviewServer started = null;
        try {
            started = new PreviewServer(port);
            if (Files.isDirectory(this.project.resolve(ProjectWatcher.CONTENT))) {
                started.edit(new Editor(this.project, started.port()));
            }
            this.watcher = new ProjectWatcher(this.project);
        } catch (IOException | RuntimeException e) {
            if (started != null) started.close();
            try {
                folders.close();
            } catch (IOException | RuntimeException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
        this.server = started;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        Path output = Path.of(System.getProperty("java.io.tmpdir"), "warta-pratinjau-" + System.getProperty("user.name"));
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
        // SIGTERM ends the JVM without returning here: the hook stops the preview and deletes its folder
        Thread stopping = new Thread(() -> stop(preview), "pratinjau-berhenti");
        Runtime.getRuntime().addShutdownHook(stopping);
        try (preview) {
            Thread main = Thread.currentThread();
            // JBake's database takes SIGINT for itself when it starts: started first, then Ctrl-C is the preview's
            PreviewOven.startDatabase();
            preview.afterBake = new Interrupt(() -> preview.askStop(main), preview.log)::install;
            preview.afterBake.run();
            Thread enter = new Thread(() -> {
                try {
                    if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() != null) {
                        preview.askStop(main);
                    }
                } catch (IOException e) {
                    // no terminal: stop with Ctrl-C
                }
            }, "pratinjau-enter");
            enter.setDaemon(true);
            enter.start();
            preview.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopping);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook has closed the preview, or is closing it
            }
        }
    }

    /** Ends {@link #run} on {@code thread}: after the bake under way, or at once when it is waiting for a change. */
    void askStop(Thread thread) {
        stopAsked = true;
        thread.interrupt();
    }

    /** Closes the preview from the shutdown hook, where a failure can only be printed. */
    private static void stop(Preview preview) {
        try {
            preview.close();
        } catch (IOException | RuntimeException e) {
            preview.log.println("Pratinjau: folder " + preview.runFolder() + " tidak terhapus seluruhnya: " + e.getMessage());
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
        bake("Memanggang " + project + " ke " + folders.root + " (dihapus saat pratinjau berhenti)");
        log.println("Pratinjau: " + address() + "  (Enter atau Ctrl-C untuk berhenti)");
        log.println("Draf ikut tampil di pratinjau, bertanda DRAF; yang terbit hanya rilis tanpa status: draft.");
        log.println("Menulis dan menyunting rilis tanpa YAML: " + address() + "_tulis/");
        try {
            while (!closing && !stopAsked && !Thread.currentThread().isInterrupted()) {
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
        log.println("Pratinjau berhenti.");
    }

    /** One bake into a fresh folder; the server shows it when good, the error page when not. */
    public synchronized PreviewBake.Outcome bake(String why) {
        if (closing) {
            return new PreviewBake.Outcome(null, List.of(), List.of("Pratinjau sudah berhenti."), 0, new LinkCheck.Links());
        }
        log.println(why);
        Path folder = folders.next();
        PreviewBake.Outcome outcome = PreviewBake.run(project, folder, previous, links);
        afterBake.run();
        if (closing || stopAsked || Thread.currentThread().isInterrupted()) {
            // stopped during the bake (Enter or Ctrl-C): what it reports is the stop, not the content's problems
            folders.delete(folder);
            log.println("Pratinjau dihentikan saat memanggang.");
            return outcome;
        }
        if (outcome.ok()) {
            links = outcome.links();
            server.show(folder, null);
            if (good != null) folders.retire(good);
            good = folder;
            log.println("Situs dipanggang dalam " + outcome.millis() + " ms; halaman yang terbuka dimuat ulang.");
        } else {
            server.show(null, ErrorPage.of(outcome.problems(), outcome.failures()));
            // the last good folder stays: the next bake takes over from it
            folders.delete(folder);
            for (Problem problem : outcome.problems()) log.println("  " + problem);
            for (String failure : outcome.failures()) log.println("  " + failure);
            log.println((outcome.problems().size() + outcome.failures().size())
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

    /** This run's folder, holding every bake; deleted by {@link #close}. */
    public Path runFolder() {
        return folders.root;
    }

    /**
     * Stops watching and serving, waits for a bake under way to end, and deletes the run folder with every bake
     * in it. Safe to call again, and from another thread than {@link #run}'s (the shutdown hook).
     */
    @Override
    public void close() throws IOException {
        closing = true;
        synchronized (this) {
            if (closed) return;
            closed = true;
            try {
                watcher.close();
            } finally {
                server.close();
                folders.close();
            }
        }
    }

    /** Whether a changed file (relative to the project) is a release's Markdown file. */
    static boolean isReleaseFile(String changed) {
        return changed.startsWith(ProjectWatcher.CONTENT + "/") && changed.endsWith(".md");
    }

    /**
     * One run's folder, {@code <output>/<hash of the project's real path>-<pid>-<random>}: always a new one
     * (never a folder that exists), and readable by its owner only where the file system has POSIX permissions,
     * since drafts are baked into it. Each bake gets a folder in it; one no longer needed is deleted, a large
     * site's in the background; {@link #close} deletes the whole run folder. Another preview, of this project or
     * of another, makes a folder of its own, so none deletes another's.
     */
    static final class RunFolder implements Closeable {
        /**
         * The folder that holds the run folders, in a place every user can write ({@code /tmp}): it must be a real
         * folder of this user, which no one else can write, or another user could move or replace a run folder (and
         * read the drafts baked into it). Made owner-only when this run made it.
         */
        private static void ownOnly(Path output, boolean made) throws IOException {
            if (Files.isSymbolicLink(output)) {
                throw new IOException(output + " adalah tautan simbolik; pratinjau tidak memakainya. Hapus tautan itu atau pilih "
                        + "folder lain dengan -Dwarta.preview=<folder>");
            }
            if (!Files.getFileStore(output).supportsFileAttributeView(PosixFileAttributeView.class)) return;
            UserPrincipal owner = Files.getOwner(output, LinkOption.NOFOLLOW_LINKS);
            if (!owner.getName().equals(System.getProperty("user.name"))) {
                throw new IOException(output + " milik pengguna " + owner.getName() + ", bukan " + System.getProperty("user.name")
                        + "; pratinjau tidak membuat folder di sana. Pilih folder lain dengan -Dwarta.preview=<folder>");
            }
            if (made) {
                Files.setPosixFilePermissions(output, OWNER_ONLY);
                return;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(output, LinkOption.NOFOLLOW_LINKS);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(output + " dapat ditulisi pengguna lain (" + PosixFilePermissions.toString(permissions)
                        + "); jalankan chmod 700 pada folder itu atau pilih folder lain dengan -Dwarta.preview=<folder>");
            }
        }

        private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
        final Path root;
        private final ExecutorService deleting = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "pratinjau-hapus");
            thread.setDaemon(true);
            return thread;
        });
        private final PrintStream log;
        private int bakes;
        private boolean closed;

        private RunFolder(Path root, PrintStream log) {
            this.root = root;
            this.log = log;
        }

        static RunFolder create(Path output, Path project, PrintStream log) throws IOException {
            boolean made = !Files.exists(output, LinkOption.NOFOLLOW_LINKS);
            Files.createDirectories(output);
            ownOnly(output, made);
            String prefix = shortHash(project.toRealPath().toString()) + "-" + ProcessHandle.current().pid() + "-";
            Path root;
            if (Files.getFileStore(output).supportsFileAttributeView(PosixFileAttributeView.class)) {
                root = Files.createTempDirectory(output, prefix, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // the umask can only take permissions away; set them exactly all the same
                Files.setPosixFilePermissions(root, OWNER_ONLY);
            } else {
                root = Files.createTempDirectory(output, prefix);
            }
            return new RunFolder(root.toRealPath(), log);
        }

        /** The first 8 hex digits of the SHA-256 of {@code text}. */
        static String shortHash(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 4);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        /** A folder for the next bake, which does not exist yet. */
        synchronized Path next() {
            if (closed) throw new IllegalStateException("run folder " + root + " is closed");
            return root.resolve("bake-" + (++bakes));
        }

        /** Deletes a bake's folder no longer shown, in the background: a large site's takes seconds. */
        void retire(Path folder) {
            deleting.execute(() -> {
                try {
                    deleteTree(folder);
                } catch (IOException e) {
                    log.println("Folder bake lama tidak terhapus (" + e.getMessage() + "): " + folder);
                }
            });
        }

        /** Deletes a bake's folder now. */
        void delete(Path folder) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + folder, e);
            }
        }

        /** Waits for the folders being deleted, then deletes the run folder. */
        @Override
        public synchronized void close() throws IOException {
            if (closed) return;
            closed = true;
            deleting.shutdown();
            // the preview is often stopped by interrupting the thread that closes it: wait all the same
            boolean interrupted = Thread.interrupted();
            try {
                deleting.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
            deleteTree(root);
        }

        /**
         * Deletes a folder and everything in it, links themselves and never what they point to; what someone else
         * deleted meanwhile (the background deletion) is no failure.
         */
        static void deleteTree(Path top) throws IOException {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null && !(e instanceof NoSuchFileException)) throw e;
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
