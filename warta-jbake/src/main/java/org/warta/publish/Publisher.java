package org.warta.publish;

import org.warta.incremental.BakeCache;
import org.warta.jbake.Libraries;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes a bake: checks the site baked into a staging folder, then makes it the published site in one
 * atomic rename.
 *
 * <p>The published site ({@code target/site}) is a symbolic link to a numbered folder beside it
 * ({@code target/site-7}). A new bake is moved to the next number, a new link to it is made, and that link is
 * renamed over {@code target/site}: rename(2) replaces it atomically, so a reader, or a build killed at any
 * moment, sees the old site or the new one, never a mix. Folders no longer linked are deleted afterwards,
 * and by the next publish when a kill left some behind.</p>
 */
public final class Publisher {
    private static final String STAGING_MARK = "index.html";

    private final Path staging;
    private final Path site;
    private final String host;
    private final Consumer<Step> progress;
    private final LinkMemory links;
    /** How long the last {@link #publish} took, step by step, for the build's log. */
    private String timings = "";

    /** The moments of a publish, in order, reported to the progress listener as each is reached. */
    public enum Step {
        /** The staged site passed its check. */
        CHECKED,
        /** The staged site was moved to its numbered folder. */
        MOVED,
        /** A new link to it was made beside the published one. */
        LINKED,
        /** The new link replaced the published one: the new site is live. */
        SWAPPED,
        /** Folders no longer linked were deleted. */
        CLEANED
    }

    /**
     * @param staging the folder JBake baked into
     * @param site    the published site's path (a symbolic link after the first publish)
     * @param host    the site's own address, for the link check
     */
    public Publisher(Path staging, Path site, String host) {
        this(staging, site, host, step -> {
        });
    }

    /** @param progress told of each {@link Step} as it is reached (the tests kill the process there) */
    public Publisher(Path staging, Path site, String host, Consumer<Step> progress) {
        this(staging, site, host, progress, LinkMemory.NONE);
    }

    /** @param links what the link check remembers between builds (the build's publish: {@link LinkMemory#in}) */
    public Publisher(Path staging, Path site, String host, Consumer<Step> progress, LinkMemory links) {
        this.staging = staging.toAbsolutePath().normalize();
        this.site = site.toAbsolutePath().normalize();
        this.host = host;
        this.progress = progress;
        this.links = links;
    }

