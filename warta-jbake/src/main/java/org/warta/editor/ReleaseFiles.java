package org.warta.editor;

import org.warta.content.ProjectFiles;
import org.warta.content.Release;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.nio.file.FileSystemException;

/**
 * The only way the editor reaches a file: names as the editor's addresses carry them ({@code berita/2023/a.md},
 * relative to {@code content/}), confined to {@code content/} — three plain segments, a known section, a year, no
 * link on the way — and written whole, through a hidden file moved into place, so that a bake never reads half a
 * file.
 */
final class ReleaseFiles {
    /** A year folder's name. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A file name the editor writes or opens: no folder, no hidden file, no control character, no backslash. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}.][^/\\\\\\p{Cntrl}]{0,250}");

    private final Path content;

    /** @param content the project's {@code content/} folder, which must exist */
    ReleaseFiles(Path content) throws IOException {
        this.content = content.toRealPath();
    }

    Path content() {
        return content;
    }

    /**
     * The release file a name stands for, or null when the name could lead anywhere else: not
     * {@code <section>/<yyyy>/<name>.md}, a link on the way, or not a plain file when {@code existing}.
     */
    Path release(String name, boolean existing) {
        if (name == null || !name.endsWith(".md")) return null;
        String[] segments = name.split("/", -1);
        if (segments.length != 3 || !Release.SECTIONS.contains(segments[0]) || !YEAR.matcher(segments[1]).matches()) return null;
        return inside(segments, existing);
    }

    /** A file beside a release (a photo), by the release's name and its own file name; null when it could escape. */
    Path beside(String releaseName, String fileName) {
        Path release = release(releaseName, true);
        if (release == null || fileName == null) return null;
        String[] segments = {release.getParent().getParent().getFileName().toString(),
                release.getParent().getFileName().toString(), fileName};
        return inside(segments, false);
    }

    private Path inside(String[] segments, boolean existing) {
        for (String segment : segments) {
            if (!FILE_NAME.matcher(segment).matches() && !YEAR.matcher(segment).matches()) return null;
        }
        Path file = content.resolve(segments[0]).resolve(segments[1]).resolve(segments[2]).normalize();
        if (!file.startsWith(content) || ProjectFiles.linkOnTheWay(content, file) != null) return null;
        if (existing && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!existing && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return file;
    }

    /** A file's name as the editor's addresses carry it. */
    String name(Path file) {
        return content.relativize(file).toString().replace('\\', '/');
    }

    /** Every release file, {@code content/<section>/<yyyy>/*.md}, found without following links. */
    List<Path> all() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String section : Release.SECTIONS) {
            Path folder = content.resolve(section);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) continue;
            try (Stream<Path> years = Files.list(folder)) {
                for (Path year : years.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    try (Stream<Path> releases = Files.list(year)) {
                        releases.filter(p -> p.getFileName().toString().endsWith(".md"))
                                .filter(p -> !p.getFileName().toString().startsWith("."))
                                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                                .forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    /**
     * Replaces a release file's bytes, only while the file still has the version the author opened.
     *
     * @throws Conflict when the file changed on disk since (another editor, a text editor, git)
     */
    void replace(Path file, String version, byte[] bytes) throws IOException {
        Path temporary = temporary(file, bytes);
        try {
            // the file keeps who may read it (a 0600 draft stays 0600)
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException noPosix) {
            // a file system without POSIX permissions: the new file has the folder's defaults
        }
        try {
            synchronized (this) {
                if (!version(Files.readAllBytes(file)).equals(version)) throw new Conflict();
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves a release file to another name, never over a file: a hard link made at the new name, then the old name
     * removed (a move where hard links are missing). @throws FileAlreadyExistsException when the name is taken
     */
    void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
            Files.delete(from);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (noLinks instanceof FileAlreadyExistsException taken) throw taken;
            Files.move(from, to);
        }
    }

    /** Writes a new file; never replaces one. @throws FileAlreadyExistsException when the name is taken */
    void create(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = temporary(file, bytes);
        try {
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (noLinks instanceof FileAlreadyExistsException taken) throw taken;
            // a file system without hard links: a move that refuses an existing name, not atomic against a race
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporary(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(".warta-tulis-" + UUID.randomUUID() + ".tmp");
        Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return temporary;
    }

    /** What identifies a file's bytes as the author opened them: their SHA-256, in hex. */
    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The file changed on disk after the author opened it. */
    static final class Conflict extends IOException {
        Conflict() {
            super("berkas berubah di disk sejak dibuka");
        }
    }
}
