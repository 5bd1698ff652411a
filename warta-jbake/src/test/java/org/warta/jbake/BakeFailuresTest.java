package org.warta.jbake;

import org.warta.site.BakeStopped;
import org.warta.site.Failures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bake that fails for a reason other than the content (issue 16, item 8) stops in one line that says what, where
 * and why; the failure behind it stays attached for {@code mvn -e}.
 */
class BakeFailuresTest {

    @Test
    void aBrokenTemplateIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        FixtureProject project = new FixtureProject(dir).writeFullRelease();
        Path template = dir.resolve("templates/release.ftl");
        Files.writeString(template, Files.readString(template) + "<#if>\n");
        BakeStopped stopped = assertInstanceOf(BakeStopped.class, project.bake().get(0));
        String line = stopped.getMessage();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("Warta: bake gagal, tidak ada yang diterbitkan: halaman /berita/2023/"), line);
        assertTrue(line.contains("release.ftl") && line.contains("line"), line);
        assertFalse(line.contains("was expecting one of"), "Freemarker's list of every token is cut: " + line);
        assertTrue(stopped.failure() != null, "the failure behind it is kept");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        FixtureProject project = new FixtureProject(dir).writeFullRelease();
        // a file where the bake needs a folder: as a full disk does, writing fails with an I/O error
        Files.createDirectories(project.output);
        Files.writeString(project.output.resolve("berita"), "bukan folder");
        BakeStopped stopped = assertInstanceOf(BakeStopped.class, project.bake().get(0));
        String line = stopped.getMessage();
        assertEquals(1, line.lines().count(), line);
        // the first file of the release's folder written: its photos' archive (a page would say "gagal dibuat")
        assertTrue(line.matches(".*(gagal dibuat|gagal ditulis) — sebabnya: .*") && line.contains("/berita"), line);
    }

    @Test
    void aFullDiskIsSaidInIndonesian() {
        IOException full = new FileSystemException("/srv/warta/target/warta-staging/feed.xml", null, "No space left on device");
        assertEquals("ruang disk penuh (/srv/warta/target/warta-staging/feed.xml)",
                Failures.reason(new RuntimeException("halaman /feed.xml gagal dibuat", new IOException(full))));
        assertEquals("ruang disk penuh", Failures.reason(new IOException("No space left on device")));
        assertEquals("pesan pertama", Failures.reason(new IllegalStateException("luar", new IllegalStateException("pesan pertama\nbaris dua"))));
    }
}
