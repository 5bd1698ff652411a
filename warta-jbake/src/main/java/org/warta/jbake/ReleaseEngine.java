package org.warta.jbake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.warta.content.ContentException;
import org.warta.content.Problem;
import org.warta.content.ParsedRelease;
import org.warta.content.Release;
import org.warta.incremental.PreviousBake;
import org.warta.site.SiteSettings;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * JBake's engine for {@code .md} files in Warta: YAML front matter (checked against the content contract) and a
 * Markdown body rendered by flexmark and sanitised, kept in {@link CrawledReleases} for the rendering tool; the
 * content store gets what JBake itself uses (type, status, title, date, path). A file with problems is stored as an
 * {@link ReleaseDocument#INVALID} document carrying them; the rendering tool reports them all and fails the bake.
 * Registered in {@code META-INF/org.jbake.parser.MarkupEngines.properties}.
 */
public class ReleaseEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        SiteSettings site = JBakeSettings.site(config);
        ReleaseDocument document = new ReleaseDocument();
        document.setType(ReleaseDocument.TYPE);
        document.setTags(new String[0]);
        document.put(ReleaseDocument.PATH, file.getAbsolutePath());
        if (!Libraries.asTested()) {
            // not read with an older SnakeYAML or jsoup than Warta is tested with: the rendering tool then stops
            // the bake, saying which library was loaded from where (Libraries.check)
            invalid(document, file, List.of());
            return document;
        }
        try {
            PreviousBake previous = JBakeSettings.previousBake(config);
            Function<Path, ParsedRelease> read = path -> parse(previous, site, path, ParsedRelease.readFile(site.projectDir(), site.contentDir(), path));
            ParsedRelease parsed = ReadAhead.of(config, read).take(file.toPath(), read);
            // remembered by the crawl's own thread, for the files this bake really crawled
            if (previous != null) previous.keepParsed(file.toPath(), parsed);
            Release release = parsed.release();
            document.setStatus(release.status() == Release.Status.DRAFT ? "draft" : "published");
            document.setTitle(release.title());
            document.setDate(Date.from(release.date().instant(site.zone())));
            // Kept in this JVM, not in the content store (which would hold a second copy of every release).
            document.put(ReleaseDocument.PARSED, CrawledReleases.keep(parsed));
        } catch (ContentException e) {
            // Kept, not thrown: the crawl goes on, so that one bake reports the problems of every file.
            invalid(document, file, e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a file makes a library do, it is that file's problem, and the other files are still checked.
            invalid(document, file, List.of(ParsedRelease.unexpected(site.projectDir(), file.toPath(), e)));
        }
        return document;
    }

    private static void invalid(ReleaseDocument document, File file, List<Problem> problems) {
        document.setStatus(ReleaseDocument.INVALID);
        document.setTitle(file.getName());
        document.setDate(new Date(0));
        document.put(ReleaseDocument.PROBLEMS, problems.stream().map(Problem::toString).toList());
    }

    /** A release file checked and rendered, or the preview's previous parse of the same bytes. */
    private static ParsedRelease parse(PreviousBake previous, SiteSettings site, Path file, byte[] bytes) {
        if (previous == null) return ParsedRelease.of(site.reader(), file, bytes);
        ParsedRelease parsed = previous.parsed(file, new String(bytes, StandardCharsets.UTF_8));
        return parsed != null ? parsed : ParsedRelease.of(site.reader(), file, bytes);
    }
}
