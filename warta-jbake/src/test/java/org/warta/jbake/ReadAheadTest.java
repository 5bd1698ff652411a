package org.warta.jbake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.content.ContentException;
import org.warta.content.ParsedRelease;
import org.warta.content.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The crawl's read-ahead: every release file parsed once whichever thread parses it, the crawl gets each file's
 * own result or failure, the files listed in JBake's crawl order, and the idle core really used.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsParsedOnceAndTheCrawlGetsItsOwnResultOrFailure() throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "berita/" + (2010 + i % 4) + "/rilis-" + i + ".md";
            project.write(name, FixtureProject.release("Rilis nomor " + i + " untuk uji", "2023-05-10", "", "Isi."));
            names.add(name);
        }
        project.write("berita/2012/.tersembunyi.md", "bukan rilis");
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.dir.toFile(), dir.resolve("keluaran").toFile(), true);

        Map<Path, AtomicInteger> parses = new ConcurrentHashMap<>();
        Map<Path, String> threads = new ConcurrentHashMap<>();
        Function<Path, ParsedRelease> parse = path -> {
            parses.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            threads.put(path, Thread.currentThread().getName());
            sleep(); // a parse takes time: the worker gets ahead of the crawl
            if (path.getFileName().toString().equals("rilis-7.md")) {
                throw new ContentException(List.of(new Problem("rilis-7.md", 3, "title", "salah")));
            }
            return new ParsedRelease(null, path.toString(), "", 0);
        };
        ReadAhead readAhead = ReadAhead.of(config, parse);
        assertSame(readAhead, ReadAhead.of(config, parse), "one read-ahead per bake");

        // JBake's crawl order: each folder's entries sorted, folders entered where they sort
        List<Path> crawl = names.stream().map(n -> project.dir.resolve("content").resolve(n))
                .sorted().toList();
        for (Path file : crawl) {
            if (file.getFileName().toString().equals("rilis-7.md")) {
                ContentException e = assertThrows(ContentException.class, () -> readAhead.take(file, parse));
                assertEquals("title", e.problems().get(0).field());
            } else {
                assertEquals(file.toString(), readAhead.take(file, parse).bodyHtml());
            }
        }
        assertEquals(40, parses.size(), "the hidden file is not read: " + parses.keySet());
        parses.forEach((file, count) -> assertEquals(1, count.get(), file + " parsed once"));

        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: no worker, the crawl parses each file itself");
        assertTrue(threads.values().stream().anyMatch(t -> t.startsWith("warta-baca-")),
                "a worker parsed some files: " + threads.values());
    }

    @Test
    void aFileTheReadAheadDidNotListIsParsedByTheCrawl() {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2023/ada.md", FixtureProject.release("Rilis yang sudah ada", "2023-05-10", "", "Isi."));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.dir.toFile(), dir.resolve("keluaran").toFile(), true);
        Function<Path, ParsedRelease> parse = path -> new ParsedRelease(null, path.toString(), "", 0);
        ReadAhead readAhead = ReadAhead.of(config, parse);
        Path later = project.dir.resolve("content/berita/2023/baru.md");
        assertEquals(later.toString(), readAhead.take(later, parse).bodyHtml());
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
