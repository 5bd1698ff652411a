package org.warta.content;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.warta.jbake.FixtureProject;
import org.warta.site.SiteSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * No input crashes the bake (issue 16): generated and mutated release files, thrown at the path every release
 * file takes in a bake, {@link ParsedRelease#of} (front matter read and checked by {@link ReleaseReader},
 * body rendered and sanitised by {@code MarkdownBody}). Each input must end as a release or as a
 * {@link ContentException} whose every problem names the file, a line of it and a field, says something, and
 * survives the printed form in which the engine hands problems to the rendering tool; never as another exception
 * or an {@link Error} (the engine's last-resort catch is not counted on); and within bounded time and memory:
 * {@link #SLOW_MILLIS} and {@link #ALLOCATION_LIMIT_BYTES} of allocation, plus a share for its size. An input
 * still running after {@link #TIME_LIMIT_SECONDS} is abandoned as a hang, so that no input hangs the build.
 *
 * <p>Three properties, {@value #GENERATED_TRIES} + {@value #MUTATED_TRIES} + {@value #BODY_TRIES} inputs:
 * front matters generated from the content contract's field names with edge values (YAML escapes, anchors and
 * aliases, deep nesting, long and odd text, wrong types, impossible dates, BOM, CRLF, tabs, duplicated keys);
 * the files of {@code src/test/resources/fuzz/corpus/} (real releases and the bad-content suite) mutated byte- and
 * line-wise; and valid releases with hostile Markdown bodies (10,000 nested quotes or lists, 100,000 '[', huge
 * tables, HTML with script addresses). {@link #namedHostileInputs} runs the extremes named in the issue every
 * time.</p>
 *
 * <p>A property does not stop at its first failing input: it collects one failure per kind (the exception's
 * class and its top Warta frame, or what is wrong with a problem), shrinks the smallest input of each kind
 * and fails after its last try with all of them, each as a Java string literal that reproduces it.</p>
 *
 * <p>The build runs the same inputs every time ({@link #SEED}), so that it passes or fails on the code alone: a
 * random seed once failed CI on an input no change had touched. To look for new failures, run it with other
 * seeds, {@code mvn test -Dtest=ReleaseReaderFuzzTest -Dwarta.fuzz.seed=random} (or a number); a failure found so
 * becomes a named input of {@link #namedHostileInputs} once fixed.</p>
 *
 * <p>About a minute on two cores. {@code -Dwarta.fuzz.stats=true} prints, per property, the inputs, the time
 * spent reading them and the slowest and hungriest input.</p>
 */
@PropertyDefaults(shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED,
        generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
@AddLifecycleHook(value = ReleaseReaderFuzzTest.Seeded.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ReleaseReaderFuzzTest {
    /** The seed of the build's run; {@code -Dwarta.fuzz.seed=random} or another number explores. */
    static final String SEED = "20261130";
    /** Inputs per property: at least 100,000 in all, in about a minute on two cores. */
    static final int GENERATED_TRIES = 35_000;
    static final int MUTATED_TRIES = 55_000;
    static final int BODY_TRIES = 10_000;
    /** One input taking longer is a hang: the bake of a whole site takes less. The input is abandoned then. */
    static final long TIME_LIMIT_SECONDS = 10;
    /**
     * CPU time allowed for one input that did end (pauses for garbage collection or other threads not counted),
     * beyond {@link #SLOW_MILLIS_PER_100_KB} per 100 KB of it: a thousand times what most take, so only work that
     * grows faster than the input (aliases expanded, a parser going back over what it read) exceeds it.
     */
    static final long SLOW_MILLIS = 3_000;
    static final long SLOW_MILLIS_PER_100_KB = 1_000;
    /**
     * Allocation allowed for one input, beyond {@link #ALLOCATION_PER_BYTE} per byte of it: generous for work in
     * proportion to the input (a table of 400,000 cells allocates about 1,200 bytes per byte), exceeded by work
     * that grows faster (aliases expanded, a parser going back over what it read).
     */
    static final long ALLOCATION_LIMIT_BYTES = 512L << 20;
    static final long ALLOCATION_PER_BYTE = 4_096;
    /**
     * Time spent shrinking the failures of one property (a quarter of it at most for one kind of failure);
     * {@code -Dwarta.fuzz.shrink.seconds=120} shrinks further.
     */
    static final long SHRINK_SECONDS = Long.getLong("warta.fuzz.shrink.seconds", 20);
    /** Hangs after which a property stops: each costs {@link #TIME_LIMIT_SECONDS}. */
    static final int MAX_HANGS = 4;

    /** Where generated releases sit: a valid place, so that only their content decides. */
    static final String GENERATED_FILE = "berita/2023/uji-fuzz.md";

    private static Path project;
    private static SiteSettings site;
    private static List<Seed> corpus;

    private final Findings findings = new Findings();

    // ---- the properties

    @Property(tries = GENERATED_TRIES)
    void generatedFrontMattersEndAsReleasesOrProblems(@ForAll("generatedReleases") Text text) {
        findings.check("generated front matter", GENERATED_FILE, text.value().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = MUTATED_TRIES)
    void mutatedReleaseFilesEndAsReleasesOrProblems(@ForAll("mutatedReleases") Seed mutant) {
        findings.check("mutated " + mutant.origin(), mutant.file(), mutant.bytes());
    }

    @Property(tries = BODY_TRIES)
    void hostileBodiesEndAsReleasesOrProblems(@ForAll("hostileBodies") Text body) {
        findings.check("hostile body", "berita/2023/uji-isi.md", (VALID_HEAD + "---\n" + body.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** The extremes the issue names, every run. */
    @Example
    void namedHostileInputs() {
        String open = VALID_HEAD;
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("100,000 '[' in the front matter", open + "topics: " + "[".repeat(100_000) + "\n---\nIsi.\n");
        inputs.put("100,000 '{' in the front matter", open + "event: " + "{a: ".repeat(100_000) + "\n---\nIsi.\n");
        inputs.put("100,000 balanced '[' in the front matter", open + "topics: " + "[".repeat(100_000) + "a"
                + "]".repeat(100_000) + "\n---\nIsi.\n");
        inputs.put("a recursive alias", open + "topics: &a [*a]\n---\nIsi.\n");
        inputs.put("a recursive alias in a mapping", open + "event: &e {name: *e}\n---\nIsi.\n");
        inputs.put("an alias chain under the alias limit", open + aliasChain(10, 2, 5_000) + "---\nIsi.\n");
        inputs.put("a billion laughs", open + aliasChain(9, 9, 9) + "---\nIsi.\n");
        inputs.put("an empty alias", open + "aliases: [\"\"]\n---\nIsi.\n");
        inputs.put("an alias with NUL", open + "aliases: [\"/lama/\\0.html\"]\n---\nIsi.\n");
        inputs.put("an image with NUL", open + "image: {src: \"foto\\0.png\", alt: Foto}\n---\nIsi.\n");
        inputs.put("an attachment with NUL", open + "attachments: [{src: \"bahan\\0.pdf\", title: Bahan}]\n---\nIsi.\n");
        inputs.put("control characters by escape", "---\ntitle: \"Judul \\0 dengan \\x01 dan \\x1b kendali\"\n"
                + "date: 2023-05-25\nsummary: \"" + "Ringkasan dengan \\uFFFE karakter bukan XML. ".repeat(3) + "\"\n---\nIsi.\n");
        inputs.put("30 February", open.replace("2023-06-06", "2023-02-30") + "---\nIsi.\n");
        inputs.put("year 99999", open.replace("2023-06-06", "99999-01-01") + "---\nIsi.\n");
        inputs.put("10,000 nested quotes", open + "---\n" + ">".repeat(10_000) + " isi\n");
        inputs.put("10,000 nested quotes, spaced", open + "---\n" + "> ".repeat(10_000) + "isi\n");
        inputs.put("10,000 nested lists", open + "---\n" + "- ".repeat(10_000) + "isi\n");
        inputs.put("10,000 nested ordered lists", open + "---\n" + "1. ".repeat(10_000) + "isi\n");
        inputs.put("10,000 nested quotes and lists", open + "---\n" + "> - ".repeat(10_000) + "isi\n");
        inputs.put("100,000 '['", open + "---\n" + "[".repeat(100_000) + "\n");
        inputs.put("100,000 '!['", open + "---\n" + "![".repeat(100_000) + "\n");
        inputs.put("50,000 '[a]('", open + "---\n" + "[a](".repeat(50_000) + "\n");
        inputs.put("10,000 nested HTML elements", open + "---\n" + "<div>".repeat(10_000) + "\n");
        inputs.put("a table of 200 columns and 2,000 rows", open + "---\n" + table(200, 2_000) + "\n");
        inputs.put("10,000 nested links", open + "---\n" + "<a href=x>".repeat(10_000) + "\n");
        inputs.put("20,000 definitions of one link", open + "---\n" + "[a]: /x\n".repeat(20_000) + "[a]\n");
        inputs.put("script addresses", open + "---\n" + String.join("\n\n", SCRIPT_HTML) + "\n");
        inputs.put("a heading of 200,000 backslashes", open + "---\na " + "\\".repeat(200_000) + "=\n---\n");
        inputs.put("a body of 20 MB", open + "---\n" + "Paragraf panjang sekali. ".repeat(800_000) + "\n");
        inputs.forEach((what, text) -> findings.check(what, "berita/2023/uji-ekstrem.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterProperty
    void everyInputEndedAsAReleaseOrProblems() {
        findings.assertNone();
    }

    /** Gives every property the seed {@code warta.fuzz.seed} names, {@link #SEED} by default; "random" leaves it to jqwik. */
    static final class Seeded implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String seed = System.getProperty("warta.fuzz.seed", SEED);
            if (!seed.equals("random")) context.attributes().setSeed(seed);
            return property.execute();
        }
    }

    // ---- the project the inputs are read in

    @BeforeContainer
    static void createProject() throws IOException, URISyntaxException {
        project = Files.createTempDirectory("warta-fuzz");
        new FixtureProject(project);
        Path content = project.resolve("content");
        // the files that the corpus' releases name beside them
        byte[] photo = Files.readAllBytes(Path.of(ReleaseReaderFuzzTest.class.getResource("/content/berita/2023/foto.png").toURI()));
        for (String name : List.of("berita/2023/foto.png", "berita/2023/foto-rakorda.jpg")) write(content.resolve(name), photo);
        for (String name : List.of("berita/2023/bahan.pdf", "berita/2023/paparan.pdf", "publikasi/2024/laporan-kinerja-2023.pdf")) {
            write(content.resolve(name), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        }
        site = org.warta.jbake.JBakeSettings.site(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), true));
        Path corpusDir = Path.of(ReleaseReaderFuzzTest.class.getResource("/fuzz/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpusDir)) {
            List<Seed> seeds = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = corpusDir.relativize(file).toString().replace('\\', '/');
                seeds.add(new Seed(name, Files.readAllBytes(file), name));
            }
            corpus = List.copyOf(seeds);
        }
    }

    @AfterContainer
    static void deleteProject() throws IOException {
        Worker.stop();
        if (project == null) return;
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Generated text, shown short where jqwik reports a sample. */
    record Text(String value) {
        @Override
        public String toString() {
            return javaLiteral(abbreviate(value, 300));
        }
    }

    /** A release file: its place under {@code content/}, its bytes, and where it comes from. */
    record Seed(String file, byte[] bytes, String origin) {
        @Override
        public String toString() {
            return origin + " (" + bytes.length + " bytes)";
        }
    }

    // ---- checking one input

    /** What became of one input: {@code kind} is null when it ended as a release or as well-formed problems. */
    record Outcome(String kind, String detail, Throwable error, long nanos, long allocated) {
        boolean failed() {
            return kind != null;
        }
    }

    /** Reads one file the way the bake does, on a worker thread that can be abandoned when it hangs. */
    static final class Worker {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private static ExecutorService executor;
        private static volatile Thread thread;

        static synchronized Outcome run(String file, byte[] bytes) {
            if (executor == null) {
                executor = Executors.newSingleThreadExecutor(task -> {
                    Thread worker = new Thread(task, "warta-fuzz"); // the default stack size, as the bake's thread has
                    worker.setDaemon(true);
                    thread = worker;
                    return worker;
                });
            }
            Future<Outcome> future = executor.submit(() -> read(file, bytes));
            try {
                return future.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Thread stuck = thread;
                StackTraceElement[] trace = stuck.getStackTrace();
                future.cancel(true);
                executor.shutdownNow();
                executor = null;
                stop(stuck);
                Throwable where = new Throwable("still running after " + TIME_LIMIT_SECONDS + " s");
                where.setStackTrace(trace);
                return new Outcome("no result within " + TIME_LIMIT_SECONDS + " s, busy " + frames(trace), null, where,
                        TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the fuzz worker failed", e.getCause());
            }
        }

        static synchronized void stop() {
            if (executor != null) executor.shutdownNow();
            executor = null;
        }

        /**
         * Stops a thread stuck in a hang, so that it does not take a core from the inputs after it: there is no
         * other way to stop a computation that never checks for interruption. Where Thread.stop is gone (Java 20
         * on), the thread is left to run out, as a daemon.
         */
        @SuppressWarnings({"deprecation", "removal"})
        private static void stop(Thread stuck) {
            try {
                stuck.stop();
            } catch (UnsupportedOperationException e) {
                // left running
            }
        }

        private static Outcome read(String file, byte[] bytes) {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            String kind = null;
            String detail = null;
            Throwable error = null;
            try {
                ParsedRelease parsed = ParsedRelease.of(site.reader(), site.contentDir().resolve(file), bytes);
                if (parsed == null || parsed.release() == null || parsed.bodyHtml() == null) {
                    kind = "Parsed.of returned no release or no body";
                }
            } catch (ContentException e) {
                String wrong = wrongProblem(e, "content/" + file, lineCount(bytes));
                if (wrong != null) {
                    kind = wrong.substring(0, wrong.indexOf('\n'));
                    detail = wrong.substring(wrong.indexOf('\n') + 1);
                }
            } catch (Throwable t) { // NOPMD: any other exception or Error is what this test looks for
                error = t;
                kind = kindOf(t);
                detail = String.valueOf(t);
            }
            long nanos = System.nanoTime() - start;
            long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuBefore; // without pauses for GC or other threads
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long allowed = ALLOCATION_LIMIT_BYTES + ALLOCATION_PER_BYTE * bytes.length;
            long allowedMillis = SLOW_MILLIS + SLOW_MILLIS_PER_100_KB * bytes.length / 100_000;
            if (kind == null && cpuNanos > TimeUnit.MILLISECONDS.toNanos(allowedMillis)) {
                kind = "took more than " + SLOW_MILLIS / 1000 + " s + " + SLOW_MILLIS_PER_100_KB / 1000 + " s per 100 KB";
                detail = cpuNanos / 1_000_000 + " ms of CPU for " + bytes.length + " bytes";
            } else if (kind == null && allocated > allowed) {
                kind = "allocated more than " + (ALLOCATION_LIMIT_BYTES >> 20) + " MB + " + ALLOCATION_PER_BYTE + " bytes per input byte";
                detail = (allocated >> 20) + " MB for " + bytes.length + " bytes";
            }
            return new Outcome(kind, detail, error, nanos, allocated);
        }
    }

    /** What is wrong with the problems of a ContentException ("kind\ndetail"), or null when nothing is. */
    static String wrongProblem(ContentException e, String file, int lines) {
        if (e.problems() == null || e.problems().isEmpty()) return "ContentException without problems\n" + e.getMessage();
        for (Problem p : e.problems()) {
            String kind = null;
            if (p.file() == null || !p.file().endsWith(file.substring(file.lastIndexOf('/') + 1))) kind = "problem not naming the file";
            else if (p.line() < 1) kind = "problem with line < 1";
            else if (p.line() > lines) kind = "problem with a line after the end of the file";
            else if (p.field() == null || p.field().isBlank()) kind = "problem without a field";
            else if (p.message() == null || p.message().isBlank()) kind = "problem without a message";
            else if (printedAndReadBack(p) == null) kind = "problem that does not survive its printed form";
            if (kind != null) return kind + "\n" + p + "   (the file has " + lines + " lines)";
        }
        return null;
    }

    /**
     * The problem as the rendering tool gets it: the engine stores problems printed in the content store
     * ({@code ReleaseEngine}), the catalog reads them back with {@link Problem#parse} and prints them. Null when
     * that fails or prints something else ({@code a: b} as a field reads back split, but prints the same).
     */
    static Problem printedAndReadBack(Problem p) {
        try {
            Problem back = Problem.parse(p.toString());
            return back.toString().equals(p.toString()) && back.line() == p.line() ? back : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Lines of the file however an editor or YAML counts them: LF, CR, CRLF, NEL, LS, PS all end one. */
    static int lineCount(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') lines++;
            else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) lines++;
        }
        return lines;
    }

    /** Where a stuck thread is: its top frame in Warta's code, or its top frame. */
    static String frames(StackTraceElement[] trace) {
        String top = trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName();
        String warta = Stream.of(trace).filter(f -> f.getClassName().startsWith("org.warta.")).findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?");
        return "in " + (warta.equals("?") ? top : warta);
    }

    /** The kind of a crash: its class and the top frame of Warta's code (for a stack overflow: what recursed). */
    static String kindOf(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        if (t instanceof StackOverflowError) {
            Map<String, Integer> counts = new HashMap<>();
            for (StackTraceElement frame : trace) counts.merge(frame.getClassName() + "." + frame.getMethodName(), 1, Integer::sum);
            String recursing = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
            return t.getClass().getName() + " recursing in " + recursing;
        }
        return t.getClass().getName() + " at " + Stream.of(trace).filter(f -> f.getClassName().startsWith("org.warta."))
                .findFirst().or(() -> Stream.of(trace).findFirst())
                .map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?");
    }

    /** The failures of one property: the smallest input of each kind, shrunk and reported at its end. */
    static final class Findings {
        private final Map<String, Finding> byKind = new LinkedHashMap<>();
        private int inputs;
        private int hangs;
        private long totalNanos;
        private long okNanos;
        private int ok;
        private long startNanos;
        private Outcome slowest;
        private Outcome hungriest;
        private String slowestOrigin;
        private String hungriestOrigin;

        void check(String origin, String file, byte[] bytes) {
            if (inputs++ == 0) startNanos = System.nanoTime();
            Outcome outcome = Worker.run(file, bytes);
            totalNanos += outcome.nanos();
            if (!outcome.failed()) {
                ok++;
                okNanos += outcome.nanos();
            }
            if (slowest == null || outcome.nanos() > slowest.nanos()) {
                slowest = outcome;
                slowestOrigin = origin + ", " + bytes.length + " bytes";
            }
            if (hungriest == null || outcome.allocated() > hungriest.allocated()) {
                hungriest = outcome;
                hungriestOrigin = origin + ", " + bytes.length + " bytes";
            }
            if (!outcome.failed()) return;
            Finding known = byKind.get(outcome.kind());
            if (known == null) {
                byKind.put(outcome.kind(), new Finding(origin, file, bytes, outcome, 1));
            } else {
                known.count++;
                if (bytes.length < known.bytes.length) {
                    known.origin = origin;
                    known.file = file;
                    known.bytes = bytes;
                    known.outcome = outcome;
                }
            }
            if (outcome.kind().startsWith("no result") && ++hangs >= MAX_HANGS) assertNone(); // each costs the limit
        }

        void assertNone() {
            if (Boolean.getBoolean("warta.fuzz.stats") && slowest != null) {
                System.out.printf("%d inputs in %.1f s, %.1f s of it reading (%d good ones: %.1f s); slowest %.0f ms (%s); most allocation %d MB (%s)%n", inputs,
                        (System.nanoTime() - startNanos) / 1e9, totalNanos / 1e9, ok, okNanos / 1e9, slowest.nanos() / 1e6, slowestOrigin, hungriest.allocated() >> 20, hungriestOrigin);
            }
            if (byKind.isEmpty()) return;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHRINK_SECONDS);
            StringBuilder report = new StringBuilder();
            report.append(byKind.size()).append(" kind(s) of input did not end as a release or as problems (")
                    .append(inputs).append(" inputs):\n");
            int n = 0;
            for (Map.Entry<String, Finding> entry : byKind.entrySet()) {
                Finding f = entry.getValue();
                String kind = entry.getKey();
                boolean hang = kind.startsWith("no result"); // not run again: each run costs the limit
                byte[] minimal = hang ? f.bytes : shrink(f.file, f.bytes, kind,
                        Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, SHRINK_SECONDS / 4))));
                Outcome again = hang ? f.outcome : Worker.run(f.file, minimal);
                if (!kind.equals(again.kind())) again = f.outcome;
                report.append("\n").append(++n).append(". ").append(kind).append("\n   ")
                        .append(f.count).append(" input(s), the first from ").append(f.origin).append("\n");
                if (again.detail() != null) report.append("   ").append(abbreviate(again.detail(), 400).replace("\n", "\n   ")).append("\n");
                if (again.error() != null) {
                    StackTraceElement[] trace = again.error().getStackTrace();
                    Stream.of(trace).filter(e -> e.getClassName().startsWith("org.warta.")).findFirst()
                            .ifPresent(frame -> report.append("   at ").append(frame).append("\n"));
                    for (int i = 0; i < Math.min(3, trace.length); i++) report.append("   | ").append(trace[i]).append("\n");
                    for (Throwable cause = again.error().getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                        report.append("   caused by ").append(abbreviate(String.valueOf(cause), 300)).append("\n");
                    }
                }
                report.append("   input (content/").append(f.file).append(", ").append(minimal.length).append(" bytes):\n   ")
                        .append(javaLiteral(minimal)).append("\n");
            }
            byKind.clear();
            throw new AssertionError(report.toString());
        }

        private static final class Finding {
            String origin;
            String file;
            byte[] bytes;
            Outcome outcome;
            int count;

            Finding(String origin, String file, byte[] bytes, Outcome outcome, int count) {
                this.origin = origin;
                this.file = file;
                this.bytes = bytes;
                this.outcome = outcome;
                this.count = count;
            }
        }
    }

    // ---- shrinking: runs of a repeated unit cut by bisection, then delta debugging by lines and by characters

    static byte[] shrink(String file, byte[] bytes, String kind, long deadline) {
        Predicate<byte[]> same = candidate -> System.nanoTime() < deadline && kind.equals(Worker.run(file, candidate).kind());
        String text = utf8(bytes);
        if (text == null) {
            List<Byte> units = new ArrayList<>();
            for (byte b : bytes) units.add(b);
            List<Byte> kept = ddmin(units, c -> same.test(toBytes(c)), deadline);
            return toBytes(kept);
        }
        Predicate<String> fails = candidate -> same.test(candidate.getBytes(StandardCharsets.UTF_8));
        if (text.length() > 10_000) text = String.join("", ddmin(chunks(text, 1_000), c -> fails.test(String.join("", c)), deadline));
        text = shortenRuns(text, fails, deadline);
        text = String.join("", ddmin(splitLines(text), c -> fails.test(String.join("", c)), deadline));
        text = shortenRuns(text, fails, deadline);
        if (text.length() <= 100_000) {
            List<String> chars = text.codePoints().mapToObj(Character::toString).toList();
            text = String.join("", ddmin(chars, c -> fails.test(String.join("", c)), deadline));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text cut into about {@code n} pieces, none splitting a surrogate pair. */
    static List<String> chunks(String text, int n) {
        List<String> pieces = new ArrayList<>();
        int size = Math.max(1, text.length() / n);
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end++;
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** Each run of a unit of 1–12 characters repeated 16 times or more, cut to the fewest repeats that still fail. */
    static String shortenRuns(String text, Predicate<String> fails, long deadline) {
        for (int i = 0; i < text.length() && System.nanoTime() < deadline; i++) {
            for (int unit = 1; unit <= 12 && i + unit <= text.length(); unit++) {
                int repeats = 1;
                while (text.startsWith(text.substring(i, i + unit), i + repeats * unit)) repeats++;
                if (repeats < 16) continue;
                String before = text.substring(0, i);
                String piece = text.substring(i, i + unit);
                String after = text.substring(i + repeats * unit);
                int low = 0;
                int high = repeats; // fails with high repeats
                while (low + 1 < high && System.nanoTime() < deadline) {
                    int mid = (low + high) >>> 1;
                    if (fails.test(before + piece.repeat(mid) + after)) high = mid;
                    else low = mid;
                }
                if (high == 1 && fails.test(before + after)) high = 0;
                text = before + piece.repeat(high) + after;
                i += Math.max(0, high * unit - 1);
                break;
            }
        }
        return text;
    }

    /** Zeller's ddmin, complements only: the smallest list of units found that still fails, within the deadline. */
    static <T> List<T> ddmin(List<T> units, Predicate<List<T>> fails, long deadline) {
        int n = 2;
        while (units.size() >= 2 && System.nanoTime() < deadline) {
            int chunk = (units.size() + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < units.size() && System.nanoTime() < deadline; start += chunk) {
                List<T> candidate = new ArrayList<>(units.subList(0, start));
                candidate.addAll(units.subList(Math.min(units.size(), start + chunk), units.size()));
                if (fails.test(candidate)) {
                    units = candidate;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= units.size()) break;
                n = Math.min(units.size(), n * 2);
            }
        }
        if (units.size() == 1 && System.nanoTime() < deadline && fails.test(List.of())) return List.of();
        return units;
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    static byte[] toBytes(List<Byte> units) {
        byte[] bytes = new byte[units.size()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = units.get(i);
        return bytes;
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A Java expression for the input: a string literal (runs written with repeat), or the bytes when not UTF-8. */
    static String javaLiteral(byte[] bytes) {
        String text = utf8(bytes);
        if (text == null) {
            return "(" + javaLiteral(new String(bytes, StandardCharsets.ISO_8859_1)) + ").getBytes(StandardCharsets.ISO_8859_1)"
                    + " /* not UTF-8: one character per byte */";
        }
        return javaLiteral(text) + ".getBytes(StandardCharsets.UTF_8)";
    }

    static String javaLiteral(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int bestUnit = 0;
            int bestRepeats = 0;
            for (int unit = 1; unit <= 12 && i + unit <= text.length(); unit++) {
                int repeats = 1;
                while (text.startsWith(text.substring(i, i + unit), i + repeats * unit)) repeats++;
                if (repeats * unit >= 24 && repeats >= 6 && repeats * unit > bestRepeats * bestUnit) {
                    bestUnit = unit;
                    bestRepeats = repeats;
                }
            }
            if (bestUnit > 0) {
                if (plain.length() > 0) parts.add("\"" + plain + "\"");
                plain.setLength(0);
                parts.add("\"" + escape(text.substring(i, i + bestUnit)) + "\".repeat(" + bestRepeats + ")");
                i += bestUnit * bestRepeats;
            } else {
                plain.append(escape(text.substring(i, i + 1)));
                i++;
            }
        }
        if (plain.length() > 0 || parts.isEmpty()) parts.add("\"" + plain + "\"");
        String literal = String.join(" + ", parts);
        return abbreviate(literal, 4_000);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\%03o", (int) c));
                    else if (c < 0x7f) out.append(c);
                    else out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return out.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    // ---- (a) front matters generated from the content contract

    static final String VALID_HEAD = "---\n"
            + "title: \"Pelatihan Pengurus Koperasi Jambi\"\n"
            + "date: 2023-06-06\n"
            + "summary: \"Pelatihan tiga hari bagi pengurus koperasi dari sebelas kabupaten dan kota di Provinsi Jambi.\"\n";

    private static final List<String> WORDS = List.of("rapat", "koordinasi", "koperasi", "UMKM", "Dinas", "Provinsi",
            "Sulawesi", "Tenggara", "pelatihan", "pengurus", "anggota", "tahunan", "Rp2,3 miliar", "34", "peserta", "di",
            "dan", "Kota", "Kendari", "H.M.", "Dianto,", "S.E.", "M.Si.", "Ṣaḥīḥ", "naïve", "東京", "مرحبا", "😀", "a\u0301",
            "ﬁ", "İstanbul", "ß", "Σ", "-", "–", "—", "…", "'", "\"", ":", "#", "@", "`", "|", ">", "%", "&", "*", "!", "?",
            "[", "]", "{", "}", ",");
    private static final List<String> ESCAPES = List.of("\\0", "\\x01", "\\x1b", "\\x1B", "\\x7f", "\\x85", "\\uFFFE",
            "\\uFFFF", "\\uD800", "\\uDFFF", "\\uFEFF", "\\U0010FFFF", "\\U00110000", "\\U0001F600", "\\a", "\\b", "\\e", "\\f",
            "\\v", "\\t", "\\n", "\\r", "\\N", "\\_", "\\L", "\\P", "\\ ", "\\/", "\\\"", "\\\\", "\\q", "\\x", "\\u12",
            "\\x0", "\\\n", "\\u2028", "\\u202E", "\\u200B");
    private static final List<String> SCALARS = List.of("", "~", "null", "Null", "NULL", "true", "false", "yes", "no", "on",
            "off", "y", "n", "Y", "0", "-1", "+12", "34", "007", "0x1F", "0o17", "0b101", "1_000", "1:30", "190:20:30",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999", "1e309",
            "-1e309", "85.3", "2.300", "2,300", ".inf", "-.Inf", ".nan", "1e3", "0.", "-0", "0.0001e-400", "''", "\"\"",
            "' '", "\" \"", "\"\\t\"", "'\\0'", "-", "?", ":", "- a", "? a", ": a", "a: b", "a:b", "#", "# a", "a #b",
            "@a", "`a`", "%a", "!a", "&a", "*a", "|", ">", "[", "]", "{", "}", ",", "[]", "{}", "[[]]", "{{}}", "[,]", "{,}",
            "[a", "{a", "a]", "a}", "'a", "\"a", "'a''b'", "\"a\\\"b\"", "...", "---", "--- a", "<<", "= ", "a\tb",
            "\"a\tb\"", "!!binary aGVsbG8=", "!!binary ~~~", "!!timestamp 2023-05-24", "!!timestamp x", "!!str 12",
            "!!int abc", "!!int 0x", "!!float x", "!!null x", "!!bool maybe", "!!map x", "!!seq x", "!!set {a, b}",
            "!!omap [a: 1, b: 2]", "!!pairs [a: 1]", "!!merge x", "!custom x", "!<tag:yaml.org,2002:str> x",
            "!<!> x", "!!python/object/apply:os.system [ls]", "!!javax.script.ScriptEngineManager [x]", "!!", "! x",
            "&a x", "&a", "*", "*undefined", "&a &b x", "!!str &a x", "&a !!str x", "*a b",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav\tascript:alert(1)", "\"jav\\tascript:alert(1)\"",
            "\"java\\0script:alert(1)\"", "data:text/html,<script>alert(1)</script>", "vbscript:x", "https://",
            "http://x", "https://example.org/a b", "https://example.org/\\0", "\"https://example.org/\\0\"", "//evil.example",
            "mailto:a@b.c", "a@b", "a@b.c", "@b.c", "a@@b.c", "\"a\\n@b.c\"", "../../../../etc/passwd",
            "../rahasia.png", "/etc/passwd", "C:\\\\Windows", "a\\\\b", "foto.png", "\"foto.png\\0\"", "foto.png/",
            ".", "..", "./foto.png", "img/", "img/rapat-koordinasi.svg", "img//rapat-koordinasi.svg", "CON", "nul",
            "\"\\0\"", "\"/lama/\\0.html\"", "/", "//", "/lama/", "/lama/a.html", "/lama/../x.html", "/lama/a.php",
            "/lama/a?b", "/lama/a#b", "/lama/ a", "/lama/%00.html", "/lama/\u00e9.html", "/\u2028/", "\"/\"",
            "2023-05-25", "2023-02-30", "2023-02-29", "2024-02-29", "2023-13-01", "2023-00-10", "2023-5-24",
            "99999-01-01", "+99999-01-01", "-2023-01-01", "0000-01-01", "9999-12-31", "2023-05-24T19:30:00+08:00",
            "2023-05-24T19:30:00+18:00", "2023-05-24T19:30:00+19:00", "2023-05-24T19:30:00+99:00", "2023-05-24T19:30:00Z",
            "2023-05-24T19:30:00", "2023-05-24 19:30", "2023-05-24T24:00:00+07:00", "2023-05-24T25:00+07:00",
            "2023-05-24T19:30:60+07:00", "2023-05-24T19:30:00.123456789+07:00", "2023-05-24T19:30:00.1234567890+07:00",
            "2023-05-24T19:30:00+07:00[Asia/Jakarta]", "999999999-12-31T23:59:59+18:00", "-999999999-01-01T00:00:00-18:00",
            "1970-01-01", "2023-05-24t19:30:00+07:00", "2023-W21-3", "2023-144", "24 Mei 2023", "\"2023-05-24\"",
            "'2023-05-24'", "2023-05-24 ", "２０２３-０５-２４", "2023‐05‐24", "\u00a0", "\u200b", "\u3000",
            "\ufeff", "\u2028", "\u0085", "\u202e", "\u0000", "\u0001", "\u001b", "\u007f", "\ud800", "\udfff",
            "\ufffe", "\uffff", "\ud83d\ude00", "e\u0301", "ǅ", "Sulawesi Tenggara", "sulawesi tenggara", "Sulawesi  Tenggara",
            "Sulawesi Tenggara ", "DKI Jakarta", "Papua Barat Daya", "published", "draft", "withdrawn", "Draft",
            "rakorda-uji", "Rakorda Uji", "-a-", "a--b", "ａ");
    private static final List<String> BLOCK_INDICATORS = List.of("|", "|-", "|+", ">", ">-", ">+", "|2", ">1", "|0",
            "|10", "|-2", "|2-", "| # c", ">\t", "|x");

    @Provide
    Arbitrary<Text> generatedReleases() {
        return Arbitraries.randomValue(r -> new Text(generatedRelease(r)));
    }

    /** The contract's top-level fields; the required ones first. */
    static final List<String> FIELDS = List.of("title", "date", "summary", "status", "slug", "updated", "changes",
            "province", "regency", "event", "speakers", "topics", "figures", "image", "attachments", "source", "contact",
            "aliases");
    static final Map<String, List<String>> SUB_FIELDS = Map.of(
            "changes", List.of("date", "note"),
            "event", List.of("name", "start", "end", "venue", "participants", "theme", "organizer"),
            "speakers", List.of("name", "role", "organization"),
            "figures", List.of("label", "value", "unit", "year"),
            "image", List.of("src", "alt", "caption", "credit"),
            "attachments", List.of("src", "title"),
            "source", List.of("name", "url"),
            "contact", List.of("name", "phone", "email"));
    private static final List<String> ODD_KEYS = List.of("", "\"\"", "''", "~", "null", "0", "1.5", "true", "<<",
            "? [a, b]", "[a, b]", "{a: b}", "&k title", "*k", "!!str title", "!!int title", "\"title\"", "'date'",
            "\"ti\\x00tle\"", "\"a: b\"", "\"a:1: b\"", "title ", "\"title \"", "titel", "tittle", "judul", "event.start", "speakers[0]", "a.b.c",
            "-", "#", "é", "\"\\uFEFFtitle\"", "\u200btitle", "x".repeat(300), "x".repeat(100_000), "? title",
            "? |\n  title\n", "\"a\nb\"");

    /**
     * A release: each of the contract's fields present or not, right or hostile (required fields mostly present
     * and right), sometimes an unknown key or an alias bomb, written out with a {@link Decoration}.
     */
    static String generatedRelease(Random r) {
        List<Map.Entry<String, Y>> fields = new ArrayList<>();
        for (String name : FIELDS) {
            boolean required = FIELDS.indexOf(name) < 3;
            if (r.nextInt(100) >= (required ? 92 : 30)) continue;
            Y value = r.nextInt(100) < (required ? 85 : 65) ? good(name, r, 2) : hostile(r, 2);
            fields.add(field(r.nextInt(20) == 0 ? key(r, name) : name, value));
        }
        for (int extra = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; extra > 0; extra--) {
            fields.add(field(key(r, FIELDS.get(r.nextInt(FIELDS.size()))), hostile(r, 2)));
        }
        if (r.nextInt(100) == 0) fields.add(field("topics", new Scalar(aliasChainValue(r))));
        return file(fields, smallBody(r), new Decoration(r));
    }

    /** How a generated release is written out, beyond its fields. */
    record Decoration(boolean bom, boolean crlf, boolean lonelyCr, int leadingBlankLines, boolean unclosed,
                      String closingDelimiter, String directive, boolean tabs, int indentWidth, int duplicate,
                      boolean shuffle, boolean comments, long seed) {
        Decoration(Random r) {
            this(r.nextInt(12) == 0, r.nextInt(10) == 0, r.nextInt(40) == 0, r.nextInt(20) == 0 ? 1 + r.nextInt(3) : 0,
                    r.nextInt(40) == 0, pick(r, 20, List.of("--- ", "---\t", " ---", "...", "----", "---#")),
                    pick(r, 40, List.of("%YAML 1.1\n", "%YAML 1.2\n", "%YAML 2.0\n", "%TAG ! tag:evil.example,2023:\n", "%FOO\n",
                            "...\n", "---\n", "--- !!map\n", "--- |\n")),
                    r.nextInt(40) == 0, r.nextInt(8) == 0 ? 1 + r.nextInt(8) : 2, r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 0,
                    r.nextInt(4) == 0, r.nextInt(15) == 0, r.nextLong());
        }

        private static String pick(Random r, int oneIn, List<String> options) {
            return r.nextInt(oneIn) == 0 ? options.get(r.nextInt(options.size())) : null;
        }
    }

    static String file(List<Map.Entry<String, Y>> entries, String body, Decoration d) {
        Random r = new Random(d.seed());
        List<Map.Entry<String, Y>> fields = new ArrayList<>(entries);
        if (d.shuffle()) Collections.shuffle(fields, r);
        for (int i = 0; i < d.duplicate() && !fields.isEmpty(); i++) {
            fields.add(r.nextInt(fields.size() + 1), fields.get(r.nextInt(fields.size())));
        }
        StringBuilder yaml = new StringBuilder();
        if (d.directive() != null) yaml.append(d.directive());
        String unit = d.tabs() ? "\t" : " ".repeat(d.indentWidth());
        for (Map.Entry<String, Y> field : fields) {
            if (d.comments() && r.nextBoolean()) yaml.append(r.nextBoolean() ? "# catatan\n" : "#\n");
            entry(yaml, "", unit, field.getKey(), field.getValue());
        }
        StringBuilder file = new StringBuilder();
        if (d.bom()) file.append('\uFEFF');
        file.append("\n".repeat(d.leadingBlankLines())).append("---\n").append(yaml);
        if (!d.unclosed()) file.append(d.closingDelimiter() != null ? d.closingDelimiter() : "---").append('\n');
        file.append(body);
        String text = file.toString();
        if (d.crlf()) text = text.replace("\n", "\r\n");
        else if (d.lonelyCr()) text = text.replace("\n", "\r");
        return text;
    }

    /** A YAML value as it is written: a scalar's text (continuation lines indented), or a collection. */
    sealed interface Y permits Scalar, Seq, Obj {
    }

    record Scalar(String text) implements Y {
    }

    record Seq(List<Y> items, boolean flow) implements Y {
    }

    record Obj(List<Map.Entry<String, Y>> entries, boolean flow) implements Y {
    }

    static void entry(StringBuilder out, String indent, String unit, String key, Y value) {
        out.append(indent).append(key).append(':');
        if (value instanceof Obj o && !o.flow() && !o.entries().isEmpty()) {
            out.append('\n');
            for (Map.Entry<String, Y> e : o.entries()) entry(out, indent + unit, unit, e.getKey(), e.getValue());
        } else if (value instanceof Seq s && !s.flow() && !s.items().isEmpty()) {
            out.append('\n');
            for (Y item : s.items()) item(out, indent + unit, unit, item);
        } else {
            String inline = inline(value);
            if (!inline.isEmpty()) out.append(' ').append(inline.replace("\n", "\n" + indent + unit));
            out.append('\n');
        }
    }

    static void item(StringBuilder out, String indent, String unit, Y item) {
        if (item instanceof Obj o && !o.flow() && !o.entries().isEmpty()) {
            StringBuilder sub = new StringBuilder();
            for (Map.Entry<String, Y> e : o.entries()) entry(sub, indent + "  ", unit, e.getKey(), e.getValue());
            out.append(indent).append("- ").append(sub, indent.length() + 2, sub.length());
        } else if (item instanceof Seq s && !s.flow() && !s.items().isEmpty()) {
            out.append(indent).append("-\n");
            for (Y i : s.items()) item(out, indent + unit, unit, i);
        } else {
            out.append(indent).append("- ").append(inline(item).replace("\n", "\n" + indent + "  ")).append('\n');
        }
    }

    static String inline(Y value) {
        if (value instanceof Scalar s) return s.text();
        if (value instanceof Seq s) return s.items().stream().map(ReleaseReaderFuzzTest::inline).collect(Collectors.joining(", ", "[", "]"));
        Obj o = (Obj) value;
        return o.entries().stream().map(e -> e.getKey() + ": " + inline(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
    }

    private static Map.Entry<String, Y> field(String key, Y value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** A key: mostly the one the contract names, sometimes a near miss or something YAML reads in its own way. */
    static String key(Random r, String name) {
        return switch (r.nextInt(11)) {
            case 0, 1, 2, 3, 4, 5 -> name;
            case 6, 7 -> name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
            default -> pick(r, ODD_KEYS);
        };
    }

    /** A right value for a field ({@code event}) or a sub-field ({@code event.start}); its parts sometimes hostile. */
    static Y good(String path, Random r, int depth) {
        String date = pick(r, List.of("2023-05-25", "2023-01-01", "2023-12-31", "2023-05-24T19:30:00+08:00",
                "2023-12-31T23:59:59+09:00", "2023-01-01T00:00:00+07:00", "\"2023-06-06\""));
        String name = path.substring(path.lastIndexOf('.') + 1);
        List<String> subFields = SUB_FIELDS.get(path);
        if (subFields != null) {
            boolean list = !List.of("event", "image", "source", "contact").contains(path);
            if (!list) return obj(path, subFields, r, depth);
            List<Y> items = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) items.add(obj(path, subFields, r, depth));
            return new Seq(items, r.nextBoolean());
        }
        return switch (path) {
            case "title" -> words(r, 10, 200);
            case "summary" -> r.nextInt(4) == 0 ? new Scalar(">-\nRingkasan yang dilipat pada beberapa baris\n"
                    + "dengan panjang yang cukup untuk lolos aturan kontrak konten.") : words(r, 50, 400);
            case "status" -> new Scalar(pick(r, List.of("published", "draft", "withdrawn")));
            case "slug" -> new Scalar(pick(r, List.of("rakorda-uji", "uji-2023", "a", "0")));
            case "updated" -> new Scalar(pick(r, List.of("2023-12-31", "2023-12-31T23:59:59+09:00", "2024-01-01")));
            case "province" -> new Scalar(pick(r, List.of("Sulawesi Tenggara", "Jambi", "DKI Jakarta", "Papua Barat Daya",
                    "Kalimantan Tengah")));
            case "topics" -> {
                List<Y> topics = new ArrayList<>();
                for (int i = r.nextInt(5); i > 0; i--) topics.add(new Scalar(pick(r, List.of("perencanaan", "UMKM", "koperasi desa"))));
                yield new Seq(topics, r.nextBoolean());
            }
            case "aliases" -> {
                List<Y> aliases = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) aliases.add(new Scalar(pick(r, List.of("/lama/rakorda.html", "/lama/",
                        "/berita/2023/lama.html"))));
                yield new Seq(aliases, r.nextBoolean());
            }
            case "event.end" -> new Scalar(pick(r, List.of("2023-05-26", "2023-05-24T21:00:00+08:00", "2023-05-24T18:00:00+08:00",
                    "2023-05-24")));
            case "event.participants" -> new Scalar(pick(r, List.of("34", "0", "1000000")));
            case "figures.value" -> new Scalar(pick(r, List.of("2300", "85.3", "0", "-4")));
            case "figures.unit" -> new Scalar(pick(r, List.of("persen", "unit", "orang")));
            case "figures.year" -> new Scalar(pick(r, List.of("2021", "2023")));
            case "image.src" -> new Scalar(pick(r, List.of("foto.png", "img/rapat-koordinasi.svg")));
            case "attachments.src" -> new Scalar(pick(r, List.of("bahan.pdf", "paparan.pdf")));
            case "source.url" -> new Scalar(pick(r, List.of("https://example.org/rakorda", "\"http://example.org/a?b=c#d\"")));
            case "contact.phone" -> new Scalar(pick(r, List.of("\"+62 401 000\"", "0401-123")));
            case "contact.email" -> new Scalar(pick(r, List.of("humas@example.go.id", "a@b.c")));
            case "regency", "event.venue" -> new Scalar(pick(r, List.of("Kota Kendari", "Hotel Claro Kendari", "\"Aula: lantai 2\"")));
            default -> name.equals("date") || name.equals("start") ? new Scalar(date) : words(r, 1, 100);
        };
    }

    /** A nested field with each of its sub-fields present or not, most right, some hostile. */
    static Y obj(String path, List<String> subFields, Random r, int depth) {
        List<Map.Entry<String, Y>> entries = new ArrayList<>();
        for (String sub : subFields) {
            if (r.nextInt(10) < 2) continue;
            Y value = r.nextInt(10) < 8 ? good(path + "." + sub, r, depth - 1) : hostile(r, depth - 1);
            entries.add(field(r.nextInt(30) == 0 ? key(r, sub) : sub, value));
        }
        return new Obj(entries, r.nextBoolean());
    }

    /** Words, some of them odd, {@code min} to {@code max} characters, double-quoted. */
    static Y words(Random r, int min, int max) {
        StringBuilder s = new StringBuilder();
        int target = min + r.nextInt(Math.max(1, Math.min(max, 120) - min + 1));
        while (s.length() < target) s.append(s.length() == 0 ? "" : " ").append(pick(r, WORDS));
        if (s.length() > max) s.setLength(max);
        return new Scalar("\"" + s.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /** A value no author should write: any scalar form YAML has, odd text, deep or unclosed nesting, collections of them. */
    static Y hostile(Random r, int depth) {
        int choice = depth <= 0 ? 0 : r.nextInt(8);
        if (choice == 6) {
            List<Y> items = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) items.add(hostile(r, depth - 1));
            return new Seq(items, r.nextBoolean());
        }
        if (choice == 7) {
            List<Map.Entry<String, Y>> entries = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) entries.add(field(key(r, pick(r, List.of("name", "start", "src", "value", "url"))), hostile(r, depth - 1)));
            return new Obj(entries, r.nextBoolean());
        }
        return new Scalar(hostileScalar(r));
    }

    static String hostileScalar(Random r) {
        return switch (r.nextInt(28)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> pick(r, SCALARS);
            case 10, 11, 12, 13, 14 -> { // double-quoted, with YAML escapes
                StringBuilder s = new StringBuilder("\"");
                for (int i = r.nextInt(12); i > 0; i--) {
                    switch (r.nextInt(6)) {
                        case 0, 1, 2 -> s.append(pick(r, WORDS).replace("\\", "\\\\").replace("\"", "\\\""));
                        case 3, 4 -> s.append(pick(r, ESCAPES));
                        default -> s.append(anyText(r, 3).replace("\\", "\\\\").replace("\"", "\\\""));
                    }
                }
                yield s.append('"').toString();
            }
            case 15 -> "'" + anyText(r, 12).replace("'", "''") + "'";
            case 16, 17 -> { // block scalar
                StringBuilder s = new StringBuilder(pick(r, BLOCK_INDICATORS));
                for (int i = r.nextInt(5); i > 0; i--) s.append('\n').append(pick(r, WORDS));
                yield s.append("\n".repeat(r.nextInt(3))).toString();
            }
            case 18, 19 -> anyText(r, 20);
            case 20, 21 -> "\"" + anyText(r, 20).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 22, 23 -> { // long
                int n = r.nextInt(12) == 0 ? pick(r, List.of(10_000, 100_000)) : pick(r, List.of(41, 51, 61, 81, 101, 201, 301, 401, 501, 1001));
                String quote = pick(r, List.of("\"", "'", ""));
                yield quote + pick(r, List.of("x", "é", "😀", "ab ", "\\0", "a\u0301", "[", ":")).repeat(n) + quote;
            }
            case 24, 25 -> nesting(r);
            default -> pick(r, List.of("&a ", "&b ", "!!str ", "!!seq ", "!!map ", "*a ", "&a *a ")) + pick(r, SCALARS);
        };
    }

    /** Up to {@code max} characters of any kind: controls, surrogates, non-characters, line and paragraph separators. */
    static String anyText(Random r, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            switch (r.nextInt(10)) {
                case 0, 1, 2, 3 -> s.append((char) (0x20 + r.nextInt(0x5f)));
                case 4 -> s.append((char) (r.nextBoolean() ? r.nextInt(0x20) : 0x7f + r.nextInt(0x21)));
                case 5 -> s.append((char) (0x80 + r.nextInt(0xff80)));
                case 6 -> s.append(pick(r, List.of('\u2028', '\u2029', '\u0085', '\uFEFF', '\u200B', '\u202E', '\uFFFE', '\uFFFF',
                        '\uD800', '\uDFFF', '\t', '\r', '\n')));
                case 7 -> s.appendCodePoint(0x10000 + r.nextInt(0x100000));
                default -> s.append(pick(r, List.of("-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"",
                        "%", "@", "`", " ", ": ", " #")));
            }
        }
        return s.toString();
    }

    /** Deep flow nesting, balanced or not: mostly shallow, sometimes 1,000, 10,000 or 100,000 levels. */
    static String nesting(Random r) {
        int depth = switch (r.nextInt(40)) {
            case 0 -> 100_000;
            case 1, 2 -> 10_000;
            case 3, 4, 5 -> 1_000;
            default -> 1 + r.nextInt(r.nextBoolean() ? 60 : 400);
        };
        String open = List.of("[", "{", "{a: ", "[a, ", "[{a: ", "{? ", "[&a ", "{a: [").get(r.nextInt(8));
        String close = switch (open) {
            case "[", "[a, ", "[&a " -> "]";
            case "[{a: " -> "}]";
            case "{a: [" -> "]}";
            default -> "}";
        };
        boolean balanced = r.nextInt(3) > 0;
        return open.repeat(depth) + (r.nextBoolean() ? "x" : "") + (balanced ? close.repeat(depth) : close.repeat(r.nextInt(depth + 1)));
    }

    /** Anchored collections each made of aliases of the one before: {@code levels} × {@code width} aliases. */
    static String aliasChain(int levels, int width, int baseSize) {
        StringBuilder yaml = new StringBuilder("topics: &a0 [").append("x, ".repeat(Math.max(0, baseSize - 1))).append("x]\n");
        for (int level = 1; level <= levels; level++) {
            yaml.append("b").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(width, "*a" + (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    static String aliasChainValue(Random r) {
        int levels = 1 + r.nextInt(12);
        int width = 2 + r.nextInt(9);
        int base = r.nextInt(4) == 0 ? 1 + r.nextInt(3_000) : 1 + r.nextInt(10);
        // one value: a flow sequence holding the chain, so that it stays under one key
        StringBuilder value = new StringBuilder("[&a0 [").append("x, ".repeat(base - 1)).append("x]");
        for (int level = 1; level <= levels; level++) {
            value.append(", &a").append(level).append(" [").append(String.join(", ", Collections.nCopies(width, "*a" + (level - 1)))).append("]");
        }
        return value.append("]").toString();
    }

    // ---- (b) real release files mutated

    private static final List<String> TOKENS = List.of(": ", ":", "- ", "-", "? ", "&a ", "*a", "*b", "!!", "!!str ", "!!binary ",
            "{", "}", "[", "]", ",", "\"", "'", "|", ">", "|-", "#", "%", "@", "`", "---\n", "...\n", "---", "\t", "\r", "\n",
            "\r\n", "\uFEFF", "\u0000", "\u0001", "\u001b", "\u0085", "\u2028", "\u2029", "\u00a0", "\ud800", "\\", "\\0",
            "\\x1b", "\\u", "\"\\0\"", "<<: *a\n", "&a [*a]", "*", "_", "**", "~~", "<", ">", "</", "<!--", "<![CDATA[",
            "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
            "![x](//evil.example/a.png)", "&#0;", "&#x110000;", "&amp", "](", "![", "[^1]", "[a]: /x\n", "```", "~~~",
            "    ", "| a | b |\n|---|---|\n", "1. ", "* ", "+ ", "=====\n", "\\\n", "  \n", "é", "😀", "\u0301",
            "2023-02-30", "99999-01-01", "9223372036854775808", "1e309", "~", "null", "", "x".repeat(500));

    @Provide
    Arbitrary<Seed> mutatedReleases() {
        return Arbitraries.randomValue(ReleaseReaderFuzzTest::mutate);
    }

    static Seed mutate(Random r) {
        Seed seed = corpus.get(r.nextInt(corpus.size()));
        List<Byte> b = new ArrayList<>(seed.bytes().length + 64);
        for (byte x : seed.bytes()) b.add(x);
        int mutations = 1 + (r.nextInt(4) == 0 ? r.nextInt(16) : r.nextInt(3));
        StringBuilder how = new StringBuilder();
        for (int m = 0; m < mutations; m++) {
            int op = r.nextInt(17);
            how.append(m == 0 ? "" : ",").append(op);
            int at = b.isEmpty() ? 0 : r.nextInt(b.size() + 1);
            switch (op) {
                case 0 -> { // flip a bit
                    if (!b.isEmpty()) {
                        int i = r.nextInt(b.size());
                        b.set(i, (byte) (b.get(i) ^ (1 << r.nextInt(8))));
                    }
                }
                case 1 -> { // any byte
                    if (!b.isEmpty()) b.set(r.nextInt(b.size()), (byte) r.nextInt(256));
                }
                case 2, 3 -> insert(b, at, TOKENS.get(r.nextInt(TOKENS.size())));
                case 4 -> insert(b, lineStart(b, at), TOKENS.get(r.nextInt(TOKENS.size())));
                case 5 -> { // delete a range
                    int end = Math.min(b.size(), at + 1 + r.nextInt(32));
                    if (at < end) b.subList(at, end).clear();
                }
                case 6 -> { // truncate
                    if (r.nextInt(3) == 0) b.subList(at, b.size()).clear();
                }
                case 7, 8 -> { // duplicate a line, next to it or elsewhere
                    int start = lineStart(b, at);
                    int end = lineEnd(b, at);
                    List<Byte> line = new ArrayList<>(b.subList(start, end));
                    b.addAll(op == 7 ? end : lineStart(b, r.nextInt(b.size() + 1)), line);
                }
                case 9 -> { // delete a line
                    b.subList(lineStart(b, at), lineEnd(b, at)).clear();
                }
                case 10 -> { // swap a line with another
                    int s1 = lineStart(b, at);
                    int e1 = lineEnd(b, at);
                    List<Byte> line = new ArrayList<>(b.subList(s1, e1));
                    b.subList(s1, e1).clear();
                    b.addAll(lineStart(b, b.isEmpty() ? 0 : r.nextInt(b.size() + 1)), line);
                }
                case 11 -> { // a token many times
                    String token = List.of("[", "{", "- ", "> ", ">", "*", "_", "`", "&", "<", "\\", "![", "[a](", "{a: ", "  ", "\n",
                            "#", "|", ":").get(r.nextInt(19));
                    int times = switch (r.nextInt(10)) {
                        case 0 -> 10_000;
                        case 1 -> 1_000 + r.nextInt(5_000);
                        default -> 2 + r.nextInt(200);
                    };
                    insert(b, at, token.repeat(times));
                }
                case 12 -> { // bytes that are not UTF-8
                    byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
                            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                    for (byte x : bad[r.nextInt(bad.length)]) b.add(at++, x);
                }
                case 13 -> { // line ends
                    String text = new String(toBytes(b), StandardCharsets.ISO_8859_1);
                    text = r.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("\n", "\r");
                    b.clear();
                    for (byte x : text.getBytes(StandardCharsets.ISO_8859_1)) b.add(x);
                }
                case 14 -> { // indent or outdent a line
                    int start = lineStart(b, at);
                    if (r.nextBoolean()) insert(b, start, r.nextBoolean() ? "\t" : " ".repeat(1 + r.nextInt(4)));
                    else if (start < b.size() && b.get(start) == ' ') b.remove(start);
                }
                case 15 -> { // a hostile value after a colon
                    int colon = indexOf(b, (byte) ':', at);
                    if (colon >= 0) {
                        int end = lineEnd(b, colon);
                        b.subList(colon + 1, end).clear();
                        insert(b, colon + 1, " " + SCALARS.get(r.nextInt(SCALARS.size())) + "\n");
                    }
                }
                default -> { // lines of another file
                    byte[] other = corpus.get(r.nextInt(corpus.size())).bytes();
                    int from = r.nextInt(other.length + 1);
                    int to = Math.min(other.length, from + r.nextInt(300));
                    List<Byte> piece = new ArrayList<>();
                    for (int i = from; i < to; i++) piece.add(other[i]);
                    b.addAll(lineStart(b, at), piece);
                }
            }
        }
        if (r.nextInt(20) == 0) insert(b, 0, "\uFEFF");
        return new Seed(seed.file(), toBytes(b), seed.origin() + " [" + how + "]");
    }

    private static void insert(List<Byte> b, int at, String text) {
        List<Byte> bytes = new ArrayList<>();
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) bytes.add(x);
        b.addAll(Math.min(at, b.size()), bytes);
    }

    private static int lineStart(List<Byte> b, int at) {
        int i = Math.min(at, b.size());
        while (i > 0 && b.get(i - 1) != '\n') i--;
        return i;
    }

    private static int lineEnd(List<Byte> b, int at) {
        int i = Math.min(at, b.size());
        while (i < b.size() && b.get(i) != '\n') i++;
        return Math.min(b.size(), i + 1);
    }

    private static int indexOf(List<Byte> b, byte x, int from) {
        for (int i = from; i < b.size(); i++) if (b.get(i) == x) return i;
        return -1;
    }

    // ---- (c) hostile Markdown bodies

    static final List<String> SCRIPT_HTML = List.of(
            "<script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">a</a>",
            "<a href=\"jav&#x09;ascript:alert(1)//../index.html\">a</a>",
            "<a href=\"jav\nascript:alert(1)\">a</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">a</a>",
            "<a href=\"&#106;avascript:alert(1)\">a</a>",
            "<a href=\" javascript:alert(1)\">a</a>",
            "<a href=\"java\u0000script:alert(1)\">a</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a</a>",
            "<a href=\"vbscript:msgbox(1)\">a</a>",
            "[a](javascript:alert(1))",
            "[a](jav&#x09;ascript:alert(1))",
            "[a](<javascript:alert(1)>)",
            "[a][r]\n\n[r]: javascript:alert(1)",
            "![a](javascript:alert(1))",
            "<javascript:alert(1)>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"//evil.example/a.png\">",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><x/>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "&#0; &#x110000; &#xD800; &#99999999999; &#x; &nbsp &NotARealEntity;");

    @Provide
    Arbitrary<Text> hostileBodies() {
        return Arbitraries.randomValue(r -> new Text(hostileBody(r)));
    }

    static String smallBody(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "";
            case 1 -> bodyPiece(r, 1 + r.nextInt(50));
            default -> "Paragraf **pertama** dengan [tautan](https://example.org) dan ![gambar](foto.png).\n";
        };
    }

    static String hostileBody(Random r) {
        int pieces = 1 + r.nextInt(3);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int size = r.nextInt(1_000);
            if (size == 0) size = Integer.MAX_VALUE; // each kind of piece at its largest
            else if (size < 10) size = 1_000 + r.nextInt(4_000);
            else if (size < 100) size = 100 + r.nextInt(900);
            else size = 1 + r.nextInt(100);
            body.append(bodyPiece(r, size)).append(List.of("\n\n", "\n", "", " ", "\r\n").get(r.nextInt(5)));
        }
        return body.toString();
    }

    /**
     * One piece of Markdown about {@code size} deep or long, up to a cap for each kind: 10,000 levels of nesting,
     * 100,000 repeats of a character; less for the kinds that take time in proportion to the square of their
     * size on today's libraries (those still run at their full size in {@link #namedHostileInputs}).
     */
    static String bodyPiece(Random r, int size) {
        return bodyPiece(r.nextInt(BODY_PIECE_KINDS), r, size);
    }

    static final int BODY_PIECE_KINDS = 24;

    static String bodyPiece(int kind, Random r, int size) {
        int n = Math.min(size, switch (kind) {
            case 0, 1, 2 -> 10_000;
            case 3, 13 -> 3_000;
            case 4 -> 1_000;
            case 5 -> 60;
            case 8, 14 -> 1_000;
            case 15 -> 200;
            case 18 -> 200;
            case 19 -> 5_000;
            case 23 -> 2_000;
            default -> 100_000;
        });
        return switch (kind) {
            case 0 -> ">".repeat(n) + " kutipan";
            case 1 -> "> ".repeat(n) + "kutipan";
            case 2 -> "- ".repeat(n) + "butir";
            case 3 -> "1. ".repeat(n) + "butir";
            case 4 -> "> - 1. ".repeat(n) + "campur";
            case 5 -> { // nested by indentation: quadratic in size
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < n; i++) s.append("  ".repeat(i)).append("- butir ").append(i).append('\n');
                yield s.toString();
            }
            case 6 -> "[".repeat(n);
            case 7 -> "![".repeat(n / 2 + 1);
            case 8 -> "[a](".repeat(n);
            case 9 -> "[".repeat(n / 2) + "a" + "](/x)".repeat(n / 2);
            case 10 -> "*".repeat(n) + "a" + "*".repeat(n);
            case 11 -> "*a _b ".repeat(n / 6 + 1);
            case 12 -> "`".repeat(n) + "kode";
            case 13 -> "<div>".repeat(n) + "x";
            case 14 -> "<a href=x>".repeat(n);
            case 15 -> table(n, Math.max(1, 2_000 / n));
            case 16 -> "|".repeat(n) + "\n" + "|-".repeat(n / 2 + 1);
            case 17 -> SCRIPT_HTML.get(r.nextInt(SCRIPT_HTML.size()));
            case 18 -> "[a]: /x\n".repeat(n) + "[a] [b] [c]";
            case 19 -> "```\n" + "kode\n".repeat(n);
            case 20 -> "\\".repeat(n) + "&".repeat(n) + "&#".repeat(n / 2);
            case 21 -> "<!--".repeat(n / 4 + 1) + "<![CDATA[";
            case 22 -> "#".repeat(Math.min(n, 10)) + " Judul\n" + "=".repeat(n) + "\n" + "-".repeat(n);
            default -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < n; i++) s.append(TOKENS.get(r.nextInt(TOKENS.size())));
                yield s.toString();
            }
        };
    }

    static String table(int columns, int rows) {
        StringBuilder s = new StringBuilder();
        s.append("|").append("k|".repeat(columns)).append('\n').append("|").append("---|".repeat(columns)).append('\n');
        String row = "|" + "1|".repeat(columns) + "\n";
        s.append(row.repeat(rows));
        return s.toString();
    }
}
