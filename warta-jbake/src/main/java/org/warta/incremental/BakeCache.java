package org.warta.incremental;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The memory of the last good {@code mvn package} bake ({@link PreviousBake}), kept between builds in
 * {@code target/warta-cache/bake/} so that a second bake takes over every release file, page, data file and search
 * document that has not changed instead of making it again. {@code mvn clean} removes it.
 *
 * <p>Never trusted, only used when it proves itself: the file holds a {@linkplain Key key} (a digest of everything a
 * bake is made of besides the release files, which are compared one by one: settings, templates, assets, the other
 * files of {@code content/}, Warta's own code and the libraries' versions) and a checksum of all it holds. A file
 * that is missing, cut short, changed (checksum), of another format or made with another key is not read further:
 * the bake makes everything, and says why. A file of the last bake's site is taken over only when it is still the
 * file that bake wrote (same size, modification time and file-system identity, as git's index tells a changed file):
 * a page edited, replaced or deleted in the published site since is made again. Objects are read back with a filter
 * that admits only the classes a memory is made of.</p>
 *
 * <p>The bake writes into a staging folder that the publisher then moves into place; {@link #published} tells the
 * cache where the files went, so that the next bake links them from there.</p>
 */
public final class BakeCache {
    private static final Logger LOG = LoggerFactory.getLogger(BakeCache.class);
    private static final byte[] MAGIC = "WARTA-BAKE-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    /** Raised whenever what the file holds changes shape. */
    private static final int FORMAT = 1;
    private static final String FILE = "bake.bin";
    private static final String PUBLISHED = "terbit.txt";
    private static final int HEADER = MAGIC.length + 4 + 32 + 8 + 4;
    /** What a memory is made of: nothing else is read back. */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;java.lang.Object;java.lang.String;java.lang.Number;java.lang.Long;java.lang.Integer;"
                    + "java.lang.Double;java.lang.Boolean;java.lang.Enum;java.math.BigDecimal;java.math.BigInteger;"
                    + "java.util.HashMap;java.util.LinkedHashMap;java.util.ArrayList;java.util.Map$Entry;"
                    + "java.util.CollSer;java.util.ImmutableCollections$*;java.time.*;"
                    + "org.warta.incremental.*;org.warta.content.Release;org.warta.content.Release$*;"
                    + "org.warta.content.Moment;org.warta.search.SearchIndex$Document;!*");

    private final Path folder;
    private final Key key;

    /** The cache of a project's bakes, {@code <project>/target/warta-cache/bake/}, for bakes made of {@code key}. */
    public BakeCache(Path project, Key key) {
        this.folder = folderOf(project);
        this.key = key;
    }

    private static Path folderOf(Path project) {
        return project.resolve("target").resolve("warta-cache").resolve("bake");
    }

    /**
     * The last bake's memory when the cache holds a sound one made with the same key (what no longer matches the
     * files of its site is left out), else a memory of no bake; logs which, and why.
     */
    public PreviousBake open() {
        Path file = folder.resolve(FILE);
        long start = System.nanoTime();
        try {
            Stored stored = read(file);
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
            return new PreviousBake(new PreviousBake.Memory(site, models, stored.parsed(), stored.indexed()));
        } catch (NoSuchFileException e) {
            LOG.info("Warta: belum ada cache bake ({}); semua dibuat", folder);
        } catch (Unusable e) {
            LOG.info("Warta: cache bake tidak dipakai: {}; semua dibuat", e.getMessage());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // a stream the filter refused, a class that changed, a file cut short: the same answer
            LOG.info("Warta: cache bake tidak dipakai: tidak terbaca ({}); semua dibuat", e.toString());
        }
        return new PreviousBake();
    }

    /**
     * Keeps the memory of a bake that succeeded ({@link PreviousBake#commit} called): written aside, then renamed
     * over the last one. A cache that cannot be written is not a failure of the bake (the next one makes
     * everything).
     */
    public void save(PreviousBake bake) {
        PreviousBake.Memory memory = bake.memory();
        long start = System.nanoTime();
        Path aside = folder.resolve(FILE + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
            Map<String, Stamp> stamps = new HashMap<>(memory.models().size() * 2);
            for (String file : memory.models().keySet()) {
                Stamp stamp = Stamp.of(memory.folder().resolve(file));
                if (stamp != null) stamps.put(file, stamp);
            }
            Stored stored = new Stored(memory.folder().toAbsolutePath().toString(), memory.models(), stamps,
                    memory.parsed(), memory.indexed());
            write(aside, stored);
            try {
                Files.move(aside, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(folder.resolve(PUBLISHED));
            LOG.info("Warta: cache bake disimpan ({} MB) dalam {} ms", Files.size(folder.resolve(FILE)) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Warta: cache bake tidak dapat disimpan di {} ({}); bake berikutnya membuat semuanya", folder, e.toString());
        } finally {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                LOG.debug("{} tidak terhapus", aside, e);
            }
        }
    }

    /**
     * The publisher moved a bake's folder {@code from} (the staging folder) {@code to} its published place: the next
     * bake takes over from there. Nothing when the cache is not of that bake.
     */
    public static void published(Path project, Path from, Path to) throws IOException {
        Path folder = folderOf(project);
        if (!Files.isDirectory(folder)) return;
        Path text = folder.resolve(PUBLISHED);
        Path aside = folder.resolve(PUBLISHED + ".tmp-" + UUID.randomUUID());
        Files.writeString(aside, from.toAbsolutePath() + "\n" + to.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
        Files.move(aside, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where the files of the bake written into {@code written} are now: where the publisher moved them, or there. */
    private Path siteOf(Path written) throws IOException {
        Path text = folder.resolve(PUBLISHED);
        if (!Files.isRegularFile(text)) return written;
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        return lines.size() == 2 && Path.of(lines.get(0)).equals(written) ? Path.of(lines.get(1)) : written;
    }

    /** A cache that exists but is not used, and why (in the log's words). */
    private static final class Unusable extends IOException {
        Unusable(String why) {
            super(why);
        }
    }

    /** What the file holds after its header. */
    private record Stored(String folder, Map<String, ModelDigest.Digest> models, Map<String, Stamp> stamps,
                          Map<String, PreviousBake.Parse> parsed, Map<String, PreviousBake.Indexed> indexed)
            implements Serializable {
    }

    /** A file as a bake left it: changed, replaced or deleted since, it is another. */
    record Stamp(long size, long modifiedNanos, String identity) implements Serializable {
        /** The file's stamp now; null when it is not a regular file. */
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) return null;
                return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                        String.valueOf(a.fileKey()));
            } catch (IOException e) {
                return null;
            }
        }
    }

    /*
     * The file: MAGIC, FORMAT (int), the key (32 bytes), the length of what follows (long) and its CRC-32C (int),
     * then the stored memory as Java serialization.
     */

    /** Writes {@code stored} with this cache's header (any object: the tests write what no memory is made of). */
    void write(Path file, Object stored) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(HEADER)); // filled in below, once the length and checksum are known
            CRC32C crc = new CRC32C();
            CountingStream counted = new CountingStream(new CheckedOutputStream(Channels.newOutputStream(channel), crc));
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(counted, 1 << 16)) {
                @Override
                public void close() throws IOException {
                    flush(); // the channel stays open for the header
                }
            }) {
                out.writeObject(stored);
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            header.put(MAGIC).putInt(FORMAT).put(key.bytes()).putLong(counted.count).putInt((int) crc.getValue()).flip();
            channel.write(header, 0);
            channel.force(false);
        }
    }

    private Stored read(Path file) throws IOException, ClassNotFoundException {
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            byte[] magic = new byte[MAGIC.length];
            byte[] stored = new byte[32];
            try {
                in.readFully(magic);
                if (!Arrays.equals(magic, MAGIC)) throw new Unusable("bukan berkas cache bake Warta");
                if (in.readInt() != FORMAT) throw new Unusable("dibuat Warta versi lain");
                in.readFully(stored);
            } catch (EOFException e) {
                throw new Unusable("berkasnya terpotong");
            }
            if (!Arrays.equals(stored, key.bytes())) {
                throw new Unusable("dibuat dari pengaturan, templat, aset, berkas content/ selain rilis atau kode Warta yang lain");
            }
            long length = in.readLong();
            int checksum = in.readInt();
            if (length != Files.size(file) - HEADER) throw new Unusable("berkasnya terpotong");
            CRC32C crc = new CRC32C();
            CheckedInputStream checked = new CheckedInputStream(in, crc);
            Object object;
            try (ObjectInputStream objects = new ObjectInputStream(checked)) {
                objects.setObjectInputFilter(info -> {
                    ObjectInputFilter.Status status = CLASSES.checkInput(info);
                    if (status == ObjectInputFilter.Status.REJECTED) {
                        LOG.debug("cache bake: {} ditolak", info.serialClass());
                    }
                    return status;
                });
                object = objects.readObject();
                // whatever the stream did not read is still part of what the checksum covers
                checked.transferTo(OutputStream.nullOutputStream());
            }
            if ((int) crc.getValue() != checksum) throw new Unusable("isinya rusak (checksum tidak cocok)");
            if (!(object instanceof Stored memory)) throw new Unusable("isinya bukan ingatan bake");
            return memory;
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * What a bake is made of besides its release files: a SHA-256 of labelled parts, each with its length, so that
     * no two different lists of parts give the same key.
     */
    public static final class Key {
        private final java.security.MessageDigest sha;
        /** The key, once asked for: no part is added after. */
        private byte[] done;

        public Key() {
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }

        /** Adds a named text (a setting, a library's version). */
        public Key text(String label, String value) {
            part(label);
            part(value);
            return this;
        }

        /** Adds a file's bytes, or that it is missing. */
        public Key file(String label, Path file) throws IOException {
            part(label);
            part(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
            return this;
        }

        /**
         * Adds every file below {@code root} that {@code which} admits, sorted by path: its path, and its bytes when
         * {@code bytes} holds for it, else its size and modification time.
         */
        public Key tree(String label, Path root, java.util.function.Predicate<Path> which,
                        java.util.function.Predicate<Path> bytes) throws IOException {
            part(label);
            if (!Files.isDirectory(root)) return this;
            List<Path> files;
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(which).sorted().toList();
            }
            for (Path file : files) {
                part(root.relativize(file).toString());
                if (bytes.test(file)) {
                    part(Files.readAllBytes(file));
                } else {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    part(a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                }
            }
            return this;
        }

        /**
         * Adds what a jar holds: each entry's name and bytes, sorted by name (not the jar's own bytes, which change
         * with the time it was packed).
         */
        public Key jar(String label, Path jar) throws IOException {
            part(label);
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                List<java.util.jar.JarEntry> entries = file.stream().filter(e -> !e.isDirectory())
                        .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
                for (java.util.jar.JarEntry entry : entries) {
                    part(entry.getName());
                    try (InputStream in = file.getInputStream(entry)) {
                        part(in.readAllBytes());
                    }
                }
            }
            return this;
        }

        private void part(String text) {
            part(text.getBytes(StandardCharsets.UTF_8));
        }

        private void part(byte[] bytes) {
            if (done != null) throw new IllegalStateException("a key's parts are all added before it is used");
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }

        byte[] bytes() {
            if (done == null) done = sha.digest();
            return done.clone();
        }
    }
}
