package org.warta.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.jbake.FixtureProject;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Where the preview bakes: a folder of its own for each run, readable by its owner only, holding only the bake
 * shown (and the one under way), and gone when the preview stops: closed, on Enter, on SIGTERM, and when it
 * cannot start. Two previews, of one project or of two, never share or delete each other's folders.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PreviewFoldersTest {
    @TempDir
    Path dir;
    Path output;
    FixtureProject project;
    final List<AutoCloseable> open = new ArrayList<>();
    /** What the previews in this JVM print, kept out of the test log. */
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeEach
    void project() {
        output = dir.resolve("pratinjau");
        project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2024/rapat.md", release("Rapat Koordinasi Koperasi 2024"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) closeable.close();
    }

    private static String release(String title) {
        return FixtureProject.release(title, "2024-03-05", "province: Jawa Barat\n", "Dinas membahas penguatan koperasi.");
    }

    private Preview preview(Path of) throws IOException {
        Preview preview = new Preview(of, output, 0, log);
        open.add(preview);
        return preview;
    }

    @Test
    void twoPreviewsOfOneProjectOrTwoNeverShareFolders() throws Exception {
        FixtureProject other = new FixtureProject(dir.resolve("proyek-lain"));
        other.write("berita/2024/pelatihan.md", release("Pelatihan Koperasi Nelayan 2024"));
        Preview first = preview(project.dir);
        Preview second = preview(project.dir);
        Preview third = preview(other.dir);
        for (Preview preview : List.of(first, second, third)) assertTrue(preview.bake("test").ok());

        List<Path> runs = List.of(first.shownFolder().getParent(), second.shownFolder().getParent(), third.shownFolder().getParent());
        assertEquals(3, runs.stream().distinct().count(), "a run folder each: " + runs);
        for (Path run : runs) {
            assertEquals(output.toRealPath(), run.getParent(), "in the given folder");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(run)), "owner only");
        }
        assertEquals(runs.get(0).getFileName().toString().substring(0, 9), runs.get(1).getFileName().toString().substring(0, 9),
                "named by the project");
        assertNotEquals(runs.get(0).getFileName().toString().substring(0, 9), runs.get(2).getFileName().toString().substring(0, 9));

        first.close();
        assertFalse(Files.exists(runs.get(0)), "the first preview's folder is gone");
        for (Preview preview : List.of(second, third)) {
            assertTrue(Files.isRegularFile(preview.shownFolder().resolve("index.html")), "the others' folders are whole");
            assertEquals(200, status(preview.address()));
        }
        second.close();
        third.close();
        assertEquals(List.of(), children(output), "nothing is left");
    }

    @Test
    void onlyTheBakeShownIsKept() throws Exception {
        Preview preview = preview(project.dir);
        assertTrue(preview.bake("1").ok());
        Path run = preview.shownFolder().getParent();
        for (int i = 2; i <= 3; i++) {
            project.write("berita/2024/rapat.md", release("Rapat Koordinasi Koperasi " + i));
            assertTrue(preview.bake(String.valueOf(i)).ok());
            waitFor(() -> children(run).equals(List.of(preview.shownFolder())), "a superseded bake is deleted");
        }
        Path good = preview.shownFolder();
        project.write("berita/2024/rapat.md", release("Rapat").replace("2024-03-05", "2024-02-30"));
        assertFalse(preview.bake("salah").ok());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("rapat.md:3: date"), "the problem is told");
        assertEquals(List.of(good), children(run), "a failed bake is deleted; the last good one stays for the next");
        project.write("berita/2024/rapat.md", release("Rapat Koordinasi Koperasi 4"));
        assertTrue(preview.bake("4").ok());
        waitFor(() -> children(run).equals(List.of(preview.shownFolder())), "the kept one goes once a new one is shown");
        preview.close();
        assertEquals(List.of(), children(output));
    }

    @Test
    void aPortInUseLeavesNoFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThrows(BindException.class, () -> new Preview(project.dir, output, taken.getLocalPort(), log).close());
        }
        assertEquals(List.of(), children(output));
    }

    @Test
    void sigtermDeletesTheRunFolder() throws Exception {
        Child child = child();
        Path run = onlyChild(output);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(run)));
        assertEquals(200, status(child.address));
        child.process.destroy();
        assertTrue(child.process.waitFor(60, TimeUnit.SECONDS), "stopped");
        assertEquals(List.of(), children(output), "the run folder is gone: " + child.output());
    }

    @Test
    void enterDeletesTheRunFolder() throws Exception {
        Child child = child();
        child.process.getOutputStream().write('\n');
        child.process.getOutputStream().close();
        assertTrue(child.process.waitFor(60, TimeUnit.SECONDS), "stopped");
        assertEquals(0, child.process.exitValue(), child.output());
        assertEquals(List.of(), children(output), "the run folder is gone: " + child.output());
        assertTrue(child.output().contains("Pratinjau berhenti."), child.output());
    }

    @Test
    void aChildThatCannotStartLeavesNoFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = start(String.valueOf(taken.getLocalPort()));
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertNotEquals(0, process.exitValue());
            assertTrue(out.contains("sudah dipakai"), out);
        }
        assertEquals(List.of(), children(output));
    }

    /** A preview in its own JVM, once it has baked and serves. */
    private record Child(Process process, String address, StringBuffer lines) {
        String output() {
            return lines.toString();
        }
    }

    private Child child() throws Exception {
        Process process = start("0");
        StringBuffer lines = new StringBuffer();
        CountDownLatch serving = new CountDownLatch(1);
        String[] address = new String[1];
        Thread reading = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.append(line).append('\n');
                    if (line.startsWith("Pratinjau: http://")) {
                        address[0] = line.substring("Pratinjau: ".length(), line.indexOf(' ', "Pratinjau: ".length()));
                        serving.countDown();
                    }
                }
            } catch (IOException e) {
                // the test is over and has closed the child's streams
                lines.append("[").append(e.getMessage()).append("]\n");
            }
        }, "preview-child-output");
        reading.setDaemon(true);
        reading.start();
        if (!serving.await(120, TimeUnit.SECONDS)) fail("the preview did not start: " + lines);
        return new Child(process, address[0], lines);
    }

    private Process start(String port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Preview.class.getName(),
                "--proyek", project.dir.toString(), "--keluaran", output.toString(), "--port", port);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        open.add(() -> {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        });
        return process;
    }

    private static int status(String address) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<Path> children(Path folder) {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyChild(Path folder) {
        List<Path> children = children(folder);
        assertEquals(1, children.size(), "one run folder: " + children);
        return children.get(0);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            if (System.nanoTime() > end) fail(what);
            Thread.sleep(50);
        }
    }
}
