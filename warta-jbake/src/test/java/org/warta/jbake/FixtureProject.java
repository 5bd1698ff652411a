package org.warta.jbake;

import org.warta.site.BakeStopped;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away Warta project for site tests: the real jbake.properties, templates/ and assets/ of this
 * repository, and a content/ written by the test. {@link #bake()} runs JBake's real Oven on it.
 */
public final class FixtureProject {
    /** Where {@link #writeFullRelease()}'s release is published. */
    public static final String FULL_RELEASE = "/berita/2023/rakorda-sultra-2023/";
    public final Path dir;
    public final Path output;

    public FixtureProject(Path dir) {
        this.dir = dir;
        this.output = dir.resolve("out");
        Path project = Path.of(System.getProperty("warta.project", ".."));
        try {
            Files.createDirectories(dir);
            Files.copy(project.resolve("jbake.properties"), dir.resolve("jbake.properties"));
            copyTree(project.resolve("templates"), dir.resolve("templates"));
            copyTree(project.resolve("assets"), dir.resolve("assets"));
            Files.createDirectories(dir.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content/<path>}. */
    public FixtureProject write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureProject write(String path, byte[] bytes) {
        try {
            Path file = dir.resolve("content").resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the release with every field ({@code src/test/resources/content/berita/2023/lengkap.md}, published
     * at {@value #FULL_RELEASE}) with its photo and its attachment.
     */
    public FixtureProject writeFullRelease() {
        try {
            for (String file : List.of("lengkap.md", "foto.png")) {
                write("berita/2023/" + file, Files.readAllBytes(Path.of(FixtureProject.class.getResource("/content/berita/2023/" + file).toURI())));
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("test resource content/berita/2023/ is missing", e);
        }
        return write("berita/2023/bahan.pdf", "%PDF-1.4\n");
    }

    /** Copies a folder of test resources into the project, e.g. {@code copy(bad/content, "content")}. */
    public FixtureProject copy(Path from, String into) {
        try {
            copyTree(from, dir.resolve(into));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A release with the required fields and the given extra front matter lines. */
    public static String release(String title, String date, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n"
                + "summary: \"Ringkasan rilis " + title + " untuk daftar, umpan dan deskripsi halaman.\"\n"
                + extraFrontMatter + "---\n" + body + "\n";
    }

    /** Bakes with JBake's Oven; returns its errors, or what stopped the bake ({@link BakeStopped}). */
    public List<Throwable> bake() {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(dir.toFile(), output.toFile(), true);
        Oven oven = new Oven(config);
        try {
            oven.bake();
        } catch (BakeStopped stopped) {
            return List.of(stopped);
        }
        return oven.getErrors();
    }

    public Path out(String path) {
        return output.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Copies a folder into another, the files' bytes as they are. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
