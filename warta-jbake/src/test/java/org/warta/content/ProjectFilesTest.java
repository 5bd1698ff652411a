package org.warta.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links, special files and folders named like releases in content/ and assets/, on a real file system. */
class ProjectFilesTest {
    @TempDir
    Path project;

    private List<String> check() {
        return new ProjectFiles(project).check(project.resolve("content"), project.resolve("assets"))
                .stream().map(Problem::toString).toList();
    }

    private Path folder(String path) throws IOException {
        return Files.createDirectories(project.resolve(path));
    }

    @Test
    void plainFilesAndFoldersPass() throws IOException {
        Files.writeString(folder("content/berita/2023").resolve("a.md"), "---\n");
        Files.writeString(folder("assets/img").resolve("x.svg"), "<svg/>");
        assertEquals(List.of(), check());
    }

    @Test
    void aLinkToAFileOutsideIsNamedAndNeverFollowed() throws IOException {
        Files.createSymbolicLink(folder("content/berita/2024").resolve("foto.jpg"), Path.of("/etc/shadow"));
        assertEquals(List.of("content/berita/2024/foto.jpg:1: berkas: tautan simbolik (symbolic link) ke \"/etc/shadow\"; "
                + "Warta tidak mengikuti tautan agar tidak ada berkas dari luar proyek yang terbit: simpan berkas aslinya "
                + "di sini sebagai ganti tautan"), check());
    }

    @Test
    void linksToFoldersDanglingLinksAndLinkLoopsInBothFolders() throws IOException {
        Files.createSymbolicLink(folder("content/berita").resolve("lingkar"), Path.of(".."));
        Files.createSymbolicLink(folder("assets").resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(folder("content/berita/2023").resolve("hilang.md"), Path.of("tidak-ada.md"));
        // a hidden link to a folder: JBake walks into hidden folders
        Files.createSymbolicLink(project.resolve("content/berita/2023/.tersembunyi"), Path.of("/tmp"));
        List<String> problems = check();
        assertEquals(4, problems.size(), problems.toString());
        for (String name : List.of("assets/etc:", "content/berita/lingkar:", "content/berita/2023/hilang.md:", "content/berita/2023/.tersembunyi:")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(name + "1: berkas: tautan simbolik")), name + " in " + problems);
        }
    }

    @Test
    void anEditorsHiddenLockFileIsLeftAlone() throws IOException {
        // Emacs keeps a dangling link ".#rilis.md -> user@host.123" beside a file being edited; JBake skips hidden files
        Files.createSymbolicLink(folder("content/berita/2023").resolve(".#rilis.md"), Path.of("penulis@laptop.4242"));
        assertEquals(List.of(), check());
    }

    @Test
    void aFifoAndAFolderNamedLikeAReleaseAreProblems() throws Exception {
        Path fifo = folder("content/berita/2023").resolve("pipa.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        folder("content/berita/2023/folder.md");
        assertEquals(List.of(
                "content/berita/2023/folder.md:1: berkas: folder ini bernama seperti berkas berita (.md); sebuah rilis harus "
                        + "berupa berkas, bukan folder: ganti nama foldernya",
                "content/berita/2023/pipa.md:1: berkas: bukan berkas biasa (mis. pipe, soket atau perangkat); hapus dari folder ini"),
                check());
    }

    @Test
    void linkOnTheWayFindsTheLinkNearestTheRoot() throws IOException {
        Path content = folder("content");
        Path real = folder("elsewhere/2023");
        Files.createSymbolicLink(content.resolve("berita"), real.getParent());
        assertEquals(content.resolve("berita"), ProjectFiles.linkOnTheWay(content, content.resolve("berita/2023/a.md")));
        assertNull(ProjectFiles.linkOnTheWay(project, project.resolve("elsewhere/2023/a.md")));
    }
}
