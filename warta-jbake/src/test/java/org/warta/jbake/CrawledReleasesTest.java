package org.warta.jbake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.content.ParsedRelease;
import org.warta.site.SiteSettings;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the rendering tool gets the releases the crawl parsed ({@link CrawledReleases}), and without them; the catalog's order. */
class CrawledReleasesTest {

    @Test
    void aReleaseReadAgainFromItsFileEqualsTheOneTheCrawlParsed(@TempDir Path dir) {
        FixtureProject project = new FixtureProject(dir).writeFullRelease();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(dir.toFile(), project.output.toFile(), true);
        Path file = dir.resolve("content/berita/2023/lengkap.md");

        DocumentModel document = new ReleaseEngine().parse(config, file.toFile());
        ParsedRelease crawled = CrawledReleases.take(document.get(ReleaseDocument.PARSED));
        assertNotNull(crawled, "the engine keeps what it parsed");
        assertNull(CrawledReleases.take(document.get(ReleaseDocument.PARSED)), "taken once");
        assertNull(document.get("body"), "the content store does not get a second copy of the body");

        SiteSettings site = JBakeSettings.site(config);
        ParsedRelease again = ParsedRelease.read(site.reader(), site.projectDir(), site.contentDir(), file);
        assertEquals(crawled.release(), again.release());
        assertEquals(crawled.bodyHtml(), again.bodyHtml());
        assertEquals(crawled.source(), again.source());
        assertTrue(crawled.bodyHtml().contains("<p>"), crawled.bodyHtml());
    }

    @Test
    void aBakeTakesEveryReleaseItsCrawlParsed(@TempDir Path dir) {
        FixtureProject project = new FixtureProject(dir).writeFullRelease();
        project.write("berita/2023/kedua.md", FixtureProject.release("Rilis kedua untuk uji katalog", "2023-06-01", "", "Isi."));
        assertEquals(List.of(), project.bake());
        assertEquals(0, CrawledReleases.kept(), "nothing left behind for the next bake of a preview");
    }

    @Test
    void leftoversOfAnUnfinishedBakeAreDropped(@TempDir Path dir) {
        FixtureProject project = new FixtureProject(dir).writeFullRelease();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(dir.toFile(), project.output.toFile(), true);
        new ReleaseEngine().parse(config, dir.resolve("content/berita/2023/lengkap.md").toFile());
        assertEquals(1, CrawledReleases.kept());
        CrawledReleases.dropOlderThan(System.nanoTime());
        assertEquals(0, CrawledReleases.kept());
    }

    @Test
    void aDateAloneSortsAsMidnightInTheSitesZone(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir);
        project.write("berita/2023/tengah-malam.md", FixtureProject.release("Rilis bertanggal tanpa jam", "2023-05-24", "", "Isi."));
        project.write("berita/2023/subuh.md", FixtureProject.release("Rilis pukul lima pagi WIB", "2023-05-24T05:00:00+07:00", "", "Isi."));
        assertEquals(List.of(), project.bake());
        // newest first: 05.00 WIB comes after 00.00 WIB (midnight UTC would be 07.00 WIB and sort the other way)
        String home = java.nio.file.Files.readString(project.out("index.html"));
        assertTrue(home.indexOf("Rilis pukul lima pagi WIB") < home.indexOf("Rilis bertanggal tanpa jam"), "newest first");
    }
}
