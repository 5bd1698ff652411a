package org.warta.publish;

import org.warta.image.Format;
import org.warta.image.PhotoMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The last check before a site is published: no image file in it carries a position, a device's serial number
 * or owner, maker notes or an embedded thumbnail. The photo stage never writes such a file; this gate makes sure
 * that nothing else does either (a photo put in {@code assets/}, a file a template or a later change publishes).
 * Every JPEG, PNG, WebP, HEIC/HEIF, AVIF, TIFF, GIF and BMP is read, by its bytes, whatever its name; one whose
 * metadata cannot be read is refused too, since nothing can be said of it.
 */
public final class PrivacyGate {
    /** Bytes read to tell a file's format: enough for every signature {@link Format#of} knows. */
    private static final int HEAD = 16;

    private PrivacyGate() {
    }

    /** One line per image that carries private data: {@code /img/foto.jpg: gambar memuat posisi GPS, …}. */
    public static List<String> problems(Path site) {
        List<String> problems = new ArrayList<>();
        Path root = site.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!isImage(file)) continue;
                List<String> found = PhotoMetadata.read(file).privateData();
                if (!found.isEmpty()) {
                    problems.add("/" + root.relativize(file).toString().replace('\\', '/') + ": gambar memuat "
                            + String.join(", ", found) + "; gambar ini tidak boleh terbit. Foto rilis diletakkan di samping "
                            + "berkas beritanya (Warta membersihkannya); gambar di assets/ terbit apa adanya, jadi hapus dulu datanya");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + site, e);
        }
        return problems;
    }

    /**
     * Whether a file is a photo format that carries metadata (JPEG, PNG, WebP, HEIC/HEIF, AVIF, TIFF, GIF, BMP), by
     * its first bytes; files with a text format's name are not read.
     */
    private static boolean isImage(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(html|xml|json|csv|txt|md|ics|css|js|svg|webmanifest|pdf|zip)$")) return false;
        byte[] head = new byte[HEAD];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, HEAD);
            Format format = Format.of(java.util.Arrays.copyOf(head, read));
            return format.raster() || PHOTO_FORMATS.contains(format);
        }
    }

    private static final java.util.Set<Format> PHOTO_FORMATS = java.util.EnumSet.of(Format.HEIF, Format.AVIF, Format.TIFF,
            Format.GIF, Format.BMP);
}
