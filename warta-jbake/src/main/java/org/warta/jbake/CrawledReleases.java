package org.warta.jbake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.content.ContentException;
import org.warta.content.FrontMatter;
import org.warta.content.Problem;
import org.warta.content.ProjectFiles;
import org.warta.content.Release;
import org.warta.content.MarkdownBody;
import org.warta.site.SiteSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The releases JBake's crawl has just parsed, handed from {@link ReleaseEngine} to Warta's rendering tool in the
 * same JVM, so that each release file is read, checked and rendered to HTML once per bake.
 *
 * <p>JBake's content store keeps only what it can serialise (strings, dates, lists), so a parsed {@link Release}
 * cannot travel inside the stored document. The engine keeps it here instead and stores only its key
 * ({@link ReleaseDocument#PARSED}) in the document; the rendering tool {@linkplain #take takes} it back. Nothing
 * depends on finding it: a key that is not here (another JVM's store, a dropped entry) means the rendering tool
 * reads the file again, with the same result.</p>
 */
public final class CrawledReleases {
    private static final Logger LOG = LoggerFactory.getLogger(CrawledReleases.class);
    /** A parsed release: the checked release, its body as sanitised HTML, the file as the author wrote it. */
    public record Parsed(Release release, String bodyHtml, String source, long createdNanos) {
        /**
         * A release file's bytes checked and rendered, the one way both the crawl and a re-read do it.
         *
         * @throws org.warta.content.ContentException when the file breaks the content contract
         */
        public static Parsed of(SiteSettings site, Path path, byte[] bytes) {
            Release release = site.reader().read(path, bytes);
            String html;
            try {
                html = MarkdownBody.toHtml(release.body());
            } catch (MarkdownBody.TooComplex e) {
                throw body(release, "isi berita terlalu rumit untuk dibaca (" + e.getMessage() + "; mis. tanda '\\' "
                        + "dan '&' yang berulang ratusan kali di dalam [ ]); sederhanakan bagian itu");
            } catch (StackOverflowError e) {
                // the reader's own limits (ReleaseReader.bodyLimits) keep known shapes out; this is what remains
                throw body(release, "isi berita bertingkat terlalu dalam untuk dibaca (kutipan, daftar atau tanda "
                        + "yang berulang ratusan kali); sederhanakan susunannya");
            }
            return new Parsed(release, html, new String(bytes, StandardCharsets.UTF_8), System.nanoTime());
        }

        /** A problem of the release's body, at its first line. */
        private static ContentException body(Release release, String message) {
            return new ContentException(List.of(new Problem(release.file(), release.lines().of(FrontMatter.BODY),
                    FrontMatter.BODY, message)));
        }
    }

    /**
     * The file's bytes, read only when it is a plain file reached without a symbolic link and not over the size
     * limit. @throws ContentException otherwise, or when it cannot be read
     */
    public static byte[] readFile(SiteSettings site, Path path) {
        ProjectFiles files = new ProjectFiles(site.projectDir());
        String name = files.name(path);
        Path link = ProjectFiles.linkOnTheWay(site.contentDir(), path);
        if (link != null) throw new ContentException(List.of(files.link(link)));
        try {
            long size = Files.size(path);
            if (size > FrontMatter.MAX_FILE_BYTES) throw FrontMatter.tooLarge(name, size);
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(name, 1, "berkas", "berkas tidak dapat dibaca ("
                    + ProjectFiles.reason(e) + "); periksa izin berkasnya, lalu jalankan build lagi")));
        }
    }

    /**
     * What an unexpected failure while reading one file tells its author: a problem of that file, never a crash
     * of the bake (the engine and the catalog's re-read both report it so). The stack trace is logged for -X.
     */
    public static Problem unexpected(SiteSettings site, Path path, Throwable failure) {
        LOG.debug("{} tidak dapat diproses", path, failure);
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > 200) message = message.substring(0, 200) + "…";
        return new Problem(new ProjectFiles(site.projectDir()).name(path), 1, "berkas", "berkas ini tidak dapat diproses ("
                + failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + "); sederhanakan isinya "
                + "(mis. tabel, daftar atau kutipan yang bertingkat sangat dalam) dan laporkan berkas ini ke pengembang Warta");
    }

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private CrawledReleases() {
    }

    /** Keeps a parsed release; returns the key to store in its document. */
    static String keep(Parsed parsed) {
        String key = Long.toString(NEXT.incrementAndGet());
        PARSED.put(key, parsed);
        return key;
    }

    /** Removes and returns the release kept under {@code key}; null when it is not (or no longer) kept. */
    public static Parsed take(Object key) {
        return key instanceof String k ? PARSED.remove(k) : null;
    }

    /**
     * Drops what was kept before {@code nanos} ({@link System#nanoTime()}): the leftovers of a crawl whose bake
     * stopped before its rendering tool ran. In a long-running preview they would otherwise stay for good.
     */
    public static void dropOlderThan(long nanos) {
        PARSED.values().removeIf(p -> p.createdNanos() - nanos < 0);
    }

    /** How many parsed releases are kept and not yet taken. */
    public static int kept() {
        return PARSED.size();
    }
}
