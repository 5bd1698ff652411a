package org.warta.image;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Photos already made, kept between bakes ({@code target/warta-cache/foto/} by default, so {@code mvn clean} empties
 * it): one folder a photo, named by its {@link PhotoProcessor#key key}, holding its files and {@value #INDEX}. A
 * folder appears whole or not at all (written aside, then renamed); one whose index is missing, unreadable or does
 * not match its files (a crash, a full disk, a hand edit) is made again, never trusted.
 */
public final class PhotoCache {
    static final String INDEX = "foto.properties";
    private final Path dir;

    public PhotoCache(Path dir) {
        this.dir = dir;
    }

    /** The folder of a photo's files. */
    public Path folder(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Writes a file's bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * A file made of photos (a release's press archive), kept under {@code key}: made by {@code content} the first
     * time, written aside and renamed, then only touched (so that {@link #prune} keeps it while it is used).
     */
    public Path archive(String key, Content content) throws IOException {
        Path file = dir.resolve("arsip").resolve(key.substring(0, 2)).resolve(key + ".zip");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            return file;
        }
        Files.createDirectories(file.getParent());
        Path aside = file.resolveSibling(key + ".tmp-" + UUID.randomUUID());
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(aside))) {
                content.writeTo(out);
            }
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(aside);
        }
        return file;
    }

    /** The photo kept under {@code key}, or null when there is none that can be trusted. */
    public Photo get(String key) {
        Path folder = folder(key);
        Path index = folder.resolve(INDEX);
        if (!Files.isRegularFile(index)) return null;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            p.load(in);
            int count = Integer.parseInt(p.getProperty("files"));
            List<Photo.Rendition> renditions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] f = p.getProperty("file." + i).split(",", 6);
                Photo.Rendition r = new Photo.Rendition(Photo.Kind.valueOf(f[0]), Format.valueOf(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), f[5], Long.parseLong(f[4]));
                Path file = folder.resolve(r.file()).normalize();
                if (!file.getParent().equals(folder) || !Files.isRegularFile(file) || Files.size(file) != r.bytes()) return null;
                renditions.add(r);
            }
            // the index's time says when a bake last used the photo: prune() keeps what is in use
            Files.setLastModifiedTime(index, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            // what pages need of every photo: widths in both formats, thumbnails, the card and the original
            for (Photo.Kind kind : Photo.Kind.values()) {
                if (renditions.stream().noneMatch(r -> r.kind() == kind)) return null;
            }
            if (renditions.stream().noneMatch(r -> r.kind() == Photo.Kind.WIDTH && r.format() == Format.WEBP)
                    || renditions.stream().filter(r -> r.kind() == Photo.Kind.THUMBNAIL && r.format() == Format.JPEG).count()
                    != Photo.THUMBNAIL_WIDTHS.size()) {
                return null;
            }
            String removed = p.getProperty("removed", "");
            return new Photo(key, Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("height")),
                    List.copyOf(renditions), removed.isEmpty() ? List.of() : List.of(removed.split("\\|")));
        } catch (IOException | RuntimeException e) {
            return null; // made again
        }
    }

    /** Keeps a photo's files and returns it; a folder another bake kept meanwhile is taken as it is. */
    public Photo put(String key, PhotoProcessor.Made made) throws IOException {
        Path folder = folder(key);
        Path aside = folder.resolveSibling(key + ".tmp-" + UUID.randomUUID());
        Files.createDirectories(aside);
        try {
            for (var file : made.files().entrySet()) Files.write(aside.resolve(file.getKey()), file.getValue());
            Properties p = new Properties();
            p.setProperty("width", Integer.toString(made.width()));
            p.setProperty("height", Integer.toString(made.height()));
            p.setProperty("removed", String.join("|", made.removed()));
            p.setProperty("files", Integer.toString(made.renditions().size()));
            for (int i = 0; i < made.renditions().size(); i++) {
                Photo.Rendition r = made.renditions().get(i);
                p.setProperty("file." + i, r.kind() + "," + r.format() + "," + r.width() + "," + r.height() + "," + r.bytes() + "," + r.file());
            }
            try (Writer out = Files.newBufferedWriter(aside.resolve(INDEX), StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
            if (Files.exists(folder) && get(key) == null) delete(folder); // untrusted: replaced
            try {
                Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, folder);
            } catch (IOException e) {
                // another worker or bake kept the same photo first (on Linux a rename onto a full folder says only
                // "Directory not empty"): its files are the same; anything else is a real failure
                if (get(key) == null) throw e;
            }
        } finally {
            if (Files.exists(aside)) delete(aside);
        }
        return made.photo(key);
    }

    /**
     * Deletes the photos no bake has used for {@code unused} (a replaced photo, a deleted release), and folders
     * left half-written longer ago than that. A photo in use is touched by every {@link #get}, so two bakes
     * sharing the cache (the preview and {@code mvn package}) never lose each other's photos.
     *
     * @return how many photos were deleted
     */
    public int prune(java.time.Duration unused) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(unused));
        int deleted = 0;
        Path archives = dir.resolve("arsip");
        if (Files.isDirectory(archives)) {
            try (Stream<Path> files = Files.walk(archives)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) Files.deleteIfExists(file);
                }
            }
        }
        try (Stream<Path> shards = Files.list(dir)) {
            for (Path shard : shards.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().equals("arsip")).toList()) {
                try (Stream<Path> folders = Files.list(shard)) {
                    for (Path folder : folders.filter(Files::isDirectory).toList()) {
                        Path index = folder.resolve(INDEX);
                        java.nio.file.attribute.FileTime used = Files.exists(index) ? Files.getLastModifiedTime(index)
                                : Files.getLastModifiedTime(folder);
                        if (used.compareTo(cutoff) < 0) {
                            delete(folder);
                            deleted++;
                        }
                    }
                }
            }
        }
        return deleted;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
