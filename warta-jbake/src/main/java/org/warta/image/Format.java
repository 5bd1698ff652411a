package org.warta.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, by its first bytes, never by its name: a photo renamed {@code .jpg} is still what it is. */
public enum Format {
    JPEG("JPEG", "jpg"),
    PNG("PNG", "png"),
    WEBP("WebP", "webp"),
    SVG("SVG", "svg"),
    HEIF("HEIC/HEIF", null),
    AVIF("AVIF", null),
    GIF("GIF", null),
    TIFF("TIFF", null),
    BMP("BMP", null),
    PDF("PDF", null),
    UNKNOWN("tidak dikenal", null);

    private final String label;
    private final String extension;

    Format(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The name a reader knows the format by ({@code HEIC/HEIF}). */
    public String label() {
        return label;
    }

    /** The extension Warta writes the format under, or null when it does not publish it. */
    public String extension() {
        return extension;
    }

    /** Whether Warta decodes, resizes and cleans files of this format. */
    public boolean raster() {
        return this == JPEG || this == PNG || this == WEBP;
    }

    /** The format a file's bytes say it is. */
    public static Format of(byte[] bytes) {
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return WEBP;
        if (ascii(bytes, 4, "ftyp")) {
            String brand = bytes.length >= 12 ? new String(bytes, 8, 4, StandardCharsets.ISO_8859_1) : "";
            return brand.startsWith("avi") ? AVIF : HEIF;
        }
        if (ascii(bytes, 0, "GIF8")) return GIF;
        if (starts(bytes, 0, 'I', 'I', 42, 0) || starts(bytes, 0, 'M', 'M', 0, 42)) return TIFF;
        if (ascii(bytes, 0, "BM")) return BMP;
        if (ascii(bytes, 0, "%PDF")) return PDF;
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8).strip()
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<!doctype svg"))
                && head.contains("<svg")) {
            return SVG;
        }
        return UNKNOWN;
    }

    /** The format a file name promises ({@code foto.JPEG} → JPEG), or UNKNOWN. */
    public static Format ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "jpg", "jpeg", "jpe", "jfif" -> JPEG;
            case "png" -> PNG;
            case "webp" -> WEBP;
            case "svg" -> SVG;
            case "heic", "heif", "hif" -> HEIF;
            case "avif" -> AVIF;
            case "gif" -> GIF;
            case "tif", "tiff", "dng" -> TIFF;
            case "bmp" -> BMP;
            case "pdf" -> PDF;
            default -> UNKNOWN;
        };
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) return false;
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return starts(bytes, offset, expected.chars().toArray());
    }
}
