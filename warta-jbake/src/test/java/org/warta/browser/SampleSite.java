package org.warta.browser;

import org.warta.jbake.FixtureProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site the browser tests look at, baked once per test JVM: the project's own sample content, with its
 * Sulawesi Tenggara release replaced by the release that uses every field ({@link FixtureProject#writeFullRelease()},
 * same URL) and one withdrawn release added. Served on 127.0.0.1 until the JVM ends.
 */
public final class SampleSite {
    public static final String WITHDRAWN = "/berita/2023/rilis-ditarik/";
    /** The search page showing results (more than one page of them, a filter open). */
    public static final String SEARCH_WITH_RESULTS = "/cari/?q=koperasi&urut=tanggal";

    /** One page of every kind a reader can land on. */
    public static final List<String> PAGE_KINDS = List.of("/", FixtureProject.FULL_RELEASE, WITHDRAWN,
            "/pengumuman/2025/jadwal-layanan-konsultasi/", "/publikasi/2024/laporan-kinerja-2023/",
            "/berita/", "/arsip/", "/arsip/2023/", "/arsip/2023/05/", "/wilayah/", "/wilayah/sulawesi-tenggara/",
            "/topik/", "/topik/perencanaan/", "/narasumber/", "/agenda/", "/cari/", SEARCH_WITH_RESULTS, "/aksesibilitas/", "/404.html");

    private static SampleSite baked;

    public final FixtureProject project;
    public final StaticServer server;

    private SampleSite(FixtureProject project, StaticServer server) {
        this.project = project;
        this.server = server;
    }

    public static synchronized SampleSite get() {
        if (baked == null) baked = bake();
        return baked;
    }

    /** Opens {@code path}; on the search page, waits until the search has answered. */
    public void open(org.openqa.selenium.WebDriver browser, String path) {
        browser.get(url(path));
        if (path.startsWith("/cari/?")) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d ->
                    !d.findElement(org.openqa.selenium.By.id("cari-status")).getText().isEmpty());
        }
    }

    /** {@code http://127.0.0.1:<port><path>} */
    public String url(String path) {
        return server.origin() + path;
    }

    private static SampleSite bake() {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-site");
            Path content = Path.of(System.getProperty("warta.project", "..")).resolve("content");
            FixtureProject project = new FixtureProject(dir).copy(content, "content");
            Files.delete(dir.resolve("content/berita/2023/rakorda-sultra-2023.md"));
            project.writeFullRelease();
            project.write("berita/2023/rilis-ditarik.md", FixtureProject.release("Sosialisasi koperasi yang rilisnya ditarik kembali",
                    "2023-08-01", "status: withdrawn\nprovince: Jambi\ntopics: [koperasi]\n"
                            + "changes:\n  - {date: 2023-08-05, note: Ditarik karena data peserta keliru.}\n",
                    "Rilis ini memuat data peserta yang keliru."));
            List<Throwable> errors = project.bake();
            if (!errors.isEmpty()) throw new IllegalStateException("the sample site did not bake: " + errors);
            StaticServer server = new StaticServer(project.output);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return new SampleSite(project, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
