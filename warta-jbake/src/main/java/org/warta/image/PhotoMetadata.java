package org.warta.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a photo's own metadata says, read with metadata-extractor from JPEG, PNG and WebP alike: the EXIF
 * orientation, and the private data a published file must not carry (position, the device's serial number and
 * owner, the maker's notes, an embedded thumbnail that may show the picture before it was cropped).
 *
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param privateData what private data the file carries, in Indonesian ({@code posisi GPS}); empty when none, and
 *                    {@link #UNREADABLE} when the metadata could not be read (so nothing can be said of it)
 */
public record PhotoMetadata(int orientation, List<String> privateData) {
    /** What {@link #privateData} holds for a file whose metadata cannot be read: a gate must refuse it. */
    public static final String UNREADABLE = "metadata yang tidak dapat dibaca";
    /** EXIF 2.3 tags of the Exif sub-IFD that name a person or a device. */
    private static final int CAMERA_OWNER_NAME = 0xA430;
    private static final int BODY_SERIAL_NUMBER = 0xA431;
    private static final int LENS_SERIAL_NUMBER = 0xA435;
    private static final int MAKER_NOTE = 0x927C;
    /** IPTC fields that place a photo. */
    private static final int[] IPTC_PLACES = {IptcDirectory.TAG_CITY, IptcDirectory.TAG_SUB_LOCATION,
            IptcDirectory.TAG_PROVINCE_OR_STATE, IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_NAME};

    /** Whether the file says where it was taken. */
    public boolean hasLocation() {
        return privateData.stream().anyMatch(found -> found.startsWith("posisi") || found.startsWith("lokasi"));
    }

    /** Reads a JPEG, PNG or WebP file's metadata; a file whose metadata cannot be read has none that counts. */
    public static PhotoMetadata read(byte[] bytes) {
        try {
            return of(ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return new PhotoMetadata(1, List.of(UNREADABLE));
        }
    }

    /**
     * Reads a file's metadata from disk, as far as it goes (a JPEG's up to its picture data, not the picture).
     *
     * @throws IOException when the file cannot be read
     */
    public static PhotoMetadata read(java.nio.file.Path file) throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            return of(ImageMetadataReader.readMetadata(in));
        } catch (ImageProcessingException | RuntimeException e) {
            return new PhotoMetadata(1, List.of(UNREADABLE));
        }
    }

    private static PhotoMetadata of(Metadata metadata) {
        int orientation = 1;
        Set<String> found = new LinkedHashSet<>();
        for (Directory directory : metadata.getDirectories()) {
            // a segment the reader could not parse may hide what it holds: such a file is not vouched for
            if (directory.hasErrors() && !(directory instanceof com.drew.metadata.file.FileTypeDirectory)) found.add(UNREADABLE);
            if (directory instanceof ExifIFD0Directory && directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                try {
                    int value = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    if (value >= 1 && value <= 8) orientation = value;
                } catch (MetadataException e) {
                    // an unreadable orientation is taken as none
                }
            }
            if (directory instanceof GpsDirectory && (directory.containsTag(GpsDirectory.TAG_LATITUDE)
                    || directory.containsTag(GpsDirectory.TAG_LONGITUDE) || directory.containsTag(GpsDirectory.TAG_DEST_LATITUDE))) {
                found.add("posisi GPS");
            }
            if (directory instanceof XmpDirectory xmp && xmp.getXmpProperties().keySet().stream()
                    .anyMatch(key -> key.toLowerCase(Locale.ROOT).contains("gpslatitude") || key.toLowerCase(Locale.ROOT).contains("gpslongitude"))) {
                found.add("posisi GPS (XMP)");
            }
            if (directory instanceof IptcDirectory) {
                for (int tag : IPTC_PLACES) {
                    if (directory.containsTag(tag)) found.add("lokasi (IPTC)");
                }
            }
            if (directory instanceof ExifSubIFDDirectory || directory instanceof ExifIFD0Directory) {
                if (directory.containsTag(BODY_SERIAL_NUMBER) || directory.containsTag(LENS_SERIAL_NUMBER)) found.add("nomor seri perangkat");
                if (directory.containsTag(CAMERA_OWNER_NAME)) found.add("nama pemilik perangkat");
                if (directory.containsTag(MAKER_NOTE)) found.add("catatan pabrikan (maker notes)");
            }
            String name = directory.getClass().getSimpleName();
            if (name.contains("Makernote")) found.add("catatan pabrikan (maker notes)");
            if (directory instanceof ExifThumbnailDirectory thumbnail && (thumbnail.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET)
                    || thumbnail.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH))) {
                found.add("gambar mini tersemat");
            }
        }
        return new PhotoMetadata(orientation, List.copyOf(found));
    }
}
