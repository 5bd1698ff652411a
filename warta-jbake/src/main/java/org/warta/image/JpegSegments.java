package org.warta.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG file rewritten segment by segment without decoding its picture: the image data is copied byte for byte,
 * and of the metadata only what shows the picture right is kept (the JFIF header, the colour profile, Adobe's
 * colour transform for CMYK files). Every other application segment goes (EXIF with its GPS position, serial
 * numbers, maker notes and thumbnail; XMP; Photoshop/IPTC; the multi-picture index that holds a second, full
 * picture), and so do comments and whatever follows the end of the picture (a phone's "motion photo" video or
 * depth map). The JFIF header loses its optional thumbnail. Warta's own EXIF segment is written in their place.
 */
final class JpegSegments {
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegSegments() {
    }

    /**
     * The JPEG {@code jpeg} with its metadata replaced by {@code exif} ({@link Exif#app1()}).
     *
     * @throws PhotoException when the file is not a complete JPEG
     */
    static byte[] clean(byte[] jpeg, byte[] exif) throws PhotoException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new PhotoException("berkas JPEG rusak (tidak diawali penanda JPEG); ekspor ulang fotonya sebagai JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        boolean exifWritten = false;
        int i = 2;
        while (true) {
            if (i + 1 >= jpeg.length) throw truncated();
            if ((jpeg[i] & 0xFF) != 0xFF) throw new PhotoException("berkas JPEG rusak (susunan segmen tidak sah pada byte " + i + "); ekspor ulang fotonya sebagai JPEG");
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return out.toByteArray(); // what follows the picture is dropped
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                out.write(0xFF);
                out.write(marker);
                i += 2;
                continue;
            }
            if (i + 3 >= jpeg.length) throw truncated();
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > jpeg.length) throw truncated();
            if (!exifWritten && marker != 0xE0) {
                segment(out, 0xE1, exif);
                exifWritten = true;
            }
            if (marker == 0xE0 && startsWith(jpeg, i + 4, end, "JFIF\0") && end - (i + 4) >= 14) {
                // the JFIF header (identifier, version, units, densities: 12 bytes) without its optional thumbnail,
                // which may show the picture before it was cropped: thumbnail width and height 0
                segment(out, 0xE0, java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(jpeg, i + 4, i + 4 + 12), 14));
            } else if (kept(jpeg, marker, i + 4, end)) {
                out.write(jpeg, i, end - i);
            }
            i = end;
            if (marker == SOS) {
                int data = i;
                while (i + 1 < jpeg.length) {
                    int next = jpeg[i + 1] & 0xFF;
                    if ((jpeg[i] & 0xFF) == 0xFF && next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) break;
                    i++;
                }
                if (i + 1 >= jpeg.length) throw truncated();
                out.write(jpeg, data, i - data);
            }
        }
    }

    /** Whether a segment stays: everything but the metadata, and of the metadata what shows the picture right. */
    private static boolean kept(byte[] jpeg, int marker, int payload, int end) {
        if (marker == 0xFE) return false; // comment
        if (marker < 0xE0 || marker > 0xEF) return true; // tables, frame, scan: the picture itself
        return (marker == 0xE0 && startsWith(jpeg, payload, end, "JFIF\0"))
                || (marker == 0xE2 && startsWith(jpeg, payload, end, "ICC_PROFILE\0"))
                || (marker == 0xEE && startsWith(jpeg, payload, end, "Adobe"));
    }

    private static boolean startsWith(byte[] bytes, int offset, int end, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (end - offset < expected.length) return false;
        for (int k = 0; k < expected.length; k++) {
            if (bytes[offset + k] != expected[k]) return false;
        }
        return true;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(payload);
    }

    private static PhotoException truncated() {
        return new PhotoException("berkas JPEG terpotong atau rusak (berakhir sebelum gambarnya selesai); salin ulang "
                + "fotonya dari ponsel atau kamera, lalu jalankan build lagi");
    }
}
