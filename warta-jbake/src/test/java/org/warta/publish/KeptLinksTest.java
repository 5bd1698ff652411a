package org.warta.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The link check's memory between builds: a page that is the same file as at the last check is not read again (its
 * links are still resolved against the site as it is now); a page changed since, or a memory that is damaged, is read.
 */
class KeptLinksTest {
    private static final String HOST = "https://diskop.example.go.id";

    @Test
    void aPageThatIsTheSameFileIsNotReadAgainAChangedOneIs(@TempDir Path project) throws IOException {
        Path site = project.resolve("target/site-1");
        write(site, "index.html", "<a href=\"/berita/2023/rakorda/\">rilis</a>");
        write(site, "berita/2023/rakorda/index.html", "<a href=\"/\">beranda</a>");
        write(site, "404.html", "<p>tidak ada</p>");
        LinkMemory memory = LinkMemory.in(project);
        assertEquals(List.of(), memory.problems(site, HOST));

        // the home page, rewritten in place to the same size and time (the same file, to the stamp): not read again,
        // or the check would find the broken link it now holds
        Path home = site.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(home);
        String same = Files.readString(home);
        Files.writeString(home, same.replace("/berita/2023/rakorda/", "/berita/2023/hilang7/"));
        Files.setLastModifiedTime(home, time);
        // what it named is resolved against the site as it is now
        Files.delete(site.resolve("berita/2023/rakorda/index.html"));
        // a page changed since is read
        write(site, "404.html", "<a href=\"/tidak-ada/\">baru</a>");
        assertEquals(List.of("/404.html: tautan \"/tidak-ada/\" tidak ada di situs",
                "/: tautan \"/berita/2023/rakorda/\" tidak ada di situs"), memory.problems(site, HOST));

        // a memory cut short is not used: every page is read, the home page's new link too
        Path kept = project.resolve("target/warta-cache/tautan.bin");
        byte[] whole = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertEquals(List.of("/404.html: tautan \"/tidak-ada/\" tidak ada di situs",
                "/: tautan \"/berita/2023/hilang7/\" tidak ada di situs"), LinkMemory.in(project).problems(site, HOST));
    }

    @Test
    void aPageTheNextBakeLinkedFromThePublishedSiteIsTheSameFile(@TempDir Path project) throws IOException {
        Path staging = project.resolve("target/warta-staging");
        write(staging, "index.html", "<a href=\"/berita/\">berita</a>");
        write(staging, "berita/index.html", "<p>berita</p>");
        assertEquals(List.of(), LinkMemory.in(project).problems(staging, HOST));
        // published: the folder renamed; the next bake links the unchanged home page from there, writes the other
        Path published = project.resolve("target/site-1");
        Files.move(staging, published);
        Files.createDirectories(staging.resolve("berita"));
        Files.createLink(staging.resolve("index.html"), published.resolve("index.html"));
        write(staging, "berita/index.html", "<a href=\"/hilang/\">x</a>");
        // the linked page rewritten in place to the same size and time: not read again, so its new link is not seen
        Path home = staging.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(home);
        Files.writeString(home, "<a href=\"/tiadax/\">berita</a>", StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(home, time);
        assertEquals(List.of("/berita/: tautan \"/hilang/\" tidak ada di situs"), LinkMemory.in(project).problems(staging, HOST));
    }

    private static void write(Path site, String file, String text) throws IOException {
        Files.createDirectories(site.resolve(file).getParent());
        Files.writeString(site.resolve(file), text);
    }
}
