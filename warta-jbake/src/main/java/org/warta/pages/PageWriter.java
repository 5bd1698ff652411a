package org.warta.pages;

import org.warta.site.Paths;
import org.warta.incremental.PreviousBake;
import org.warta.photos.Photos;
import org.warta.site.SiteSettings;
import org.warta.view.ReleaseView;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.content.Addresses;
import org.warta.content.Release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Writes the pages and files of the site: a page through the {@link Templates} (its template named by its kind,
 * ({@code template.<type>.file} in jbake.properties), its model is {@code content} in the template.
 */
public final class PageWriter {
    /** Seconds between the progress lines of a long step. */
    public static final int PROGRESS_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);
    private final Templates templates;
    private final SiteSettings site;
    private final Path destination;
    private final PreviousBake previous;
    /** What every writer of this bake has written: shared by the writer and each of its {@linkplain #phase phases}. */
    private final Output output;
    /** The HTML pages this writer (one phase of the bake) wrote, in writing order. */
    private final List<String> htmlPaths = new ArrayList<>();
    /** The bake's step this writer writes, for the progress line of a long step. */
    private final String phase;
    /** Files this writer wrote: counted atomically, as a step may write from several threads (the PDFs). */
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long nextProgress;

    /**
     * What the writers of one bake share, each phase written by one thread at a time: the files written (two writes
     * to one file are a failure) and the writers in the order of the bake's steps, whose HTML pages the sitemap lists
     * in that order whichever thread finished first.
     */
    private static final class Output {
        final Set<String> files = ConcurrentHashMap.newKeySet();
        final List<PageWriter> writers = new CopyOnWriteArrayList<>();
    }

    /** A writer that renders pages with {@code templates} and writes data files into {@code destination}. */
    public PageWriter(Templates templates, SiteSettings site, Path destination) {
        this(templates, site, destination, null);
    }

    /**
     * A writer that takes over from {@code previous} (the preview's last bake, may be null) every page whose model
     * has not changed, and renders the others.
     */
    public PageWriter(Templates templates, SiteSettings site, Path destination, PreviousBake previous) {
        this(Objects.requireNonNull(templates, "templates"), site, Objects.requireNonNull(destination, "destination"),
                previous, new Output(), "");
    }

    private PageWriter(Templates templates, SiteSettings site, Path destination, PreviousBake previous, Output output,
                       String phase) {
        this.templates = templates;
        this.site = site;
        this.destination = destination;
        this.previous = previous;
        this.output = output;
        this.phase = phase;
        this.nextProgress = System.nanoTime() + PROGRESS_SECONDS * 1_000_000_000L;
        output.writers.add(this);
    }

    /** A writer that renders nothing: it only records the files a bake would write, to check them first. */
    public static PageWriter plan(SiteSettings site) {
        return new PageWriter(null, site, null, null, new Output(), "");
    }

    /**
     * A writer for one step of the bake, sharing this one's files: steps made one after the other, each its own,
     * may be written by different threads at the same time. While a step lasts longer than
     * {@value #PROGRESS_SECONDS} s, a line every {@value #PROGRESS_SECONDS} s says how many files it has written
     * so far. Make the steps in the bake's order: {@link #htmlPaths} lists their pages in that order.
     */
    public PageWriter phase(String name) {
        return new PageWriter(templates, site, destination, previous, output, name);
    }

    /** Counts a file this writer wrote; says how far a long step has come. */
    private void progress() {
        int written = count.incrementAndGet();
        if ((written & 127) != 0 || System.nanoTime() < nextProgress) return;
        LOG.info("Warta: {}: {} berkas sejauh ini …", phase, written);
        nextProgress = System.nanoTime() + PROGRESS_SECONDS * 1_000_000_000L;
    }

    /**
     * Writes a page.
     *
     * @param type        the JBake document type naming the template
     * @param path        the page's path: {@code /topik/umkm/} (written as index.html) or a file ({@code /feed.xml})
     * @param title       the page's title
     * @param description the page's description (meta description), plain text
     * @param data        further template variables, each becoming {@code content.<key>}
     */
    public void write(String type, String path, String title, String description, Map<String, Object> data)
            throws PageException {
        String file = Addresses.fileOf(path);
        // A plan may repeat a file (releases with the same address are reported as problems); a bake may not.
        if (!output.files.add(file) && templates != null) throw new PageException("Dua halaman ditulis ke " + file + " (" + path + ")");
        if (path.endsWith("/")) htmlPaths.add(path);
        if (templates == null) return;
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", description);
        page.put("path", path);
        page.put("url", site.host() + path);
        model.put("page", page);
        model.put("site", site.view());
        putInOrder(model, data);
        try {
            // the page kind is part of what the page is made of
            if (previous != null && previous.takeOver(file, List.of(type, model))) {
                progress();
                return;
            }
            templates.render(type, file, model);
        } catch (Exception e) {
            throw new PageException("halaman " + path + " gagal dibuat", e);
        }
        progress();
    }

    /**
     * Writes a file that no template makes (data exports, calendars, a release's text and source).
     *
     * @param path  the file's path on the site, e.g. {@code /api/rilis.json}
     * @param bytes the file's bytes, computed only when the writer really writes (not for a plan)
     */
    public void writeFile(String path, Supplier<byte[]> bytes) throws PageException {
        writeStreamed(path, out -> out.write(bytes.get()));
    }

    /**
     * Writes a file made of {@code inputs} alone (besides the site's settings), which the preview takes over from
     * its last bake when they are the same.
     *
     * @param inputs everything the bytes are made of: a release, a source text, the list of releases
     */
    public void writeFile(String path, Object inputs, Supplier<byte[]> bytes) throws PageException {
        if (!takenOver(path, inputs)) writeFile(path, bytes);
    }

    /** {@link #writeStreamed(String, Streamed)} for a file made of {@code inputs} alone, as {@link #writeFile(String, Object, Supplier)}. */
    public void writeStreamed(String path, Object inputs, Streamed content) throws PageException {
        if (!takenOver(path, inputs)) writeStreamed(path, content);
    }

    /** Whether the preview's last bake wrote the file from the same inputs, and it was taken over. */
    private boolean takenOver(String path, Object inputs) throws PageException {
        if (previous == null || templates == null) return false;
        String file = Addresses.fileOf(path);
        try {
            if (!previous.takeOver(file, inputs)) return false;
        } catch (IOException e) {
            throw new PageException("berkas " + path + " gagal ditulis", e);
        }
        if (!output.files.add(file)) throw new PageException("Dua berkas ditulis ke " + file + " (" + path + ")");
        progress();
        return true;
    }

    /**
     * Writes a file that exists already (a photo in the cache): a hard link to it where the file system allows,
     * a copy elsewhere. The source must never change afterwards (the photo cache's files do not).
     */
    public void copyFile(String path, Path source) throws PageException {
        writeTarget(path, target -> {
            Files.deleteIfExists(target);
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target);
            }
        });
    }

    /** Writes one file at its place in the destination. */
    @FunctionalInterface
    private interface TargetWrite {
        void to(Path target) throws IOException;
    }

    /** Records a file (two writes to one file are a failure) and, unless this is a plan, writes it. */
    private void writeTarget(String path, TargetWrite write) throws PageException {
        String file = Addresses.fileOf(path);
        if (!output.files.add(file) && templates != null) throw new PageException("Dua berkas ditulis ke " + file + " (" + path + ")");
        if (templates == null) return;
        Path target = destination.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            write.to(target);
        } catch (IOException | RuntimeException e) {
            throw new PageException("berkas " + path + " gagal ditulis", e);
        }
        progress();
    }

    /** Writes a file's bytes to a stream as they are made. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes a file that no template makes and that is too large to hold in memory at once (the data exports of
     * every release): {@code content} writes it straight to the file, only when the writer really writes.
     */
    public void writeStreamed(String path, Streamed content) throws PageException {
        writeTarget(path, target -> {
            // Not buffered here: a file's bytes come in one write, and the JSON and CSV writers buffer their own.
            try (java.io.OutputStream out = Files.newOutputStream(target)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Writes a list of releases as pages of {@link SiteSettings#PAGE_SIZE}: {@code base}, then
     * {@code base/halaman/2/}, …; an empty list still gets its first page.
     */
    public void writePaged(String base, String title, String description, List<Release> releases,
                           Map<String, Object> data, Photos photos) throws PageException {
        int pages = Math.max(1, (releases.size() + SiteSettings.PAGE_SIZE - 1) / SiteSettings.PAGE_SIZE);
        for (int number = 1; number <= pages; number++) {
            List<Release> slice = releases.subList((number - 1) * SiteSettings.PAGE_SIZE,
                    Math.min(releases.size(), number * SiteSettings.PAGE_SIZE));
            Map<String, Object> model = new LinkedHashMap<>();
            putInOrder(model, data);
            model.put("releases", ReleaseView.cards(slice, photos));
            model.put("total", releases.size());
            model.put("pagination", pagination(base, number, pages));
            String pageTitle = number == 1 ? title : title + " (halaman " + number + ")";
            write("listing", pagePath(base, number), pageTitle, description, model);
        }
    }

    /**
     * Puts {@code data} into {@code model}: in its own order when it has one, else (a {@code Map.of}, whose order each
     * JVM chooses anew) by key, so that a page's model, and its digest kept between builds ({@link PreviousBake}), is
     * the same in every JVM.
     */
    private static void putInOrder(Map<String, Object> model, Map<String, Object> data) {
        if (data instanceof LinkedHashMap<?, ?> || data instanceof java.util.SortedMap<?, ?>) model.putAll(data);
        else new java.util.TreeMap<>(data).forEach(model::put);
    }

    /** The path of page {@code number} of a list at {@code base}. */
    public static String pagePath(String base, int number) {
        return Paths.page(base, number);
    }

    static Map<String, Object> pagination(String base, int current, int total) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("current", current);
        pagination.put("total", total);
        if (current > 1) pagination.put("prev", pagePath(base, current - 1));
        if (current < total) pagination.put("next", pagePath(base, current + 1));
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            if (total > 9 && n != 1 && n != total && Math.abs(n - current) > 2) continue;
            pages.add(Map.of("number", n, "path", pagePath(base, n), "current", n == current));
        }
        pagination.put("pages", pages);
        return pagination;
    }

    /** The preview's last bake this writer takes unchanged pages over from; null in a published bake. */
    public PreviousBake previous() {
        return previous;
    }

    /**
     * The bytes of a page this writer has written ({@code /berita/2023/x/} or a file path), for what is built from
     * published pages (the search index); empty for a plan, which writes nothing.
     */
    public java.util.Optional<byte[]> readBack(String path) throws PageException {
        String file = Addresses.fileOf(path);
        if (templates == null) return java.util.Optional.empty();
        if (!output.files.contains(file)) throw new PageException("Halaman " + path + " belum ditulis");
        try {
            return java.util.Optional.of(Files.readAllBytes(destination.resolve(file)));
        } catch (IOException e) {
            throw new PageException("halaman " + path + " tidak terbaca", e);
        }
    }

    /**
     * The paths of the HTML pages written so far by this writer and its {@linkplain #phase phases}: the steps in the
     * order they were made, each step's pages in writing order. Call it once the steps before have finished.
     */
    public List<String> htmlPaths() {
        List<String> all = new ArrayList<>();
        for (PageWriter writer : output.writers) all.addAll(writer.htmlPaths);
        return all;
    }

    /** Every file written (or, by a plan, planned) so far, as {@code arsip/2023/index.html}. */
    public Set<String> files() {
        return java.util.Collections.unmodifiableSet(output.files);
    }

    /** Whether a page was written to a file ({@code arsip/2023/index.html}) in this bake. */
    public boolean wrote(String file) {
        return output.files.contains(file);
    }

    /** Files this writer and its phases have written so far. */
    public int written() {
        return output.files.size();
    }

    /** Whether this writer only plans (records paths, writes nothing): {@link #plan}. */
    public boolean isPlan() {
        return templates == null;
    }

    /** Files this writer (one step of the bake) has written. */
    public int writtenHere() {
        return count.get();
    }
}
