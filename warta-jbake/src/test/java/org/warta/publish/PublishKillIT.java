package org.warta.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.jbake.FixtureProject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL at any moment leaves the old site or the new one, never a mix. Each run is a
 * separate JVM doing what {@code mvn package} does ({@link BakeAndPublish}), killed during the bake (after a
 * delay) and at each moment of publishing; the published folder is read after every kill.
 */
class PublishKillIT {
    private static final String HOST = "http://localhost:8820";

    @TempDir
    Path dir;
    FixtureProject project;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        project = new FixtureProject(dir.resolve("proyek"));
        Path target = dir.resolve("target");
        for (int i = 0; i < 30; i++) {
            project.write("berita/2023/rilis-" + i + ".md", release("Rilis versi lama nomor " + i, "2023-05-" + (10 + i % 18)));
        }
        run(target, "NONE", 0);
        Map<String, String> old = published(target);

        // the new content: one release changed, one deleted, one added; its site, baked elsewhere to the end
        project.write("berita/2023/rilis-0.md", release("Rilis versi baru nomor 0", "2023-05-10"));
        Files.delete(project.dir.resolve("content/berita/2023/rilis-1.md"));
        project.write("berita/2023/rilis-baru.md", release("Rilis yang baru ditambahkan", "2023-06-01"));
        run(dir.resolve("rujukan"), "NONE", 0);
        Map<String, String> fresh = published(dir.resolve("rujukan"));
        assertNotEquals(old, fresh);
        assertTrue(fresh.containsKey("berita/2023/rilis-baru/index.html"));
        assertFalse(fresh.containsKey("berita/2023/rilis-1/index.html"), "a deleted release's page is gone");

        for (long delay : new long[]{1, 300, 900, 1800}) {
            run(target, "NONE", delay);
            Map<String, String> now = published(target);
            assertTrue(now.equals(old) || now.equals(fresh), "killed " + delay + " ms after the start: old or new, not " + now.keySet());
        }
        for (String moment : List.of("START", "BAKED", "CHECKED", "MOVED", "LINKED")) {
            Map<String, String> before = published(target);
            run(target, moment, 0);
            assertEquals(before, published(target), "killed at " + moment + ": the site as it was");
        }
        run(target, "SWAPPED", 0);
        assertEquals(fresh, published(target), "killed right after the swap: the new site");
        run(target, "CLEANED", 0);
        assertEquals(fresh, published(target), "killed after cleaning: the new site");

        run(target, "NONE", 0); // a complete build after all those kills
        assertEquals(fresh, published(target));
        try (Stream<Path> left = Files.list(target)) {
            List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("server", "site"), names.stream().filter(n -> !n.startsWith("site-")).toList(),
                    "only the servers' configuration, the link and its folder remain: " + names);
            assertEquals(3, names.size(), "only the servers' configuration, the link and its folder remain: " + names);
        }
    }

    @Test
    void aBuildWithBadContentLeavesThePublishedSiteByteIdentical() throws Exception {
        project = new FixtureProject(dir.resolve("proyek"));
        Path target = dir.resolve("target");
        project.write("berita/2023/baik.md", release("Rilis yang benar dan terbit", "2023-05-10"));
        run(target, "NONE", 0);
        Map<String, String> before = published(target);
        project.write("berita/2023/baik.md", release("Rilis yang benar, diubah", "2023-05-10"));
        project.write("berita/2023/salah.md", release("Rilis dengan tanggal yang salah", "2023-02-30"));
        String output = run(target, "NONE", 0, 1);
        assertTrue(output.contains("content/berita/2023/salah.md:3: date: tanggal \"2023-02-30\" tidak dikenali"), output);
        assertFalse(output.contains("BAKED"), "nothing went on to publishing");
        assertEquals(before, published(target));
    }

    private void run(Path target, String hold, long delay) throws Exception {
        run(target, hold, delay, 0);
    }

    /**
     * Runs one build into {@code target}; kills it when it prints {@code hold}, or {@code delay} ms after it
     * starts ({@code delay > 0}), or lets it finish ({@code hold} NONE, {@code delay} 0) with {@code exitCode}.
     */
    private String run(Path target, String hold, long delay, int exitCode) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "-Dwarta.now=2026-01-01T00:00:00Z",
                BakeAndPublish.class.getName(), project.dir.toString(), target.resolve("warta-staging").toString(),
                target.resolve("site").toString(), HOST, hold);
        builder.redirectErrorStream(true);
        Files.createDirectories(target);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals(hold)) break;
                if (line.equals("START") && delay > 0) {
                    Thread.sleep(delay);
                    break;
                }
            }
            if (!hold.equals("NONE") || delay > 0) {
                process.destroyForcibly(); // SIGKILL
            }
            process.waitFor(60, TimeUnit.SECONDS);
        }
        if (hold.equals("NONE") && delay == 0) assertEquals(exitCode, process.exitValue(), output.toString());
        return output.toString();
    }

    private static String release(String title, String date) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nprovince: Jambi\ntopics: [koperasi]\n"
                + "summary: \"Ringkasan " + title + " untuk daftar, umpan dan deskripsi halaman.\"\n---\nIsi " + title + ".\n";
    }

    /** Every file of the published site with its SHA-256. */
    private static Map<String, String> published(Path target) throws IOException, NoSuchAlgorithmException {
        Path site = target.resolve("site");
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(site.toRealPath())) {
            Path root = site.toRealPath();
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
