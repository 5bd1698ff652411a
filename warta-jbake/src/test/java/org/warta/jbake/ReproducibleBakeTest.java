package org.warta.jbake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same content and templates give the same bytes: the project's own sample content is baked twice, the
 * second time on a "machine" with another default locale and time zone and in a different folder.
 */
class ReproducibleBakeTest {

    @Test
    void twoBakesOfTheSameContentAreByteForByteEqual(@TempDir Path first, @TempDir Path second) throws IOException {
        Path content = Path.of(System.getProperty("warta.project", "..")).resolve("content");
        FixtureProject a = new FixtureProject(first).copy(content, "content");
        FixtureProject b = new FixtureProject(second).copy(content, "content");
        assertEquals(List.of(), a.bake());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertEquals(List.of(), b.bake());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        Map<String, byte[]> one = tree(a.output);
        Map<String, byte[]> two = tree(b.output);
        assertTrue(one.size() > 100, "the whole sample site: " + one.size() + " files");
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
