package org.warta.render;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
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
import org.warta.jbake.Libraries;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    /** Every page kind but the alias pages, in writing order (the sitemap lists the pages written before it). */
    private static final List<Phase> PAGES = List.of(
            new Phase("foto", Photos::write), new Phase("halaman rilis", ReleasePages::write), new Phase("indeks pencarian", SearchFiles::write),
            new Phase("berkas rilis (.txt, .md, .ics)", ReleaseFiles::write), new Phase("daftar", ListPages::write),
            new Phase("agenda", AgendaPages::write), new Phase("umpan", Feeds::write),
            new Phase("data (JSON, CSV)", DataExports::write), new Phase("halaman tetap", StaticPages::write),
            new Phase("peta situs", Sitemap::write));

    /** Writes one kind of page for a catalog. */
    @FunctionalInterface
    private interface PageGroup {
        void write(Catalog catalog, PageWriter writer) throws RenderingException;
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
        SiteSettings site = SiteSettings.from(config);
        long start = System.nanoTime();
        try {
            LOG.info("Warta: pustaka {}", Libraries.check());
            List<Problem> files = new ProjectFiles(site.projectDir()).check(site.contentDir(), site.assetsDir(),
                    config.getTemplateFolder().toPath());
            if (!files.isEmpty()) throw new ContentException(files);
            Catalog catalog = Catalog.load(db, site, bakeTime());
            LOG.info("Warta: {} rilis dibaca dari basis data JBake dalam {} ms", catalog.online().size(), millisSince(start));
            List<Problem> problems = new ArrayList<>(catalog.problems());
            Photos photos = Photos.make(catalog);
            catalog.attach(photos);
            problems.addAll(photos.problems());
            PageWriter plan = PageWriter.plan(site);
            for (Phase phase : PAGES) phase.group().write(catalog, plan);
            problems.addAll(AliasPages.collisions(catalog, plan));
            if (!problems.isEmpty()) throw new ContentException(problems);

            PreviousBake previous = PreviousBake.from(config);
            PageWriter writer = new PageWriter(renderer, site, config.getDestinationFolder().toPath(), previous);
            for (Phase phase : PAGES) {
                long phaseStart = System.nanoTime();
                int before = writer.written();
                writer.startPhase(phase.name());
                phase.group().write(catalog, writer);
                LOG.info("Warta: {}: {} berkas dalam {} ms", phase.name(), writer.written() - before, millisSince(phaseStart));
            }
            AliasPages.write(catalog, writer);
            String unused = UnusedFiles.logLine(UnusedFiles.list(catalog, config, config.getDestinationFolder().toPath()));
            if (unused != null) LOG.info(unused);
            if (previous != null) {
                LOG.info("Warta: {} rilis dan {} halaman tidak berubah sejak bake sebelumnya, diambil alih",
                        previous.releasesTaken(), previous.pagesTaken());
            }
            LOG.info("Warta: {} rilis terbit, {} menunggu tanggal terbit, {} berkas halaman dalam {} ms",
                    catalog.online().size(), catalog.embargoed(), writer.written(), millisSince(start));
            return writer.written();
        } catch (ContentException e) {
            // Each problem on its own line, in the form the author's guide explains; Maven then prints the summary.
            e.problems().forEach(problem -> LOG.error("{}", problem));
            throw new BakeStopped("Warta: " + e.problems().size() + " masalah pada konten; tidak ada yang diterbitkan. "
                    + "Perbaiki baris-baris di atas (panduan: docs/panduan-penulis.md).", e.problems(), e);
        } catch (RenderingException | IOException | RuntimeException e) {
            LOG.debug("Warta: bake gagal", e);
            String what = e instanceof RenderingException && e.getCause() != null
                    ? e.getMessage() + " — sebabnya: " + Failures.reason(e.getCause()) : Failures.reason(e);
            throw new BakeStopped("Warta: bake gagal, tidak ada yang diterbitkan: " + what, List.of(), e);
        }
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

    /** The bake's clock: now, unless {@value #CLOCK_PROPERTY} fixes it. */
    public static Instant bakeTime() {
        String fixed = System.getProperty(CLOCK_PROPERTY);
        return fixed == null || fixed.isBlank() ? Instant.now() : Instant.parse(fixed.strip());
    }
}
