package org.warta.jbake;

import org.warta.incremental.PreviousBake;
import org.warta.pages.AgendaPages;
import org.warta.pages.AliasPages;
import org.warta.pages.DataExports;
import org.warta.pages.Feeds;
import org.warta.pages.ListPages;
import org.warta.pages.PhotoFiles;
import org.warta.pages.PageException;
import org.warta.pages.PageWriter;
import org.warta.pages.ReleaseFiles;
import org.warta.pages.ReleasePages;
import org.warta.pages.ReleasePdfs;
import org.warta.pages.ServerFiles;
import org.warta.pages.Sitemap;
import org.warta.pages.StaticPages;
import org.warta.pages.Tracks;
import org.warta.photos.Photos;
import org.warta.publish.UnusedFiles;
import org.warta.search.SearchFiles;
import org.warta.site.BakeStopped;
import org.warta.site.Catalog;
import org.warta.site.Failures;
import org.warta.site.SiteSettings;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.warta.content.ContentException;
import org.warta.content.Problem;
import org.warta.content.ProjectFiles;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JBake rendering tool (registered in {@code META-INF/services/org.jbake.render.RenderingTool}) that writes
 * every page of the content contract: release pages, lists, feeds, the search page, 404, the sitemap and the
 * pages at old addresses. The releases are read from the content store once and checked together; the pages
 * are first planned (paths only, to check old addresses against them), and written only when nothing is wrong.
 * Every page group is one pass over the releases.
 */
public class WartaSite implements RenderingTool {
    /** A system property that fixes the bake's clock (ISO instant), for embargo tests and reproducible bakes. */
    public static final String CLOCK_PROPERTY = "warta.now";
    private static final Logger LOG = LoggerFactory.getLogger(WartaSite.class);
    private static final Phase PHOTOS = new Phase("foto", PhotoFiles::write);
    private static final Phase RELEASE_PAGES = new Phase("halaman rilis", ReleasePages::write);
    private static final Phase PDFS = new Phase("PDF rilis", ReleasePdfs::write);
    private static final Phase SEARCH = new Phase("indeks pencarian", SearchFiles::write);
    private static final Phase RELEASE_FILES = new Phase("berkas rilis (.txt, .md, .ics)", ReleaseFiles::write);
    private static final Phase LISTS = new Phase("daftar", ListPages::write);
    private static final Phase AGENDA = new Phase("agenda", AgendaPages::write);
    private static final Phase FEEDS = new Phase("umpan", Feeds::write);
    private static final Phase DATA = new Phase("data (JSON, CSV)", DataExports::write);
    private static final Phase STATIC = new Phase("halaman tetap", StaticPages::write);
    private static final Phase SITEMAP = new Phase("peta situs", Sitemap::write);
    private static final Phase SERVERS = new Phase("konfigurasi server (nginx, Apache)", ServerFiles::write);
    /**
     * Every page kind but the alias pages, in the order the sitemap lists their pages (and a plan checks them);
     * the sitemap, which lists the pages written before it, comes last.
     */
    private static final List<Phase> PAGES = List.of(PHOTOS, RELEASE_PAGES, SEARCH, PDFS, RELEASE_FILES, LISTS, AGENDA, FEEDS,
            DATA, STATIC, SERVERS, SITEMAP);
    /**
     * The steps before the sitemap as independent tracks, written at the same time on as many threads: within a
     * track one after the other (the search index reads the release pages back). Together they hold every phase of
     * {@link #PAGES} but the sitemap, each once; the longest tracks first.
     */
    private static final List<List<Phase>> TRACKS = List.of(List.of(PHOTOS, RELEASE_PAGES, SEARCH, PDFS), List.of(LISTS),
            List.of(RELEASE_FILES, AGENDA, FEEDS, DATA, STATIC, SERVERS));

    /** Writes one kind of page for a catalog. */
    @FunctionalInterface
    private interface PageGroup {
        void write(Catalog catalog, PageWriter writer) throws PageException;
    }

    /** A named step of the bake, logged with what it wrote and how long it took. */
    private record Phase(String name, PageGroup group) {
    }

