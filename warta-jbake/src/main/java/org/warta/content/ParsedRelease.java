package org.warta.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A release file read and checked, its body rendered: the checked release, its body as sanitised HTML, the file as
 * the author wrote it, and when it was made ({@link System#nanoTime()}). The one way the crawl, its read-ahead, the
 * catalog's re-read and the preview read a release file.
 */
public record ParsedRelease(Release release, String bodyHtml, String source, long createdNanos) {
    private static final Logger LOG = LoggerFactory.getLogger(ParsedRelease.class);

    /**
     * A release file's bytes checked and rendered.
     *
     * @throws ContentException when the file breaks the content contract
     */
    public static ParsedRelease of(ReleaseReader reader, Path path, byte[] bytes) {
        Release release = reader.read(path, bytes);
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
        return new ParsedRelease(release, html, new String(bytes, StandardCharsets.UTF_8), System.nanoTime());
    }

    /**
     * A release file read from disk and checked; whatever else goes wrong reading it is a problem of that file
     * ({@link #unexpected}), never a crash of the bake.
     *
     * @throws ContentException with the file's problems
     */
    public static ParsedRelease read(ReleaseReader reader, Path projectDir, Path contentDir, Path path) {
        try {
            return of(reader, path, readFile(projectDir, contentDir, path));
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof ContentException content) throw content;
            throw new ContentException(List.of(unexpected(projectDir, path, e)));
        }
    }

    /** A problem of the release's body, at its first line. */
    private static ContentException body(Release release, String message) {
        return new ContentException(List.of(new Problem(release.file(), release.lines().of(FrontMatter.BODY),
                FrontMatter.BODY, message)));
    }

    /**
     * The file's bytes, read only when it is a plain file reached without a symbolic link and not over the size
     * limit. @throws ContentException otherwise, or when it cannot be read
     */
    public static byte[] readFile(Path projectDir, Path contentDir, Path path) {
        ProjectFiles files = new ProjectFiles(projectDir);
        String name = files.name(path);
        Path link = ProjectFiles.linkOnTheWay(contentDir, path);
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
    public static Problem unexpected(Path projectDir, Path path, Throwable failure) {
        LOG.debug("{} tidak dapat diproses", path, failure);
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > 200) message = message.substring(0, 200) + "…";
        return new Problem(new ProjectFiles(projectDir).name(path), 1, "berkas", "berkas ini tidak dapat diproses ("
                + failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + "); sederhanakan isinya "
                + "(mis. tabel, daftar atau kutipan yang bertingkat sangat dalam) dan laporkan berkas ini ke pengembang Warta");
    }
}
