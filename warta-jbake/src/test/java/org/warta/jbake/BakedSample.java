package org.warta.jbake;

import org.warta.pages.XssTest;
import org.warta.site.BakeStopped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real bake, shared by the tests that read every page of a site: the project's sample content and one release per
 * vector of the XSS test (scripts, handlers, entities, odd markup in every field), baked once per test JVM into
 * {@code target/baked-sample-*}.
 */
public final class BakedSample {
    private static FixtureProject baked;

    private BakedSample() {
    }

    /** The baked project (its {@code output} holds the site). */
    public static synchronized FixtureProject project() {
        if (baked != null) return baked;
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "baked-sample-");
            Path content = Path.of(System.getProperty("warta.project", "..")).resolve("content");
            FixtureProject project = new FixtureProject(dir).copy(content, "content");
            List<String> vectors = Files.readAllLines(Path.of(BakedSample.class.getResource("/xss/vectors.txt").toURI()),
                    StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            XssTest.writeFilesTheVectorsName(project);
            for (int i = 0; i < vectors.size(); i++) {
                project.write(String.format("berita/2023/xss-%02d.md", i + 1), XssTest.release(i + 1, vectors.get(i)));
            }
            List<String> errors = project.bake().stream()
                    .map(e -> e instanceof BakeStopped stopped && !stopped.problems().isEmpty() ? stopped.problems().toString() : e.toString()).toList();
            if (!errors.isEmpty()) throw new IllegalStateException("the sample did not bake: " + errors);
            baked = project;
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the baked site whose name ends with {@code suffix}, sorted. */
    public static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(project().output)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
