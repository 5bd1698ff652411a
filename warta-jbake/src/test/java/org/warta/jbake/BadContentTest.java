package org.warta.jbake;

import org.warta.site.BakeStopped;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.content.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input suite: {@code src/test/resources/bad/content} holds one malformed release per rule of the
 * content contract and per failure kind, plus one valid release, and {@code bad/expected.txt} the problems
 * each must produce. All of them are baked together, with JBake's real Oven: one run must report every
 * problem of every file, exactly where it is, and write no page.
 */
public class BadContentTest {
    @TempDir
    static Path dir;
    static FixtureProject site;
    static List<Throwable> errors;
    static List<Problem> reported;

    @BeforeAll
    static void bake() throws Exception {
        Path bad = Path.of(BadContentTest.class.getResource("/bad").toURI());
        site = new FixtureProject(dir).copy(bad.resolve("content"), "content").copy(bad.resolve("assets"), "assets");
        CapturedLog.clear();
        errors = site.bake();
        reported = errors.isEmpty() || !(errors.get(0) instanceof BakeStopped stopped) ? List.of() : stopped.problems();
        printed = CapturedLog.messages("ERROR");
    }

    /** What the bake printed at ERROR: what an author reads in Maven's output. */
    static List<String> printed;

    @Test
    void everyProblemIsPrintedOnItsOwnLine() {
        assertEquals(reported.stream().map(Problem::toString).toList(), printed);
    }

    static List<String> expected() throws Exception {
        Path file = Path.of(BadContentTest.class.getResource("/bad/expected.txt").toURI());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static Stream<String> badFiles() throws Exception {
        return expected().stream().map(line -> Problem.parse(line).file()).distinct();
    }

    @Test
    void theBakeFailsOnceWithEveryProblemOfTheRun() throws Exception {
        assertEquals(1, errors.size(), "one error for the whole run: " + errors);
        assertInstanceOf(BakeStopped.class, errors.get(0));
        assertTrue(badFiles().count() >= 30, "at least 30 malformed releases");
        List<String> expected = expected();
        for (String line : expected) {
            assertEquals(1, reported.stream().filter(p -> p.toString().startsWith(line)).count(), "reported once: " + line);
        }
        for (Problem problem : reported) {
            assertTrue(expected.stream().anyMatch(line -> problem.toString().startsWith(line)), "expected: " + problem);
        }
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void eachBadFileIsReportedAtItsLineAndField(String file) throws Exception {
        List<String> want = expected().stream().map(Problem::parse).filter(p -> p.file().equals(file))
                .map(p -> p.file() + ":" + p.line() + ": " + p.field()).toList();
        List<String> got = reported.stream().filter(p -> p.file().equals(file))
                .map(p -> p.file() + ":" + p.line() + ": " + p.field()).toList();
        assertEquals(want, got);
    }

    @Test
    void everyMessageIsExplainedInTheAuthorsGuide() throws IOException {
        List<Pattern> explained = guideMessages();
        for (Problem problem : reported) {
            assertTrue(explained.stream().anyMatch(p -> p.matcher(problem.message()).find()),
                    "docs/panduan-penulis.md explains: " + problem.message());
        }
    }

    /** The messages of the author's guide's tables ({@code | `pesan …` | cara memperbaiki |}), "…" for any text. */
    public static List<Pattern> guideMessages() throws IOException {
        Path guide = Path.of(System.getProperty("warta.project", "..")).resolve("docs/panduan-penulis.md");
        List<Pattern> patterns = new ArrayList<>();
        for (String line : Files.readAllLines(guide, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) continue;
            Matcher quoted = Pattern.compile("`([^`]+)`").matcher(line.substring(0, line.indexOf(" | ", 2)));
            while (quoted.find()) {
                String[] parts = quoted.group(1).split("…", -1);
                StringBuilder regex = new StringBuilder();
                for (int i = 0; i < parts.length; i++) regex.append(i == 0 ? "" : ".*?").append(Pattern.quote(parts[i]));
                patterns.add(Pattern.compile(regex.toString()));
            }
        }
        assertTrue(patterns.size() > 30, "the guide's message tables were read: " + patterns.size());
        return patterns;
    }

    @Test
    void noPageIsWritten() throws IOException {
        try (Stream<Path> files = Files.walk(site.output)) {
            List<String> written = files.filter(Files::isRegularFile).map(p -> site.output.relativize(p).toString())
                    .filter(p -> p.endsWith(".html") || p.endsWith(".xml")).sorted().toList();
            // Warta stops the whole bake, so JBake copies nothing from assets/ or content/ either.
            assertEquals(List.of(), written);
        }
    }
}
