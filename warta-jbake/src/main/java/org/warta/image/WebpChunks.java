package org.warta.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WebP file as libwebp writes it, given an EXIF chunk: the simple format ({@code VP8 } or {@code VP8L} alone)
 * becomes the extended one ({@code VP8X} first, flags saying what follows), as the WebP container specification
 * requires for metadata.
 */
final class WebpChunks {
    private static final int EXIF_FLAG = 0x08;
    private static final int ALPHA_FLAG = 0x10;

    private WebpChunks() {
    }

    static byte[] withExif(byte[] webp, byte[] tiff, int width, int height, boolean alpha) {
        if (webp.length < 20 || !ascii(webp, 0, "RIFF") || !ascii(webp, 8, "WEBP")) {
            throw new IllegalArgumentException("not a WebP file");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(webp.length + tiff.length + 32);
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        int first = 12;
        if (ascii(webp, first, "VP8X")) {
            byte[] copy = webp.clone();
            copy[first + 8] |= EXIF_FLAG;
            int end = first;
            // keep every chunk but an EXIF one already there
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            while (end + 8 <= copy.length) {
                int size = le32(copy, end + 4);
                int padded = size + (size & 1);
                if (!ascii(copy, end, "EXIF")) chunks.write(copy, end, Math.min(8 + padded, copy.length - end));
                end += 8 + padded;
            }
            body.writeBytes(chunks.toByteArray());
        } else {
            byte[] vp8x = new byte[10];
            vp8x[0] = (byte) (EXIF_FLAG | (alpha ? ALPHA_FLAG : 0));
            le24(vp8x, 4, width - 1);
            le24(vp8x, 7, height - 1);
            chunk(body, "VP8X", vp8x);
            body.write(webp, first, webp.length - first);
        }
        chunk(body, "EXIF", tiff);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 8);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        byte[] size = new byte[4];
        le32(size, 0, body.size());
        out.writeBytes(size);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] payload) {
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        byte[] size = new byte[4];
        le32(size, 0, payload.length);
        out.writeBytes(size);
        out.writeBytes(payload);
        if ((payload.length & 1) == 1) out.write(0);
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        if (bytes.length < offset + text.length()) return false;
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != text.charAt(i)) return false;
        }
        return true;
    }

    private static int le32(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16 | (b[offset + 3] & 0xFF) << 24;
    }

    private static void le32(byte[] b, int offset, int value) {
        le24(b, offset, value);
        b[offset + 3] = (byte) (value >>> 24);
    }

    private static void le24(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
        b[offset + 2] = (byte) (value >>> 16);
    }
}
