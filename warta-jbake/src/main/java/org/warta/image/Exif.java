package org.warta.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few EXIF fields Warta writes into every published photo: who took it (Artist), whose it is (Copyright),
 * what it shows (ImageDescription) and, for an original kept as it was shot, its orientation. A TIFF structure of
 * one IFD, big-endian, as EXIF 2.3 describes it; text in UTF-8, which readers such as exiftool show as written.
 *
 * @param orientation 1 to 8, or 0 for none (pixels already upright)
 */
public record Exif(String description, String artist, String copyright, int orientation) {
    private static final int ASCII = 2;
    private static final int SHORT = 3;
    /** The most one JPEG segment holds, less its length and the "Exif\0\0" header. */
    private static final int MAX_TIFF = 65_533 - 6;

    /** The TIFF structure (from "MM" on), as a WebP EXIF chunk holds it. */
    public byte[] tiff() {
        List<Entry> entries = new ArrayList<>();
        if (description != null) entries.add(text(0x010E, description));
        if (orientation > 0) entries.add(new Entry(0x0112, SHORT, new byte[]{0, (byte) orientation, 0, 0}, 1));
        if (artist != null) entries.add(text(0x013B, artist));
        if (copyright != null) entries.add(text(0x8298, copyright));
        int dataStart = 8 + 2 + entries.size() * 12 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8});
        short16(out, entries.size());
        for (Entry e : entries) {
            short16(out, e.tag());
            short16(out, e.type());
            int32(out, e.count());
            if (e.value().length <= 4) {
                out.writeBytes(java.util.Arrays.copyOf(e.value(), 4));
            } else {
                int32(out, dataStart + data.size());
                data.writeBytes(e.value());
                if ((data.size() & 1) == 1) data.write(0);
            }
        }
        int32(out, 0);
        out.writeBytes(data.toByteArray());
        if (out.size() > MAX_TIFF) throw new IllegalArgumentException("EXIF lebih dari " + MAX_TIFF + " byte");
        return out.toByteArray();
    }

    /** The payload of a JPEG APP1 segment: "Exif\0\0" and the TIFF structure. */
    public byte[] app1() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff());
        return out.toByteArray();
    }

    /** One field of the IFD: its value's bytes, padded to 4 when they fit in the entry. */
    private record Entry(int tag, int type, byte[] value, int count) {
    }

    private static Entry text(int tag, String value) {
        byte[] bytes = nulTerminated(value);
        return new Entry(tag, ASCII, bytes, bytes.length);
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value >>> 16);
        short16(out, value);
    }

    static byte[] nulTerminated(String value) {
        byte[] text = value.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(text, text.length + 1);
    }
}
