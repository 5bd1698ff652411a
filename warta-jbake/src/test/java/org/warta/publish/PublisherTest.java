package org.warta.publish;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublisherTest {
    @TempDir
    Path target;

    @Test
    void publishesTheStagedSiteAsALinkAndRemovesTheOldOne() throws IOException {
        Path site = target.resolve("site");
        stage("<p>satu</p>", "lama.html");
        List<Publisher.Step> steps = new ArrayList<>();
        assertEquals(target.resolve("site-1"), new Publisher(staging(), site, "https://x.example", steps::add).publish());
        assertEquals(List.of(Publisher.Step.values()), steps);
        assertTrue(Files.isSymbolicLink(site));
        assertEquals("<p>satu</p>", Files.readString(site.resolve("index.html")));

        stage("<p>dua</p>", "baru.html");
        new Publisher(staging(), site, "https://x.example").publish();
        assertEquals(Path.of("site-2"), Files.readSymbolicLink(site));
        assertEquals("<p>dua</p>", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("lama.html")), "a page of the old bake is gone");
        assertEquals(List.of("site", "site-2"), names());
    }

    @Test
    void aSiteThatFailsItsCheckIsNotPublished() throws IOException {
        Path site = target.resolve("site");
        stage("<p>satu</p>", "a.html");
        new Publisher(staging(), site, "https://x.example").publish();
        stage("<a href=\"/hilang/\">x</a>", "b.html");
        PublishException e = assertThrows(PublishException.class, () -> new Publisher(staging(), site, "https://x.example").publish());
        assertEquals(List.of("/: tautan \"/hilang/\" tidak ada di situs"), e.problems());
        assertEquals(Path.of("site-1"), Files.readSymbolicLink(site));
        assertEquals("<p>satu</p>", Files.readString(site.resolve("index.html")));
    }

    @Test
    void anEmptyStagingFolderIsNotPublished() throws IOException {
        Files.createDirectories(staging());
        assertThrows(PublishException.class, () -> new Publisher(staging(), target.resolve("site"), "https://x.example").publish());
        assertFalse(Files.exists(target.resolve("site")));
    }

    @Test
    void aFolderFromAnOlderBakeIsReplacedAndLeftoversOfAKilledPublishRemoved() throws IOException {
        Path site = target.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "lama");
        Files.createDirectories(target.resolve("site-5"));
        Files.createSymbolicLink(target.resolve(".site-5.link"), Path.of("site-5"));
        stage("<p>baru</p>", "x.html");
        new Publisher(staging(), site, "https://x.example").publish();
        assertEquals("<p>baru</p>", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site", "site-1"), names());
    }

    private Path staging() {
        return target.resolve("warta-staging");
    }

    /** A staged site as Warta's bake leaves it: pages, and the list of files no release uses (none here). */
    private void stage(String index, String other) throws IOException {
        Files.createDirectories(staging());
        Files.writeString(staging().resolve("index.html"), index);
        Files.writeString(staging().resolve(other), "<p>" + other + "</p>");
        Files.writeString(staging().resolve(UnusedFiles.LIST), "");
    }

    @Test
    void theFilesTheBakeListedAsUnusedAreNotPublished() throws IOException {
        stage("<p>satu</p>", "x.html");
        Files.createDirectories(staging().resolve("berita/2027"));
        Files.writeString(staging().resolve("berita/2027/foto-embargo.jpg"), "jpeg");
        Files.writeString(staging().resolve(UnusedFiles.LIST), "berita/2027/foto-embargo.jpg\n../di-luar.txt\n");
        Files.writeString(target.resolve("di-luar.txt"), "tetap");
        Path site = target.resolve("site");
        new Publisher(staging(), site, "https://x.example").publish();
        assertFalse(Files.exists(site.resolve("berita/2027/foto-embargo.jpg")));
        assertFalse(Files.exists(site.resolve(UnusedFiles.LIST)), "the list itself is not published");
        assertEquals("tetap", Files.readString(target.resolve("di-luar.txt")), "a listed path never leaves the bake");
    }

    @Test
    void aBakeWithoutTheListIsNotPublished() throws IOException {
        stage("<p>satu</p>", "x.html");
        Files.delete(staging().resolve(UnusedFiles.LIST));
        PublishException e = assertThrows(PublishException.class,
                () -> new Publisher(staging(), target.resolve("site"), "https://x.example").publish());
        assertTrue(e.getMessage().contains("bake tidak lengkap"), e.getMessage());
        assertFalse(Files.exists(target.resolve("site")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
