package org.warta.image;

import java.util.Comparator;
import java.util.List;

/**
 * A photo as published: its files, all in one folder named by {@link #key} (a digest of the source and of
 * everything written into the files, so a folder's content never changes and can be cached for good).
 *
 * @param key        the folder's name, 20 hexadecimal digits
 * @param width      the upright picture's width in pixels (as decoded: a very large photo is decoded smaller)
 * @param height     its height
 * @param renditions every file, each with its kind, size and name
 * @param removed    the private data the source carried and no published file does ({@code posisi GPS}); empty when none
 */
public record Photo(String key, int width, int height, List<Rendition> renditions, List<String> removed) {
    /** Widths a photo is written at, for screens from a phone's to a wide desktop's at twice the density. */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    /** Widths of the 4:3 thumbnails in lists (640 for the home page's lead story at 20rem on a dense screen). */
    public static final List<Integer> THUMBNAIL_WIDTHS = List.of(160, 320, 640);
    /** The Open Graph and Twitter card picture, in the proportions those cards show. */
    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;

    /** What a file is for. */
    public enum Kind {
        /** the whole picture at one width, in each format */
        WIDTH,
        /** a 4:3 thumbnail for lists */
        THUMBNAIL,
        /** the 1200 × 630 JPEG for link cards */
        CARD,
        /** the full-size original, cleaned, for the press */
        ORIGINAL
    }

    /** One file: {@code file} is its name in the photo's folder ({@code rakorda-800.webp}); {@code bytes} its size. */
    public record Rendition(Kind kind, Format format, int width, int height, String file, long bytes) {
    }

    /** Whether the source said where it was taken. */
    public boolean hadLocation() {
        return removed.stream().anyMatch(found -> found.startsWith("posisi") || found.startsWith("lokasi"));
    }

    /** The files of one kind and format, narrowest first. */
    public List<Rendition> of(Kind kind, Format format) {
        return renditions.stream().filter(r -> r.kind() == kind && r.format() == format)
                .sorted(Comparator.comparingInt(Rendition::width)).toList();
    }

    /** The one file of a kind (the card, the original). */
    public Rendition one(Kind kind) {
        return renditions.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("photo " + key + " has no " + kind));
    }
}
