package org.warta.jbake;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.warta.content.ContentException;
import org.warta.content.ParsedRelease;
import org.warta.content.Problem;
import org.warta.content.Release;
import org.warta.site.SiteSettings;

import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final Map<String, ParsedRelease> PARSED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private CrawledReleases() {
    }

    /** What the crawl read: every release file's parse, and the problems of the files that have them. */
    public record Crawled(List<ParsedRelease> releases, List<Problem> problems) {
    }

    /**
     * Every release of the content store: taken back from the crawl, or read again when this JVM does not hold it
     * (the same checks and HTML; a file changed since the crawl is read as it is now); with every file's problems.
     */
    public static Crawled read(ContentStore db, SiteSettings site) {
        List<Problem> problems = new ArrayList<>();
        List<ParsedRelease> releases = new ArrayList<>();
        long oldest = System.nanoTime();
        for (DocumentModel document : db.getAllContent(ReleaseDocument.TYPE)) {
            Object invalid = document.get(ReleaseDocument.PROBLEMS);
            if (invalid instanceof List<?> printed) {
                printed.forEach(p -> problems.add(Problem.parse((String) p)));
                continue;
            }
            ParsedRelease parsed = take(document.get(ReleaseDocument.PARSED));
            if (parsed != null) {
                oldest = Math.min(oldest, parsed.createdNanos());
            } else {
                try {
                    parsed = ParsedRelease.read(site.reader(), site.projectDir(), site.contentDir(),
                            Path.of((String) document.get(ReleaseDocument.PATH)));
                } catch (ContentException e) {
                    problems.addAll(e.problems());
                    continue;
                }
            }
            releases.add(parsed);
        }
        dropOlderThan(oldest);
        return new Crawled(releases, problems);
    }

    /** Keeps a parsed release; returns the key to store in its document. */
    static String keep(ParsedRelease parsed) {
        String key = Long.toString(NEXT.incrementAndGet());
        PARSED.put(key, parsed);
        return key;
    }

    /** Removes and returns the release kept under {@code key}; null when it is not (or no longer) kept. */
    public static ParsedRelease take(Object key) {
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
