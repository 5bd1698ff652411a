package org.warta.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckTest {
    private static final String HOST = "https://diskop.example.go.id";

    @TempDir
    Path site;
    LinkCheck check;

    @BeforeEach
    void setUp() throws IOException {
        write("index.html", "<p>beranda</p>");
        write("berita/2023/rakorda/index.html", "<p>rilis</p>");
        write("berita/2023/foto kecil.png", "png");
        write("css/warta.css", "body{}");
        write("404.html", "<p>tidak ada</p>");
        check = new LinkCheck(site, HOST);
    }

    @Test
    void anUnchangedPageIsNotReadAgainButItsLinksAreCheckedAgainstTheSiteAsItIsNow() throws IOException {
        write("index.html", "<a href=\"/berita/2023/rakorda/\">rilis</a>");
        LinkCheck remembering = new LinkCheck(site, HOST, new LinkCheck.Links(), file -> false);
        assertEquals(List.of(), remembering.problems());
        LinkCheck.Links first = remembering.links();
        assertEquals(3, first.size(), "the three pages read");

        // the next bake: the release page is gone, the home page is the same (so not read: its file now says
        // something else, which the check must not see) and the 404 page changed
        Files.delete(site.resolve("berita/2023/rakorda/index.html"));
        write("index.html", "<a href=\"/css/warta.css\">tidak dibaca</a>");
        write("404.html", "<a href=\"/hilang/\">baru</a>");
        LinkCheck next = new LinkCheck(site, HOST, first, "index.html"::equals);

        assertEquals(List.of("/404.html: tautan \"/hilang/\" tidak ada di situs",
                "/: tautan \"/berita/2023/rakorda/\" tidak ada di situs"), next.problems());
        assertEquals(2, next.links().size());
    }

    @Test
    void resolvesFilesFoldersFragmentsQueriesAndOutsideLinks() {
        for (String url : List.of("/", "/berita/2023/rakorda/", "/berita/2023/rakorda", "/css/warta.css", "#isi", "?q=koperasi",
                "/cari/../index.html", "rakorda/", "foto%20kecil.png", "/berita/2023/rakorda/#galeri", "/?q=a+b",
                HOST + "/berita/2023/rakorda/", HOST, "https://kemenkopukm.go.id/", "mailto:humas@example.go.id", "tel:+62210000")) {
            assertTrue(check.resolves("/berita/2023/", url), url);
        }
    }

    @Test
    void rejectsMissingTargetsSchemesAndEscapes() {
        for (String url : List.of("/berita/2023/tidak-ada/", "/css/lain.css", "", "  ", "javascript:alert(1)",
                "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "/../../etc/passwd",
                "/berita/2023/rakorda/index.htm", HOST + "/hilang/")) {
            assertFalse(check.resolves("/berita/2023/", url), url);
        }
    }

    @Test
    void namesThePageAndTheTargetOfEveryProblem() throws IOException {
        write("berita/2023/rakorda/index.html", """
                <a href="/berita/2023/hilang/">lama</a> <a href="/berita/2023/rakorda/">ini</a>
                <img src="/berita/2023/foto%20kecil.png" alt="Peserta rapat">
                <img src="/berita/2023/foto%20kecil.png">
                <img src="/img/tidak-ada.png" alt="  ">
                <link rel="stylesheet" href="/css/lama.css">
                <form action="/cari/"></form>""");
        write("lama.html", "<meta http-equiv=\"refresh\" content=\"0; url=/berita/2023/hapus/\">");
        assertEquals(List.of(
                "/berita/2023/rakorda/: tautan \"/berita/2023/hilang/\" tidak ada di situs",
                "/berita/2023/rakorda/: tautan \"/css/lama.css\" tidak ada di situs",
                "/berita/2023/rakorda/: gambar \"/img/tidak-ada.png\" tidak ada di situs",
                "/berita/2023/rakorda/: formulir \"/cari/\" tidak ada di situs",
                "/berita/2023/rakorda/: gambar \"/berita/2023/foto%20kecil.png\" tanpa teks alt",
                "/berita/2023/rakorda/: gambar \"/img/tidak-ada.png\" tanpa teks alt",
                "/lama.html: pengalihan ke \"/berita/2023/hapus/\" tidak ada di situs"), check.problems());
    }

    @Test
    void aCompleteSiteHasNoProblems() {
        assertEquals(List.of(), check.problems());
    }

    private void write(String path, String html) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }
}
