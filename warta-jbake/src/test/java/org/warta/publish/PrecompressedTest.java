package org.warta.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrecompressedTest {
    private static final String PAGE = "<!doctype html><title>Rapat</title>" + "<p>Rapat koordinasi koperasi.</p>".repeat(200);

    @Test
    void everyTextFileGetsAGzipCopyThatIsTheOriginalAndNoOtherFileDoes(@TempDir Path dir) throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Files.createDirectories(staging.resolve("berita/2023/rapat"));
        Files.writeString(staging.resolve("berita/2023/rapat/index.html"), PAGE);
        Files.writeString(staging.resolve("feed.xml"), "<feed>" + "<entry/>".repeat(100) + "</feed>");
        Files.writeString(staging.resolve("robots.txt"), "a");
        Files.write(staging.resolve("foto.jpg"), new byte[5000]);
        Files.writeString(staging.resolve(".htaccess"), "Options -Indexes\n".repeat(50));

        assertEquals(new Precompressed.Count(2, 0), Precompressed.write(staging, null));
        byte[] packed = Files.readAllBytes(staging.resolve("berita/2023/rapat/index.html.gz"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), new GZIPInputStream(new ByteArrayInputStream(packed)).readAllBytes());
        assertTrue(packed.length < PAGE.length() / 10);
        assertTrue(Files.exists(staging.resolve("feed.xml.gz")));
        assertFalse(Files.exists(staging.resolve("robots.txt.gz")), "a file gzip cannot make smaller keeps none");
        assertFalse(Files.exists(staging.resolve("foto.jpg.gz")), "an image is compressed already");
        assertFalse(Files.exists(staging.resolve(".htaccess.gz")), "a hidden file is the server's, not the site's");
        // gzip's header holds no time: the same bytes every time
        Path again = Files.createDirectories(dir.resolve("again"));
        Files.writeString(again.resolve("index.html"), PAGE);
        Precompressed.write(again, null);
        assertArrayEquals(packed, Files.readAllBytes(again.resolve("index.html.gz")));
    }

    @Test
    void aFileTakenOverFromThePublishedSiteTakesItsGzipOver(@TempDir Path dir) throws Exception {
        Path published = Files.createDirectories(dir.resolve("site-1"));
        Files.writeString(published.resolve("index.html"), PAGE);
        Files.writeString(published.resolve("lama.html"), PAGE);
        Precompressed.write(published, null);
        Path staging = Files.createDirectories(dir.resolve("staging"));
        // the bake took index.html over (a hard link) and wrote lama.html again, changed
        Files.createLink(staging.resolve("index.html"), published.resolve("index.html"));
        Files.writeString(staging.resolve("lama.html"), PAGE + "<p>Diperbarui.</p>");

        assertEquals(new Precompressed.Count(1, 1), Precompressed.write(staging, published));
        assertTrue(Files.isSameFile(published.resolve("index.html.gz"), staging.resolve("index.html.gz")));
        assertEquals(PAGE + "<p>Diperbarui.</p>", new String(new GZIPInputStream(Files.newInputStream(staging.resolve("lama.html.gz")))
                .readAllBytes(), StandardCharsets.UTF_8), "a changed file is compressed again");
    }
}
