package org.warta.jbake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.content.Problem;
import org.warta.site.BakeStopped;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile and careless files of issue 16 ({@code src/test/resources/hostile/}), each read by Warta's engine
 * exactly as JBake's crawl reads it: each ends as problems naming its file, line and field, in bounded time, and a
 * bake of them all reports every one instead of stopping at the first.
 */
class HostileFilesTest {
    @TempDir
    static Path dir;
    static FixtureProject project;
    static DefaultJBakeConfiguration config;

    @BeforeAll
    static void setUp() throws Exception {
        project = new FixtureProject(dir);
        Path hostile = Path.of(HostileFilesTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(hostile)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                project.write("berita/2023/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(), project.output.toFile(), true);
    }

    /** The problems the engine stored for a file, as printed. */
    @SuppressWarnings("unchecked")
    private static List<String> problems(String name) {
        DocumentModel document = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new ReleaseEngine().parse(config, dir.resolve("content/berita/2023/" + name).toFile()));
        assertEquals(ReleaseDocument.INVALID, document.getStatus(), name + " must not pass");
        return (List<String>) document.get(ReleaseDocument.PROBLEMS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bom-alias.md                    | 1 | front matter | terlalu banyak rujukan YAML",
            "bom-kurung.md                   | 1 | front matter | front matter bertingkat terlalu dalam",
            "kendali-judul.md                | 2 | title        | berisi karakter kendali U+0000",
            "kendali-isi.md                  | 6 | isi          | karakter kendali U+0007 di kolom 25",
            "alias-kosong.md                 | 5 | aliases[0]   | terlalu pendek (0 karakter)",
            "alias-nul.md                    | 5 | aliases[0]   | berisi karakter kendali U+0000",
            "kutip-tak-ditutup.md            | 2 | title        | tanda kutip yang dibuka di baris ini tidak ditutup",
            "selesai-sebelum-mulai-sehari.md | 8 | event.end    | acara selesai 2023-05-24T09:00:00+07:00 lebih awal dari mulainya",
            "isi-redos.md                    | 6 | isi          | isi berita terlalu rumit untuk dibaca",
            "isi-bertingkat.md               | 8 | isi          | baris ini bertingkat 948 lapis",
            "isi-tautan-ribuan.md            | 8 | isi          | isi memuat lebih dari 2000 tanda '['",
            "alias-melingkar.md              | 5 | topics[0]    | rujukan YAML (*nama) menunjuk ke kolom yang memuatnya sendiri"})
    void eachEndsAsAProblemAtItsLineAndField(String name, int line, String field, String message) {
        String expected = "content/berita/2023/" + name + ":" + line + ": " + field + ": " + message;
        List<String> problems = problems(name);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + "\nin " + problems);
        for (String printed : problems) {
            Problem problem = Problem.parse(printed);
            assertEquals(-1, org.warta.content.TextCharacters.firstForbidden(printed), "no control character is printed");
            assertTrue(problem.line() >= 1 && !problem.field().isBlank(), printed);
            assertTrue(!printed.contains("found ") && !printed.contains("expected"), "no parser English: " + printed);
        }
    }

    @Test
    void anUnreadableFileIsAProblemOfThatFile() throws Exception {
        // the crawl lists a file, then it cannot be read (here: it is gone; as root, permissions do not stop a read)
        Path gone = dir.resolve("content/berita/2023/hilang.md");
        DocumentModel document = new ReleaseEngine().parse(config, gone.toFile());
        assertEquals(ReleaseDocument.INVALID, document.getStatus());
        assertEquals(List.of("content/berita/2023/hilang.md:1: berkas: berkas tidak dapat dibaca (berkas hilang saat dibaca); "
                + "periksa izin berkasnya, lalu jalankan build lagi"), document.get(ReleaseDocument.PROBLEMS));
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        Path big = dir.resolve("content/berita/2023/besar.md");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[]{'x'}), 21L * 1024 * 1024); // a sparse 21 MB file
        }
        try {
            assertEquals(List.of("content/berita/2023/besar.md:1: berkas: berkas terlalu besar (21,0 MB; batasnya 4 MB); "
                    + "pecah menjadi beberapa rilis, atau lampirkan dokumen panjang sebagai PDF di attachments"), problems("besar.md"));
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void oneBakeReportsEveryHostileFile() {
        List<Throwable> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), project::bake);
        assertEquals(1, errors.size(), errors.toString());
        BakeStopped stopped = assertInstanceOf(BakeStopped.class, errors.get(0));
        long files = stopped.problems().stream().map(Problem::file).distinct().count();
        assertEquals(12, files, stopped.problems().toString());
    }

    @Test
    void everyMessageIsExplainedInTheAuthorsGuide() throws Exception {
        List<java.util.regex.Pattern> explained = BadContentTest.guideMessages();
        List<Problem> problems = ((BakeStopped) project.bake().get(0)).problems();
        for (Problem problem : problems) {
            assertTrue(explained.stream().anyMatch(p -> p.matcher(problem.message()).find()),
                    "docs/panduan-penulis.md explains: " + problem.message());
        }
    }
}
