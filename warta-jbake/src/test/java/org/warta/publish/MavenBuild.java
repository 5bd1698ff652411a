package org.warta.publish;

import org.warta.jbake.FixtureProject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn -o -B -DskipTests package} of a project folder, as a writer or a scheduled job runs it: the
 * JBake plugin's and the exec plugin's own class realms, the real publisher, Maven's real output. Its output is
 * read as it runs.
 */
public record MavenBuild(Process process, CompletableFuture<String> out) {

    /**
     * Makes a fixture project buildable on its own: this repository's root pom, {@code .mvn/}, and the warta-jbake
     * module's pom and main sources (the module is built from them in the reactor, as in a clone).
     */
    public static void prepare(Path project) throws IOException {
        Path repository = Path.of(System.getProperty("warta.project", "..")).toAbsolutePath().normalize();
        Files.copy(repository.resolve("pom.xml"), project.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        FixtureProject.copyTree(repository.resolve(".mvn"), project.resolve(".mvn"));
        Files.createDirectories(project.resolve("warta-jbake"));
        Files.copy(repository.resolve("warta-jbake/pom.xml"), project.resolve("warta-jbake/pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        FixtureProject.copyTree(repository.resolve("warta-jbake/src/main"), project.resolve("warta-jbake/src/main"));
    }

    /** Starts {@code mvn -o -B -DskipTests [options] package} in {@code folder}. */
    public static MavenBuild start(Path folder, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B", "-DskipTests"));
        command.addAll(List.of(options));
        command.add("package");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                process.getInputStream().transferTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        });
        return new MavenBuild(process, out);
    }

    /** Waits for the build (at most 5 minutes) and returns its exit code. */
    public int exitCode() throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn package did not end within 5 minutes");
        }
        return process.exitValue();
    }

    /** Everything the build printed, without terminal colours. */
    public String output() throws Exception {
        return out.get(1, TimeUnit.MINUTES).replaceAll("\u001B\\[[0-9;]*m", "");
    }
}
