package org.warta.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.publish.MavenBuild;
import org.warta.jbake.FixtureProject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C in the terminal of {@code mvn -Ppratinjau package}, the README's command: the real Maven JVM, exec's
 * class realm and JBake's OrientDB (which takes SIGINT for itself when it starts, and would end the build with
 * status 1). The preview stops as it does on Enter: a closing line, its folder deleted, Maven's BUILD SUCCESS and
 * exit status 0: between bakes, and during the first bake, while JBake's database is starting.
 */
class PreviewCtrlCIT {
    @TempDir
    static Path dir;

    @Test
    void ctrlCBetweenBakesEndsThePreviewWithExitStatusZeroAndItsFolderDeleted() throws Exception {
        stopWithCtrlC("idle", (lines, output, project) -> {
            readUntil(lines, output, "Ctrl-C untuk berhenti");
            project.write("berita/2024/baru.md", FixtureProject.release("Rilis kedua di pratinjau", "2024-04-02", "", "Isi rilis kedua."));
            readUntil(lines, output, "Situs dipanggang");
        });
    }

    @Test
    void ctrlCDuringTheFirstBakeEndsThePreviewTheSameWay() throws Exception {
        // JBake's database starts during the first bake: the preview has started it before, and taken Ctrl-C back
        stopWithCtrlC("first-bake", (lines, output, project) -> readUntil(lines, output, "Memanggang"));
    }

    /** What happens before SIGINT is sent, reading the preview's output. */
    private interface Before {
        void run(BufferedReader lines, StringBuilder output, FixtureProject project) throws Exception;
    }

    private static void stopWithCtrlC(String name, Before before) throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve(name));
        project.writeFullRelease();
        MavenBuild.prepare(project.dir);
        Path previews = dir.resolve(name + "-pratinjau");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // SIGINT back to its default: a build started in the background (a CI script's `&`) inherits it ignored
        Process maven = new ProcessBuilder("env", "--default-signal=INT", "mvn", "-o", "-B", "-Ppratinjau", "-DskipTests",
                "-Dwarta.port=" + port, "-Dwarta.preview=" + previews, "package")
                .directory(project.dir.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture.runAsync(() -> {
                try {
                    before.run(lines, output, project);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).get(5, TimeUnit.MINUTES);
            // the shell's own kill: a machine without procps has no kill command
            assertEquals(0, new ProcessBuilder("sh", "-c", "kill -INT \"$0\"", Long.toString(maven.pid())).start().waitFor());
            CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> readUntil(lines, output, null));
            assertTrue(maven.waitFor(1, TimeUnit.MINUTES), output::toString);
            rest.get(10, TimeUnit.SECONDS);
        } finally {
            maven.destroyForcibly();
        }
        String printed = output.toString().replaceAll("\u001B\\[[0-9;]*m", "");
        assertEquals(0, maven.exitValue(), printed);
        assertTrue(printed.contains("Pratinjau: Ctrl-C diterima"), printed);
        assertTrue(printed.contains("Pratinjau berhenti."), printed);
        assertTrue(printed.contains("BUILD SUCCESS"), printed);
        assertFalse(printed.contains("masalah"), "a stop is not reported as problems: " + printed);
        try (Stream<Path> left = Files.list(previews)) {
            List<Path> runFolders = left.toList();
            assertEquals(List.of(), runFolders, "the preview's run folder is deleted on Ctrl-C");
        }
    }

    /** Copies lines into {@code output} until one contains {@code wanted} (or to the end when it is null). */
    private static void readUntil(BufferedReader lines, StringBuilder output, String wanted) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (wanted != null && line.contains(wanted)) return;
            }
            if (wanted != null) throw new AssertionError("ended before \"" + wanted + "\":\n" + output);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
