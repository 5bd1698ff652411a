package org.warta.jbake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.publish.MavenBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second {@code mvn package}, as production runs it (the bake in JBake's realm, the publisher in exec's), on the
 * project's sample content with its photos: it takes over from the cache in {@code target/} what did not change,
 * and publishes the same bytes as a bake without the cache; a cache that is damaged, or a published page edited
 * since, is not trusted.
 */
class SecondBakeIT {
    /** One clock for every build, so that their sites can be compared byte for byte. */
    private static final String CLOCK = "-Dwarta.now=2026-11-30T05:00:00Z";
    private static final Pattern TAKEN = Pattern.compile("Warta: (\\d+) rilis dan (\\d+) halaman tidak berubah");

    @Test
    void aSecondBakeTakesOverWhatDidNotChangeAndPublishesWhatACleanBakePublishes(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"))
                .copy(Path.of(System.getProperty("warta.project", "..")).resolve("content"), "content");
        MavenBuild.prepare(project.dir);
        Path cache = project.dir.resolve("target/warta-cache/bake/bake.bin");

        String first = build(project);
        assertTrue(first.contains("Warta: belum ada cache bake"), first);
        assertTrue(Files.isRegularFile(cache), "the bake kept its memory in target/");

        Path changed = project.dir.resolve("content/berita/2024/rakor-pengawasan-koperasi-sulsel.md");
        Files.writeString(changed, "\nKalimat tambahan untuk uji bake kedua.\n", StandardOpenOption.APPEND);
        String second = build(project);
        assertTrue(second.contains("Warta: cache bake dipakai"), second);
        int[] taken = taken(second);
        int releases = countReleases(project.dir.resolve("content"));
        assertEquals(releases - 1, taken[0], "every release file but the changed one taken over:\n" + second);
        assertTrue(taken[1] > 200, "most pages taken over: " + taken[1]);
        Path site = project.dir.resolve("target/site");
        assertTrue(Files.readString(site.resolve("berita/2024/rakor-pengawasan-koperasi-sulsel/index.html"))
                .contains("Kalimat tambahan untuk uji bake kedua."), "the change is published");
        Path withCache = copyOf(site, dir.resolve("dengan-cache"));

        Files.delete(cache); // as mvn clean leaves it
        String clean = build(project);
        assertTrue(clean.contains("Warta: belum ada cache bake"), clean);
        assertSameFiles(withCache, site);

        // a cache cut short is not read; the site is still the clean one
        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, Arrays.copyOf(whole, whole.length / 3));
        String damaged = build(project);
        assertTrue(damaged.contains("Warta: cache bake tidak dipakai: berkasnya terpotong"), damaged);
        assertEquals(0, taken(damaged)[1], damaged);
        assertSameFiles(withCache, site);

        // a published page edited by hand since the last bake is made again, not taken over
        Path page = site.resolve("berita/2024/rakor-pengawasan-koperasi-sulsel/index.html");
        Files.writeString(page, "<p>disunting di server</p>", StandardOpenOption.APPEND);
        String edited = build(project);
        assertTrue(edited.contains("1 berkas situs berubah sejak bake itu, dibuat lagi"), edited);
        assertSameFiles(withCache, site);

        // a second bake refused by the publisher (a broken link) leaves the published site as it was, byte for byte,
        // though the bake linked most of its files into the staging folder
        Path before = copyOf(site, dir.resolve("sebelum"));
        Path broken = project.dir.resolve("content/berita/2019/rakorda-jambi-2019.md");
        String kept = Files.readString(broken);
        Files.writeString(broken, "\nLihat [bahan rapat](/tidak-ada/).\n", StandardOpenOption.APPEND);
        MavenBuild refused = MavenBuild.start(project.dir, CLOCK);
        String refusedOutput = refused.output();
        assertTrue(refused.exitCode() != 0 && refusedOutput.contains("tautan \"/tidak-ada/\" tidak ada di situs"), refusedOutput);
        assertTrue(taken(refusedOutput)[1] > 200, refusedOutput);
        assertSameFiles(before, site);
        Files.writeString(broken, kept);

        // other templates: nothing is taken over
        Path layout = project.dir.resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>Catatan baru</p></footer>"));
        String otherTemplates = build(project);
        assertTrue(otherTemplates.contains("Warta: cache bake tidak dipakai: dibuat dari pengaturan, templat"), otherTemplates);
        assertEquals(0, taken(otherTemplates)[1], otherTemplates);
        assertTrue(Files.readString(site.resolve("index.html")).contains("Catatan baru"));
    }

    private static String build(FixtureProject project) throws Exception {
        MavenBuild build = MavenBuild.start(project.dir, CLOCK);
        String output = build.output();
        assertEquals(0, build.exitCode(), output);
        return output;
    }

    /** Release files and pages taken over, as the bake logged them. */
    private static int[] taken(String output) {
        Matcher m = TAKEN.matcher(output);
        assertTrue(m.find(), output);
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int countReleases(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    private static Path copyOf(Path site, Path to) throws IOException {
        FixtureProject.copyTree(site.toRealPath(), to);
        return to;
    }

    /** The same files with the same bytes. */
    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Path real = actual.toRealPath();
        List<String> expectedFiles = files(expected);
        assertEquals(expectedFiles, files(real));
        List<String> differ = new ArrayList<>();
        for (String file : expectedFiles) {
            if (!Arrays.equals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(real.resolve(file)))) differ.add(file);
        }
        assertEquals(List.of(), differ, "files whose bytes differ");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }
}
