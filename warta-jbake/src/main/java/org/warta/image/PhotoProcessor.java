package org.warta.image;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the published files of one photo from its source bytes: upright, at {@link Photo#WIDTHS} in WebP and
 * JPEG (never wider than the photo), 4:3 thumbnails, the 1200 × 630 link card, and the cleaned full-size original.
 * No file carries the source's metadata; each carries the credit and caption ({@link Exif}).
 */
public final class PhotoProcessor {
    /**
     * Changes whenever the files made from the same source would differ (widths, qualities, metadata written):
     * part of every photo's key, so that the cache never serves files made the old way.
     */
    static final String VERSION = "warta-foto-3";

    private PhotoProcessor() {
    }

    /** What is written into every file of a photo besides its pixels. */
    public record Credit(String caption, String credit, String office) {
        Exif exif(int orientation) {
            String rights = credit != null ? credit : office;
            return new Exif(caption, credit, rights, orientation);
        }
    }

    /** The key of a file made of photos (a press archive): a digest of the pipeline's version and what it holds. */
    public static String key(String contents) {
        return key(contents.getBytes(StandardCharsets.UTF_8), "arsip", new Credit(null, null, null));
    }

    /** The key of a photo: a digest of the pipeline's version, the file name, the credit and the source bytes. */
    public static String key(byte[] source, String name, Credit credit) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{VERSION, name, credit.caption(), credit.credit(), credit.office()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(source);
            return HexFormat.of().formatHex(digest.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks that a file is a photo the bake can make: JPEG, PNG or WebP by its bytes, within the pixel limits, and
     * decodable to its end. Returns its upright width and height.
     *
     * @throws PhotoException naming what is wrong, as the bake would
     */
    public static int[] check(byte[] source) throws PhotoException {
        Format format = Format.of(source);
        if (!format.raster()) throw new PhotoException("bukan foto JPEG, PNG atau WebP (isinya " + format.label() + ")");
        PhotoMetadata metadata = PhotoMetadata.read(source);
        Pixels.Decoded decoded = Pixels.decode(source, format);
        boolean turned = metadata.orientation() >= 5;
        return turned ? new int[]{decoded.height(), decoded.width()} : new int[]{decoded.width(), decoded.height()};
    }

    /**
     * The files of a photo, by name, and what they are.
     *
     * @param name the files' base name ({@code rakorda-sultra}): a slug of the source's name
     * @throws PhotoException when the source is not a JPEG, PNG or WebP Warta can read
     */
    public static Made process(byte[] source, String name, Credit credit) throws PhotoException {
        Format format = Format.of(source);
        if (!format.raster()) throw new PhotoException("bukan foto JPEG, PNG atau WebP (isinya " + format.label() + ")");
        PhotoMetadata metadata = PhotoMetadata.read(source);
        Pixels.Decoded decoded = Pixels.decode(source, format);
        BufferedImage upright = Pixels.normalised(Pixels.upright(decoded.image(), metadata.orientation()));
        boolean turned = metadata.orientation() >= 5;
        int fullWidth = turned ? decoded.height() : decoded.width();
        int fullHeight = turned ? decoded.width() : decoded.height();
        int width = upright.getWidth();
        int height = upright.getHeight();
        Exif exif = credit.exif(0);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Photo.Rendition> renditions = new ArrayList<>();

        BufferedImage larger = upright;
        List<Integer> widths = widths(width);
        for (int i = widths.size() - 1; i >= 0; i--) {
            int w = widths.get(i);
            int h = Math.max(1, (int) Math.round((double) height * w / width));
            BufferedImage scaled = Pixels.scaled(larger, w, h);
            add(files, renditions, Photo.Kind.WIDTH, Format.WEBP, scaled, name + "-" + w + ".webp", Encoders.webp(scaled, exif));
            add(files, renditions, Photo.Kind.WIDTH, Format.JPEG, scaled, name + "-" + w + ".jpg", Encoders.jpeg(scaled, exif, Encoders.JPEG_QUALITY));
            larger = scaled;
        }
        for (int w : Photo.THUMBNAIL_WIDTHS) {
            BufferedImage thumbnail = Pixels.cropped(upright, w, w * 3 / 4);
            add(files, renditions, Photo.Kind.THUMBNAIL, Format.WEBP, thumbnail, name + "-kecil-" + w + ".webp", Encoders.webp(thumbnail, exif));
            add(files, renditions, Photo.Kind.THUMBNAIL, Format.JPEG, thumbnail, name + "-kecil-" + w + ".jpg", Encoders.jpeg(thumbnail, exif, Encoders.JPEG_QUALITY));
        }
        BufferedImage card = Pixels.cropped(upright, Photo.CARD_WIDTH, Photo.CARD_HEIGHT);
        add(files, renditions, Photo.Kind.CARD, Format.JPEG, card, name + "-kartu.jpg", Encoders.jpeg(card, exif, Encoders.JPEG_QUALITY));

        switch (format) {
            // the camera's own pixels, untouched; its orientation kept so that it shows upright
            case JPEG -> {
                byte[] original = JpegSegments.clean(source, credit.exif(metadata.orientation()).app1());
                files.put(name + ".jpg", original);
                renditions.add(new Photo.Rendition(Photo.Kind.ORIGINAL, Format.JPEG, fullWidth, fullHeight, name + ".jpg", original.length));
            }
            // a PNG or WebP over the decoding budget is offered at the size it was decoded (its width is then smaller)
            case PNG -> add(files, renditions, Photo.Kind.ORIGINAL, Format.PNG, upright, name + ".png", Encoders.png(upright, exif));
            default -> add(files, renditions, Photo.Kind.ORIGINAL, Format.JPEG, upright, name + ".jpg", Encoders.jpeg(upright, exif, 0.92f));
        }
        List<String> removed = metadata.privateData().stream().filter(f -> !f.equals(PhotoMetadata.UNREADABLE)).toList();
        return new Made(files, width, height, renditions, removed);
    }

    /** The files made and what they are; {@link #photo} names them with a key. */
    public record Made(Map<String, byte[]> files, int width, int height, List<Photo.Rendition> renditions, List<String> removed) {
        public Photo photo(String key) {
            return new Photo(key, width, height, renditions, removed);
        }
    }

    private static void add(Map<String, byte[]> files, List<Photo.Rendition> renditions, Photo.Kind kind, Format format,
                            BufferedImage image, String file, byte[] bytes) {
        files.put(file, bytes);
        renditions.add(new Photo.Rendition(kind, format, image.getWidth(), image.getHeight(), file, bytes.length));
    }

    /** The widths a photo {@code width} pixels wide is written at: {@link Photo#WIDTHS} below it, and its own below the widest. */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w : Photo.WIDTHS) {
            if (w < width) widths.add(w);
        }
        int widest = Photo.WIDTHS.get(Photo.WIDTHS.size() - 1);
        if (width <= widest && !widths.contains(width)) widths.add(width);
        return widths;
    }
}
