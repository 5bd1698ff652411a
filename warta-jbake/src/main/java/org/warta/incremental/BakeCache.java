package org.warta.incremental;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The memory of the last good {@code mvn package} bake ({@link PreviousBake}), kept between builds in
 * {@code target/warta-cache/bake/} so that a second bake takes over every release file, page and data file that has
 * not changed instead of making it again (not the search documents: {@link PreviousBake}'s {@code keepsDocuments}).
 * {@code mvn clean} removes it.
 *
 * <p>Never trusted, only used when it proves itself: it is a {@link CacheFile} whose {@linkplain CacheKey key} is
 * everything a bake is made of besides the release files, which are compared one by one (settings, templates,
 * assets, the other files of {@code content/}, Warta's own code, the libraries' and Java's versions). A file that is
 * missing, cut short, changed (checksum), of another format or made with another key is not used: the bake makes
 * everything, and says why. A file of the last bake's site is taken over only when it is still the file that bake
 * wrote (its {@link Stamp}): a page edited, replaced or deleted in the published site since is made again.</p>
 *
 * <p>The bake writes into a staging folder that the publisher then moves into place; {@link #published} tells the
 * cache where the files went, so that the next bake links them from there.</p>
 */
public final class BakeCache {
    private static final Logger LOG = LoggerFactory.getLogger(BakeCache.class);
    private static final String FILE = "bake.bin";
    private static final String PUBLISHED = "terbit.txt";
    /** The classes a memory is made of, besides the JDK's (CacheFile). */
    private static final String CLASSES = "org.warta.incremental.*;org.warta.content.Release;org.warta.content.Release$*;"
            + "org.warta.content.Moment";

    private final Path folder;
    private final CacheKey key;

    /** The cache of a project's bakes, {@code <project>/target/warta-cache/bake/}, for bakes made of {@code key}. */
    public BakeCache(Path project, CacheKey key) {
        this.folder = folderOf(project);
        this.key = key;
    }

    private static Path folderOf(Path project) {
        return project.resolve("target").resolve("warta-cache").resolve("bake");
    }

    /** What the file holds. */
    private record Stored(String folder, Map<String, ModelDigest.Digest> models, Map<String, Stamp> stamps,
                          Map<String, PreviousBake.Parse> parsed) implements Serializable {
    }

    /**
     * The last bake's memory when the cache holds a sound one made with the same key (what no longer matches the
     * files of its site is left out), else a memory of no bake; logs which, and why.
     */
    public PreviousBake open() {
        long start = System.nanoTime();
        try {
            Stored stored = CacheFile.read(folder.resolve(FILE), key, Stored.class, CLASSES);
            Path site = siteOf(Path.of(stored.folder()));
            int changed = 0;
            Map<String, ModelDigest.Digest> models = new HashMap<>(stored.models().size() * 2);
            for (Map.Entry<String, ModelDigest.Digest> entry : stored.models().entrySet()) {
                Stamp now = Stamp.of(site.resolve(entry.getKey()));
                if (now != null && now.equals(stored.stamps().get(entry.getKey()))) models.put(entry.getKey(), entry.getValue());
                else changed++;
            }
            LOG.info("Warta: cache bake dipakai ({} rilis, {} berkas situs{}) dalam {} ms", stored.parsed().size(),
                    models.size(), changed == 0 ? "" : "; " + changed + " berkas situs berubah sejak bake itu, dibuat lagi",
                    (System.nanoTime() - start) / 1_000_000);
            return new PreviousBake(new PreviousBake.Memory(site, models, stored.parsed(), new HashMap<>()), false);
        } catch (NoSuchFileException e) {
            LOG.info("Warta: belum ada cache bake ({}); semua dibuat", folder);
        } catch (IOException e) {
            LOG.info("Warta: cache bake tidak dipakai: {}; semua dibuat", e.getMessage());
        }
        return new PreviousBake(PreviousBake.Memory.empty(), false);
    }

    /**
     * Keeps the memory of a bake that succeeded ({@link PreviousBake#commit} called). A cache that cannot be written
     * is not a failure of the bake (the next one makes everything).
     */
    public void save(PreviousBake bake) {
        PreviousBake.Memory memory = bake.memory();
        long start = System.nanoTime();
        try {
            Map<String, Stamp> stamps = new HashMap<>(memory.models().size() * 2);
            for (String file : memory.models().keySet()) {
                Stamp stamp = Stamp.of(memory.folder().resolve(file));
                if (stamp != null) stamps.put(file, stamp);
            }
            // its real path, as the publisher names it when it moves the folder (published)
            CacheFile.write(folder.resolve(FILE), key, new Stored(memory.folder().toRealPath().toString(),
                    memory.models(), stamps, memory.parsed()));
            Files.deleteIfExists(folder.resolve(PUBLISHED));
            LOG.info("Warta: cache bake disimpan ({} MB) dalam {} ms", Files.size(folder.resolve(FILE)) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Warta: cache bake tidak dapat disimpan di {} ({}); bake berikutnya membuat semuanya", folder, e.toString());
        }
    }

    /**
     * The publisher moved a bake's folder {@code from} (the staging folder, its real path before the move) {@code to}
     * its published place: the next bake takes over from there. Nothing when there is no cache.
     */
    public static void published(Path project, Path from, Path to) throws IOException {
        Path folder = folderOf(project);
        if (!Files.isDirectory(folder)) return;
        Path aside = folder.resolve(PUBLISHED + ".tmp-" + UUID.randomUUID());
        Files.writeString(aside, from + "\n" + to.toRealPath() + "\n", StandardCharsets.UTF_8);
        Files.move(aside, folder.resolve(PUBLISHED), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where the files of the bake written into {@code written} are now: where the publisher moved them, or there. */
    private Path siteOf(Path written) throws IOException {
        Path text = folder.resolve(PUBLISHED);
        if (!Files.isRegularFile(text)) return written;
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        return lines.size() == 2 && Path.of(lines.get(0)).equals(written) ? Path.of(lines.get(1)) : written;
    }

    /** Writes {@code object} where the cache keeps its memory, with its key (the tests write what no memory is). */
    void writeRaw(Object object) throws IOException {
        CacheFile.write(folder.resolve(FILE), key, object);
    }
}