    /**
     * {@code Publisher <project folder> <staging folder> <site path> [<lock file>]}: run by Maven after the bake.
     *
     * <p>Holds the build lock ({@link BuildLock}: the lock file given, or {@code warta.lock} beside the staging folder) while it runs and
     * releases it when it ends, published or not: in {@code mvn package} the {@code lock} execution took it before
     * the staging folder was emptied; run on its own, it takes the lock itself first (waiting, as a build does,
     * for another build in the same folder to end).</p>
     *
     * @throws PublishException when the staged site has broken links or images without alt text; nothing is published
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3 && args.length != 4) {
            throw new IllegalArgumentException("usage: Publisher <project> <staging> <site> [<lock file>]");
        }
        Path lock = args.length == 4 ? Path.of(args[3]).toAbsolutePath().normalize() : BuildLock.fileFor(Path.of(args[1]));
        if (!BuildLock.heldHere(lock)) BuildLock.acquire(lock, BuildLock.DEFAULT_WAIT, System.out);
        try {
            Properties settings = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(args[0], "jbake.properties"), StandardCharsets.UTF_8)) {
                settings.load(reader);
            }
            Path project = Path.of(args[0]);
            Publisher publisher = new Publisher(Path.of(args[1]), Path.of(args[2]), settings.getProperty("site.host", ""),
                    step -> { }, LinkMemory.in(project));
            Path staged = Files.isDirectory(publisher.staging) ? publisher.staging.toRealPath() : publisher.staging;
            Path published = publisher.publish();
            // the next bake takes unchanged files over from where they are now
            BakeCache.published(project, staged, published);
            System.out.println("Warta: situs diterbitkan di " + Path.of(args[2]) + " (" + published.getFileName() + ")");
            System.out.println(publisher.timings);
        } finally {
            BuildLock.release(lock);
        }
    }

    /**
     * Checks the staged site and publishes it.
     *
     * @return the numbered folder now published
     * @throws PublishException when the check finds problems; the published site is left as it was
     */
    public Path publish() throws IOException {
        if (!Files.isRegularFile(staging.resolve(STAGING_MARK))) {
            throw new PublishException(List.of(staging + ": tidak ada situs hasil bake (" + STAGING_MARK + " tidak ada)"));
        }
        Libraries.check();
        long start = System.nanoTime();
        try {
            // files beside releases that no online release uses: JBake copied them after the bake listed them
            UnusedFiles.remove(staging);
        } catch (IllegalStateException e) {
            throw new PublishException(List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>(links.problems(staging, host));
        long linked = System.nanoTime();
        problems.addAll(PrivacyGate.problems(staging));
        if (!problems.isEmpty()) throw new PublishException(problems);
        long checked = System.nanoTime();
        progress.accept(Step.CHECKED);
        Precompressed.Count compressed = Precompressed.write(staging, Files.isDirectory(site) ? site.toRealPath() : null);
        long packed = System.nanoTime();
        Path nginx = takeServerConfig();
        Path published = swap(nginx);
        timings = String.format("Warta: tautan diperiksa dalam %d ms, data pribadi dalam %d ms; %d berkas .gz ditulis dan %d "
                + "diambil alih dalam %d ms; diterbitkan dan situs lama dihapus dalam %d ms", (linked - start) / 1_000_000,
                (checked - linked) / 1_000_000, compressed.written(), compressed.takenOver(), (packed - checked) / 1_000_000,
                (System.nanoTime() - packed) / 1_000_000);
        return published;
    }

    /** {@code server/nginx.conf} beside the published site: {@code target/server/nginx.conf}. */
    public Path serverConfig() {
        return site.resolveSibling("server").resolve("nginx.conf");
    }

    /**
     * Copies the bake's nginx configuration from the staged site (where it stays: both servers refuse hidden files)
     * to beside where it will be published, under a temporary name; moved to {@link #serverConfig()} once the site
     * it belongs to is published.
     *
     * @return the temporary file, or null when the bake wrote none (a bake before Warta wrote one)
     */
    private Path takeServerConfig() throws IOException {
        Path staged = staging.resolve(org.warta.site.Paths.NGINX_CONF.substring(1));
        if (!Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) return null;
        Path next = serverConfig().resolveSibling(".nginx.conf.baru");
        Files.createDirectories(next.getParent());
        Files.copy(staged, next, StandardCopyOption.REPLACE_EXISTING);
        return next;
    }

    /** Publishes the staged site; {@code nginx} (may be null), its server configuration, right after it goes live. */
    private Path swap(Path nginx) throws IOException {
        Path parent = site.getParent();
        String name = site.getFileName().toString();
        removeUnlinked(parent, name, Files.isSymbolicLink(site) ? parent.resolve(Files.readSymbolicLink(site)).normalize() : null);
        Path release = parent.resolve(name + "-" + (highestNumber(parent, name) + 1));
        Files.move(staging, release, StandardCopyOption.ATOMIC_MOVE);
        progress.accept(Step.MOVED);
        Path link = parent.resolve("." + release.getFileName() + ".link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, release.getFileName());
        progress.accept(Step.LINKED);
        if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            // a real folder (from a bake before Warta published this way): moved aside once, deleted below
            Files.move(site, parent.resolve(name + "-0"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(link, site, StandardCopyOption.ATOMIC_MOVE);
        progress.accept(Step.SWAPPED);
        if (nginx != null) Files.move(nginx, serverConfig(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeUnlinked(parent, name, release);
        progress.accept(Step.CLEANED);
        return release;
    }

    /** Deletes the numbered folders and links that the published site no longer points to. */
    private static void removeUnlinked(Path parent, String name, Path current) throws IOException {
        Pattern numbered = Pattern.compile("\\.?" + Pattern.quote(name) + "-\\d+(\\.link)?");
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(p -> numbered.matcher(p.getFileName().toString()).matches()).toList()) {
                if (!sibling.equals(current)) deleteTree(sibling);
            }
        }
    }

    private static int highestNumber(Path parent, String name) throws IOException {
        Pattern numbered = Pattern.compile(Pattern.quote(name) + "-(\\d+)");
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.map(p -> numbered.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
    }

    /** Deletes a folder and all below it: the files on every core at once (a site has tens of thousands), then the folders. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root)) {
            Files.deleteIfExists(root);
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                files.add(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) throw e;
                folders.add(folder); // after everything below it
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.parallelStream().forEach(Publisher::delete);
        folders.forEach(Publisher::delete);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
