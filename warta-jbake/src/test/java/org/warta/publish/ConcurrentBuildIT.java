package org.warta.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.jbake.FixtureProject;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real {@code mvn -o -q -DskipTests package} builds started at the same moment in the same folder (a
 * scheduled job overlapping a manual one): the second waits for the first's lock, both publish, and
 * {@code target/site} resolves to a complete site at every moment, watched every few milliseconds. A build that
 * finds the lock held longer than {@code warta.lock.wait} stops with a clear message and changes nothing.
 *
 * <p>The builds run on a copy of the fixture project made buildable by {@link MavenBuild#prepare} (this
 * repository's root pom, {@code .mvn/}, the warta-jbake module's pom and main sources), built once first, so
 * that the two builds find the module up to date. The lock guards the root project (emptying, baking, publishing);
 * the module is built before it, by both builds, which is safe because its compiler compares timestamps only and
 * writes nothing for an up-to-date module (warta-jbake/pom.xml says why).</p>
 */
class ConcurrentBuildIT {
    private static final int RELEASES = 60;
    private static final String WAITING = "build lain sedang berjalan di folder ini";

    @TempDir
    static Path dir;
    static Path copy;
    static Path target;

    @BeforeAll
    static void buildOnce() throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        for (int i = 0; i < RELEASES; i++) {
            project.write("berita/2023/rilis-" + i + ".md", release("Rilis serentak nomor " + i, "2023-05-" + (10 + i % 18)));
        }
        copy = project.dir;
        target = copy.resolve("target");
        MavenBuild.prepare(copy);
        MavenBuild first = build();
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.isRegularFile(target.resolve("site/index.html")), first.output());
    }

    @Test
    void twoBuildsAtOnceBothPublishOneAfterTheOtherAndTheSiteIsAlwaysComplete() throws Exception {
        Path site = target.resolve("site");
        int before = number(Files.readSymbolicLink(site));
        Set<String> pages = files(site);
        assertTrue(pages.contains("berita/2023/rilis-" + (RELEASES - 1) + "/index.html"), pages.toString());

        Watcher watcher = new Watcher(site);
        watcher.start();
        MavenBuild a;
        MavenBuild b;
        try {
            a = build();
            b = build();
            a.exitCode();
            b.exitCode();
        } finally {
            watcher.stop();
        }
        String both = "--- build A ---\n" + a.output() + "\n--- build B ---\n" + b.output();
        assertTrue(watcher.polls() > 1000, "the watcher looked often enough: " + watcher.polls());
        assertEquals(List.of(), watcher.problems(), "target/site always resolves to a folder with index.html\n" + both);
        assertEquals(0, a.exitCode(), both);
        assertEquals(0, b.exitCode(), both);
        long waited = Stream.of(a.output(), b.output()).filter(o -> o.contains(WAITING)).count();
        assertEquals(1, waited, "exactly one build waited for the other\n" + both);
        String waiter = a.output().contains(WAITING) ? a.output() : b.output();
        assertEquals(1, waiter.lines().filter(l -> l.contains(WAITING)).count(), "one line about waiting\n" + both);

        assertEquals(Path.of("site-" + (before + 2)), Files.readSymbolicLink(site), "both published, one after the other\n" + both);
        assertEquals(pages, files(site), "the site is complete");
        assertEquals(List.of("server", "site", "site-" + (before + 2), "warta-cache"), names(target),
                "only the servers' configuration, the link, its folder and the caches (the last bake's memory, kept for the next one)");
        assertEquals(List.of("nginx.conf"), names(target.resolve("server")), "the published site's nginx configuration, nothing half-written");
        assertTrue(watcher.seen().size() >= 2, "the watcher saw the site change: " + watcher.seen());
    }

    @Test
    void aBuildThatWaitsLongerThanAllowedStopsWithAMessageAndChangesNothing() throws Exception {
        Path site = target.resolve("site");
        Path before = Files.readSymbolicLink(site);
        Set<String> pages = files(site);
        Path staging = Files.createDirectories(target.resolve("warta-staging"));
        Files.writeString(staging.resolve("penanda.txt"), "tetap di sini");
        try (FileChannel channel = FileChannel.open(copy.resolve(".warta.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            assertTrue(held != null && held.isValid(), "this test holds the lock as another build would");
            MavenBuild build = build("-Dwarta.lock.wait=2");
            assertNotEquals(0, build.exitCode(), build.output());
            assertTrue(build.output().contains(WAITING), build.output());
            assertTrue(build.output().contains("Warta: build lain masih berjalan di folder ini"), build.output());
            assertTrue(build.output().contains("tidak ada yang diubah"), build.output());
            assertFalse(build.output().contains("situs diterbitkan"), build.output());
            // `mvn clean package` keeps the site and the staging folder (and the lock file is outside target/), then
            // waits for the lock like any build
            MavenBuild cleaning = build("-Dwarta.lock.wait=2", "clean");
            assertNotEquals(0, cleaning.exitCode(), cleaning.output());
            assertTrue(cleaning.output().contains(WAITING), cleaning.output());
            assertTrue(Files.isRegularFile(site.resolve("index.html")), "the clean did not delete the site under the running build");
            assertTrue(Files.isRegularFile(staging.resolve("penanda.txt")), "nor the staging folder");
        }
        assertEquals(before, Files.readSymbolicLink(site), "the site is the one published before");
        assertEquals(pages, files(site));
        assertEquals("tetap di sini", Files.readString(staging.resolve("penanda.txt")), "the staging folder was not emptied");
        Files.delete(staging.resolve("penanda.txt"));
        Files.delete(staging);
    }

    /**
     * {@code mvn -o -q -e -B -DskipTests package} in the copy, as a scheduled job runs it.
     */
    private static MavenBuild build(String... options) throws IOException {
        List<String> all = new ArrayList<>(List.of("-q", "-e"));
        all.addAll(List.of(options));
        return MavenBuild.start(copy, all.toArray(String[]::new));
    }

    /**
     * Looks at {@code target/site/index.html} every 2 ms, each look one stat(2) through the link as the kernel
     * resolves it at that instant, as a web server or rsync would: it must always be there.
     */
    static final class Watcher {
        private final Path site;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong polls = new AtomicLong();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> seen = Collections.synchronizedSet(new TreeSet<>());
        private final Thread thread;

        Watcher(Path site) {
            this.site = site;
            this.thread = new Thread(this::watch, "pengamat-situs");
        }

        void start() {
            thread.start();
        }

        private void watch() {
            long start = System.nanoTime();
            while (running.get()) {
                polls.incrementAndGet();
                if (!Files.isRegularFile(site.resolve("index.html"))) {
                    String link;
                    try {
                        link = Files.readSymbolicLink(site) + (Files.isDirectory(site) ? " (folder ada)" : " (folder tidak ada)");
                    } catch (IOException e) {
                        link = "tidak terbaca: " + e;
                    }
                    if (problems.size() < 20) {
                        problems.add((System.nanoTime() - start) / 1_000_000 + " ms: target/site -> " + link + " tanpa index.html");
                    }
                } else {
                    try {
                        seen.add(Files.readSymbolicLink(site).toString());
                    } catch (IOException ignored) {
                        // swapped between the two looks; the next poll sees the new one
                    }
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }

        long polls() {
            return polls.get();
        }

        List<String> problems() {
            return List.copyOf(problems);
        }

        Set<String> seen() {
            return Set.copyOf(seen);
        }
    }

    private static int number(Path link) {
        String name = link.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
    }

    /** Every file of the site, relative to it. */
    private static Set<String> files(Path site) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String release(String title, String date) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nprovince: Jambi\ntopics: [koperasi]\n"
                + "summary: \"Ringkasan " + title + " untuk daftar, umpan dan deskripsi halaman.\"\n---\nIsi " + title + ".\n";
    }
}
