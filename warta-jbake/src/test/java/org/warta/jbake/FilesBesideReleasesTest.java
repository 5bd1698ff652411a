package org.warta.jbake;

import org.warta.publish.UnusedFiles;
import org.warta.site.BakeStopped;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.publish.Publisher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files beside the releases (issue 16): published only when a published release uses them, and a link among them
 * stops the bake before JBake copies anything. Baked with JBake's real Oven and published with the real publisher.
 */
class FilesBesideReleasesTest {

    @Test
    void onlyFilesThatAPublishedReleaseUsesArePublished(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2023/foto.jpg", org.warta.image.PhotoProcessorTest.fixture("orientasi-8.jpg"))
                .write("berita/2023/paparan.pdf", "%PDF-1.4\n")
                .write("berita/2023/dari-isi.pdf", "%PDF-1.4\n")
                .write("berita/2023/lampiran-draf.pdf", "%PDF-1.4\n")
                .write("berita/2099/foto-embargo.jpg", "jpeg")
                .write("berita/2023/catatan-rapat.docx", "docx");
        project.write("berita/2023/terbit.md", FixtureProject.release("Rilis yang terbit dengan foto", "2023-05-24",
                "image: {src: foto.jpg, alt: Peserta rapat di aula}\nattachments:\n  - {src: paparan.pdf, title: Paparan}\n",
                "Unduh [bahan dari isi](../dari-isi.pdf)."));
        project.write("berita/2023/konsep.md", FixtureProject.release("Konsep yang belum terbit", "2023-05-25",
                "status: draft\nattachments:\n  - {src: lampiran-draf.pdf, title: Lampiran draf}\n", "Draf."));
        project.write("berita/2099/embargo.md", FixtureProject.release("Rilis berembargo tahun depan", "2099-01-01",
                "image: {src: foto-embargo.jpg, alt: Foto yang belum boleh terbit}\n", "Belum."));
        CapturedLog.clear();
        assertEquals(List.of(), project.bake());
        assertTrue(CapturedLog.messages("INFO").contains("Warta: 3 berkas di content/ tidak dipakai rilis yang terbit, "
                + "tidak diterbitkan: content/berita/2023/catatan-rapat.docx, content/berita/2023/lampiran-draf.pdf, "
                + "content/berita/2099/foto-embargo.jpg"), CapturedLog.messages("INFO").toString());

        Path site = dir.resolve("site");
        new Publisher(project.output, site, "http://localhost:8820").publish();
        for (String used : List.of("berita/2023/paparan.pdf", "berita/2023/dari-isi.pdf")) {
            assertTrue(Files.isRegularFile(site.resolve(used)), used + " is published");
        }
        // the photo is published as the photo stage made it, never as it was written (with its GPS position)
        try (var files = Files.walk(site.resolve("foto"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("foto.jpg")), "the cleaned original is published");
        }
        for (String unused : List.of("berita/2023/foto.jpg", "berita/2023/lampiran-draf.pdf", "berita/2099/foto-embargo.jpg",
                "berita/2023/catatan-rapat.docx", UnusedFiles.LIST)) {
            assertFalse(Files.exists(site.resolve(unused)), unused + " must not be published");
        }
    }

    @Test
    void aLinkAmongTheFilesStopsTheBakeBeforeAnythingIsCopied(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "kata sandi server");
        FixtureProject project = new FixtureProject(dir.resolve("proyek"));
        project.write("berita/2023/terbit.md", FixtureProject.release("Rilis dengan foto yang ternyata tautan", "2023-05-24",
                "image: {src: foto.jpg, alt: Peserta rapat di aula}\n", "Isi."));
        Files.createSymbolicLink(project.dir.resolve("content/berita/2023/foto.jpg"), secret);
        Files.createSymbolicLink(project.dir.resolve("assets/bocor.txt"), secret);

        List<Throwable> errors = project.bake();
        BakeStopped stopped = assertInstanceOf(BakeStopped.class, errors.get(0));
        assertEquals(List.of("assets/bocor.txt", "content/berita/2023/foto.jpg"),
                stopped.problems().stream().map(p -> p.file()).toList());
        assertTrue(stopped.problems().stream().allMatch(p -> p.message().startsWith("tautan simbolik")), stopped.problems().toString());
        try (Stream<Path> written = Files.walk(project.output)) {
            assertEquals(List.of(), written.filter(Files::isRegularFile).toList(), "JBake copied nothing, the link's target least of all");
        }
    }
}