    /**
     * Writes the site, or stops the whole bake with {@link BakeStopped}: then JBake copies nothing from
     * {@code assets/} and {@code content/} (a link there would be followed) and the build fails with one line.
     */
    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        ReadAhead.finish(config); // the crawl is over
        SiteSettings site = JBakeSettings.site(config);
        long start = System.nanoTime();
        try {
            LOG.info("Warta: pustaka {}", Libraries.check());
            List<Problem> files = new ProjectFiles(site.projectDir()).check(site.contentDir(), site.assetsDir(),
                    config.getTemplateFolder().toPath());
            if (!files.isEmpty()) throw new ContentException(files);
            CrawledReleases.Crawled crawled = CrawledReleases.read(db, site);
            Catalog catalog = Catalog.of(crawled.releases(), crawled.problems(), site, bakeTime());
            LOG.info("Warta: {} rilis dibaca dari basis data JBake dalam {} ms", catalog.online().size(), millisSince(start));
            List<Problem> problems = new ArrayList<>(catalog.problems());
            Photos photos = Photos.make(site, catalog.online(), catalog::body);
            catalog.attach(photos);
            problems.addAll(photos.problems());
            // the plan builds every page's model too (paths only are kept): on the same tracks as the bake
            PageWriter plan = PageWriter.plan(site);
            writeAll(catalog, plan);
            problems.addAll(AliasPages.collisions(catalog, plan));
            if (!problems.isEmpty()) throw new ContentException(problems);

            PreviousBake previous = JBakeSettings.previousBake(config);
            PageWriter writer = new PageWriter(JBakeTemplates.of(renderer), site, config.getDestinationFolder().toPath(), previous);
            writeAll(catalog, writer);
            AliasPages.write(catalog, writer.phase("halaman alamat lama"));
            String unused = UnusedFiles.logLine(UnusedFiles.list(catalog, copiedByJBake(config.getContentFolder(), config), config.getDestinationFolder().toPath()));
            if (unused != null) LOG.info(unused);
            LOG.info("Warta: {} rilis dan {} halaman tidak berubah sejak bake sebelumnya, diambil alih",
                    previous.releasesTaken(), previous.pagesTaken());
            LOG.info("Warta: {} rilis terbit, {} menunggu tanggal terbit, {} berkas halaman dalam {} ms",
                    catalog.online().size(), catalog.embargoed(), writer.written(), millisSince(start));
            JBakeSettings.bakeSucceeded(config);
            return writer.written();
        } catch (ContentException e) {
            // Each problem on its own line, in the form the author's guide explains; Maven then prints the summary.
            e.problems().forEach(problem -> LOG.error("{}", problem));
            throw new BakeStopped("Warta: " + e.problems().size() + " masalah pada konten; tidak ada yang diterbitkan. "
                    + "Perbaiki baris-baris di atas (panduan: docs/panduan-penulis.md).", e.problems(), e);
        } catch (PageException | IOException | RuntimeException e) {
            LOG.debug("Warta: bake gagal", e);
            String what = e instanceof PageException && e.getCause() != null
                    ? e.getMessage() + " — sebabnya: " + Failures.reason(e.getCause()) : Failures.reason(e);
            throw new BakeStopped("Warta: bake gagal, tidak ada yang diterbitkan: " + what, List.of(), e);
        }
    }

    /**
     * Every step of {@link #PAGES} with a writer of its own made from {@code writer} in that order (the sitemap lists
     * their pages so): the tracks at once, then the sitemap. A bake logs each step; a plan writes nothing to log.
     */
    private static void writeAll(Catalog catalog, PageWriter writer) throws PageException {
        Map<Phase, PageWriter> writers = new LinkedHashMap<>();
        for (Phase phase : PAGES) writers.put(phase, writer.phase(phase.name()));
        Tracks.run(TRACKS, phase -> write(phase, catalog, writers.get(phase)));
        write(SITEMAP, catalog, writers.get(SITEMAP));
    }

    /** Writes one step of the bake with its own writer, and logs what it wrote and how long it took. */
    private static void write(Phase phase, Catalog catalog, PageWriter writer) throws PageException {
        long start = System.nanoTime();
        phase.group().write(catalog, writer);
        if (!writer.isPlan()) LOG.info("Warta: {}: {} berkas dalam {} ms", phase.name(), writer.writtenHere(), millisSince(start));
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        DefaultJBakeConfiguration configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(templatesPath.getParentFile(), config);
        configuration.setDestinationFolder(destination);
        return render(renderer, db, configuration);
    }

    /** The files JBake's asset step copies from a folder: its own filter, walked as it walks it. */
    static List<Path> copiedByJBake(File folder, JBakeConfiguration config) {
        List<Path> files = new ArrayList<>();
        File[] entries = folder.listFiles(FileUtil.getNotContentFileFilter(config));
        if (entries == null) {
            if (folder.isDirectory()) throw new UncheckedIOException(new IOException(folder + " tidak dapat dibaca"));
            return files;
        }
        for (File entry : entries) {
            if (entry.isFile()) files.add(entry.toPath());
            else if (entry.isDirectory()) files.addAll(copiedByJBake(entry, config));
        }
        return files;
    }

    /** The bake's clock: now, unless {@value #CLOCK_PROPERTY} fixes it. */
    public static Instant bakeTime() {
        String fixed = System.getProperty(CLOCK_PROPERTY);
        return fixed == null || fixed.isBlank() ? Instant.now() : Instant.parse(fixed.strip());
    }
}
