package org.warta.publish;

import org.warta.server.MediaTypes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip copy ({@code x.html.gz}) beside every text file of a staged site, for servers that send it as it is
 * (nginx's {@code gzip_static}, the {@code .htaccess}'s rules) instead of compressing each answer. Written with the
 * best compression, and kept only when smaller than its original. The same bytes every time (gzip's header holds
 * no time or name here), so that a bake stays reproducible.
 *
 * <p>A file the bake took over from the published site unchanged (the same file, hard-linked) takes that site's
 * {@code .gz} over too: a second bake compresses only what changed.</p>
 */
public final class Precompressed {
    public static final String SUFFIX = ".gz";

    /** What one run did. */
    public record Count(int written, int takenOver) {
    }

    private Precompressed() {
    }

    /**
     * Writes the {@code .gz} files of {@code staging}.
     *
     * @param published the site now published (its {@code .gz} files are taken over), or null
     */
    public static Count write(Path staging, Path published) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(staging)) {
            texts = files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> MediaTypes.isText(MediaTypes.of(f.getFileName().toString()))).toList();
        }
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        try {
            texts.parallelStream().forEach(file -> {
                try {
                    if (takeOver(staging, published, file)) taken.incrementAndGet();
                    else if (compress(file)) written.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        return new Count(written.get(), taken.get());
    }

    /** The published {@code .gz} of the same file, linked, when the bake took the file itself over. */
    private static boolean takeOver(Path staging, Path published, Path file) throws IOException {
        if (published == null) return false;
        Path before = published.resolve(staging.relativize(file).toString());
        Path compressed = before.resolveSibling(before.getFileName() + SUFFIX);
        if (!Files.isRegularFile(compressed) || !Files.exists(before) || !Files.isSameFile(before, file)) return false;
        Path target = file.resolveSibling(file.getFileName() + SUFFIX);
        // a staging folder published before failed may hold one already
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, compressed);
        } catch (UnsupportedOperationException e) {
            Files.copy(compressed, target);
        }
        return true;
    }

    /** Writes {@code file.gz}; deletes it again when it is not smaller. */
    private static boolean compress(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(original.length / 3 + 64);
        try (OutputStream gzip = new BestGzip(bytes)) {
            gzip.write(original);
        }
        if (bytes.size() >= original.length) return false;
        Files.write(file.resolveSibling(file.getFileName() + SUFFIX), bytes.toByteArray());
        return true;
    }

    /** gzip at level 9: a file is compressed once and sent many times. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
