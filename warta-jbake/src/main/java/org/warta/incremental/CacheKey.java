package org.warta.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What a cached object was made of, as a SHA-256 of labelled parts (each with its length, so that no two different
 * lists of parts give the same key): a {@link CacheFile} made of other inputs is not used.
 */
public final class CacheKey {
    private final String inputs;
    private final MessageDigest sha;
    /** The key, once asked for: no part is added after. */
    private byte[] done;

    /** @param inputs what the key is made of, for the log when a cache was made of others ("templat, aset") */
    public CacheKey(String inputs) {
        this.inputs = inputs;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Adds a named text (a setting, a library's version). */
    public CacheKey text(String label, String value) {
        part(label);
        part(value);
        return this;
    }

    /** Adds a file's bytes, or that it is missing. */
    public CacheKey file(String label, Path file) throws IOException {
        part(label);
        part(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        return this;
    }

    /**
     * Adds every file below {@code root} that {@code which} admits, sorted by path: its path, and its bytes when
     * {@code bytes} holds for it, else its size and modification time.
     */
    public CacheKey tree(String label, Path root, Predicate<Path> which, Predicate<Path> bytes) throws IOException {
        part(label);
        if (!Files.isDirectory(root)) return this;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(which).sorted().toList();
        }
        for (Path file : files) {
            part(root.relativize(file).toString());
            if (bytes.test(file)) {
                part(Files.readAllBytes(file));
            } else {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                part(a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
        }
        return this;
    }

    /**
     * Adds the code {@code type} was loaded from: a jar's entries, each name and bytes sorted by name (not the
     * jar's own bytes, which change with the time it was packed), or every file of a classes folder.
     */
    public CacheKey code(String label, Class<?> type) throws IOException {
        Path source;
        try {
            source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException(type + " dimuat dari tempat yang tidak dikenal", e);
        }
        if (Files.isDirectory(source)) return tree(label, source, file -> true, file -> true);
        part(label);
        try (JarFile jar = new JarFile(source.toFile())) {
            List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                part(entry.getName());
                try (InputStream in = jar.getInputStream(entry)) {
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

    /** Why a cache of another key is not used, for the log. */
    String otherInputs() {
        return "dibuat dari " + inputs + " yang lain";
    }
}
