package org.warta.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build lock between processes (a second {@code java} with this test's class path plays the other build)
 * and between class loaders of one JVM (as exec:java runs the {@code lock} and {@code publish} executions).
 */
class BuildLockTest {
    private static final String WAITING = "Warta: build lain sedang berjalan di folder ini (";

    @TempDir
    Path target;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void releaseEverything() throws InterruptedException {
        for (Process child : children) child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        BuildLock.release(lock());
    }

    @Test
    void theLockIsBesideTheStagingFolder() {
        assertEquals(target.resolve("warta.lock"), BuildLock.fileFor(target.resolve("warta-staging")));
    }

    @Test
    void anotherProcessWaitsForTheLockThenStopsWithAMessage() throws Exception {
        BuildLock.acquire(lock(), Duration.ZERO, System.out);
        assertTrue(BuildLock.heldHere(lock()));
        assertTrue(Files.isRegularFile(lock()));

        long start = System.nanoTime();
        Result other = java(BuildLock.class, lock().toString(), "1");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotEquals(0, other.exitCode, other.output);
        assertEquals(1, other.output.lines().filter(l -> l.contains(WAITING)).count(), other.output);
        assertTrue(other.output.contains("menunggu hingga 1 detik"), other.output);
        assertTrue(other.output.contains("Warta: build lain masih berjalan di folder ini (" + lock() + ") setelah ditunggu 1 detik;"
                + " build ini berhenti dan tidak ada yang diubah."), other.output);
        assertTrue(millis >= 1000, "it waited the second it was given: " + millis + " ms");

        assertTrue(BuildLock.release(lock()));
        assertFalse(BuildLock.heldHere(lock()));
        Result free = java(BuildLock.class, lock().toString(), "0");
        assertEquals(0, free.exitCode, free.output);
        assertFalse(free.output.contains(WAITING), free.output);
    }

    @Test
    void withNoWaitABusyLockStopsAtOnce() throws Exception {
        Process holder = hold(-1);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        BuildLock.Busy busy = assertThrows(BuildLock.Busy.class,
                () -> BuildLock.acquire(lock(), Duration.ZERO, new PrintStream(said, true, StandardCharsets.UTF_8)));
        assertTrue(busy.getMessage().startsWith(WAITING + lock() + "); build ini berhenti dan tidak ada yang diubah."), busy.getMessage());
        assertEquals("", said.toString(StandardCharsets.UTF_8));
        assertTrue(holder.isAlive());
    }

    @Test
    void aProcessKilledWithSigkillLeavesNoStaleLock() throws Exception {
        Process holder = hold(-1);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThrows(BuildLock.Busy.class,
                () -> BuildLock.acquire(lock(), Duration.ofMillis(300), new PrintStream(said, true, StandardCharsets.UTF_8)));
        assertTrue(said.toString(StandardCharsets.UTF_8).startsWith(WAITING), said.toString(StandardCharsets.UTF_8));

        holder.destroyForcibly(); // SIGKILL
        assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        BuildLock.acquire(lock(), Duration.ZERO, System.out); // at once: the kernel dropped the killed process's lock
        assertTrue(BuildLock.heldHere(lock()));
    }

    @Test
    void aWaitingBuildGoesOnWhenTheOtherEnds() throws Exception {
        hold(1500);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        long start = System.nanoTime();
        BuildLock.acquire(lock(), Duration.ofSeconds(30), new PrintStream(said, true, StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(BuildLock.heldHere(lock()));
        assertTrue(said.toString(StandardCharsets.UTF_8).startsWith(WAITING + lock() + "); menunggu hingga 30 detik"),
                said.toString(StandardCharsets.UTF_8));
        assertTrue(millis < 20_000, millis + " ms");
    }

    /**
     * What {@code mvn package} does: exec:java runs {@link BuildLock#main} in a class loader of its own and closes
     * it; the Publisher, in another class loader, finds the lock held by this JVM and releases it at its end.
     */
    @Test
    void theLockTakenInOneClassLoaderIsReleasedFromAnother() throws Exception {
        URL classes = BuildLock.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader exec = new URLClassLoader(new URL[]{classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> other = exec.loadClass(BuildLock.class.getName());
            assertNotSame(BuildLock.class, other, "a class of its own, as exec:java makes");
            Method main = other.getMethod("main", String[].class);
            main.invoke(null, (Object) new String[]{lock().toString(), "0"});
        }
        assertTrue(BuildLock.heldHere(lock()), "found from this class loader");
        Result busy = java(BuildLock.class, lock().toString(), "0");
        assertNotEquals(0, busy.exitCode, "the OS lock is held: " + busy.output);

        assertTrue(BuildLock.release(lock()), "released from this class loader, after the other one was closed");
        assertFalse(BuildLock.heldHere(lock()));
        Result free = java(BuildLock.class, lock().toString(), "0");
        assertEquals(0, free.exitCode, free.output);
    }

    @Test
    void acquiringTwiceInOneJvmIsRefusedAndTheLockExecutionKeepsALockThisJvmHolds() throws Exception {
        BuildLock.acquire(lock(), Duration.ZERO, System.out);
        assertThrows(IllegalStateException.class, () -> BuildLock.acquire(lock(), Duration.ZERO, System.out));
        // a build daemon's JVM still holding the lock of an earlier build that stopped before publishing
        BuildLock.main(new String[]{lock().toString(), "0"});
        assertTrue(BuildLock.heldHere(lock()));
        assertEquals(1, Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(BuildLock.THREAD + " " + lock())).count());
        Result busy = java(BuildLock.class, lock().toString(), "0");
        assertNotEquals(0, busy.exitCode, "still held: closing no channel of this JVM dropped it: " + busy.output);
    }

    @Test
    void thePublisherReleasesTheBuildsLockWhenItEndsPublishedOrNot() throws Exception {
        Path project = Files.createDirectories(target.resolve("proyek"));
        Files.writeString(project.resolve("jbake.properties"), "site.host=https://x.example\n");
        String[] args = {project.toString(), staging().toString(), target.resolve("site").toString()};

        BuildLock.main(new String[]{lock().toString(), "0"});
        Files.createDirectories(staging());
        assertThrows(PublishException.class, () -> Publisher.main(args), "nothing baked");
        assertFalse(BuildLock.heldHere(lock()), "released though it failed");

        BuildLock.main(new String[]{lock().toString(), "0"});
        stage("<p>satu</p>");
        String output = publish(args);
        assertTrue(output.startsWith("Warta: situs diterbitkan di "), output);
        assertFalse(BuildLock.heldHere(lock()));
        assertEquals("<p>satu</p>", Files.readString(target.resolve("site/index.html")));
    }

    @Test
    void thePublisherOnItsOwnTakesTheLockAndWaitsForAnotherBuild() throws Exception {
        Path project = Files.createDirectories(target.resolve("proyek"));
        Files.writeString(project.resolve("jbake.properties"), "site.host=https://x.example\n");
        stage("<p>dua</p>");
        hold(1500);
        String output = publish(new String[]{project.toString(), staging().toString(), target.resolve("site").toString()});
        assertTrue(output.startsWith(WAITING + lock() + "); menunggu hingga 10 menit"), output);
        assertTrue(output.contains("Warta: situs diterbitkan di "), output);
        assertFalse(BuildLock.heldHere(lock()));
        assertEquals("<p>dua</p>", Files.readString(target.resolve("site/index.html")));
    }

    /** Runs {@link Publisher#main}; returns what it printed. */
    private static String publish(String[] args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            Publisher.main(args);
        } finally {
            System.setOut(out);
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    /** A staged site as Warta's bake leaves it: a page, and the list of files no release uses (none). */
    private void stage(String index) throws IOException {
        Files.createDirectories(staging());
        Files.writeString(staging().resolve("index.html"), index);
        Files.writeString(staging().resolve(UnusedFiles.LIST), "");
    }

    private Path staging() {
        return target.resolve("warta-staging");
    }

    private Path lock() {
        return target.resolve("warta.lock");
    }

    /** Another process that takes the lock, says so, holds it {@code millis} (or until killed), and exits. */
    private Process hold(long millis) throws Exception {
        Process child = start(Hold.class, lock().toString(), Long.toString(millis));
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertEquals(Hold.HELD, line, "the other process took the lock");
        return child;
    }

    /** The other process's main: {@code Hold <lock file> <millis, or -1 for ever>}. */
    public static final class Hold {
        static final String HELD = "DIPEGANG";

        public static void main(String[] args) throws Exception {
            BuildLock.acquire(Path.of(args[0]), Duration.ZERO, System.out);
            System.out.println(HELD);
            System.out.flush();
            long millis = Long.parseLong(args[1]);
            Thread.sleep(millis < 0 ? Long.MAX_VALUE : millis);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private Result java(Class<?> main, String... args) throws Exception {
        Process child = start(main, args);
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the other process ended");
        return new Result(child.exitValue(), output);
    }

    private Process start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(child);
        return child;
    }
}
