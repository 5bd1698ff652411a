package org.warta.image;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Writes pixels as the files a reader downloads: progressive JPEG (the JDK's encoder), lossy WebP (libwebp) and
 * PNG (the JDK's), each with Warta's own metadata and nothing else. Writers are created here, not looked up in
 * ImageIO's JVM-wide registry.
 */
final class Encoders {
    /** JPEG quality: photos at 0.8 are indistinguishable from the camera's on a phone and a third of the size. */
    static final float JPEG_QUALITY = 0.80f;
    /** WebP quality, as libwebp's 0–100 scale / 100: about the JPEG's look at two thirds of its bytes. */
    static final float WEBP_QUALITY = 0.75f;

    private Encoders() {
    }

    /** A progressive JPEG of an RGB image (alpha flattened on white), with {@code exif}'s fields. */
    static byte[] jpeg(BufferedImage image, Exif exif, float quality) {
        BufferedImage rgb = Pixels.onWhite(image);
        ImageWriter writer = jdkWriter("jpeg");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        try {
            return JpegSegments.clean(bytes.toByteArray(), exif.app1());
        } catch (PhotoException e) {
            throw new IllegalStateException("the JDK wrote a JPEG Warta cannot read back: " + e.getMessage(), e);
        }
    }

    /** A lossy WebP (transparency kept), with {@code exif}'s fields in an EXIF chunk. */
    static byte[] webp(BufferedImage image, Exif exif) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(CompressionType.Lossy);
            param.setCompressionQuality(WEBP_QUALITY);
            param.setMethod(4);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return WebpChunks.withExif(bytes.toByteArray(), exif.tiff(), image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha());
    }

    /** A PNG (lossless, transparency kept) with the credit in iTXt chunks (UTF-8), and no other metadata. */
    static byte[] png(BufferedImage image, Exif exif) {
        ImageWriter writer = jdkWriter("png");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] png = bytes.toByteArray();
        // the text goes before IEND, the last 12 bytes
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 512);
        out.write(png, 0, png.length - 12);
        if (exif.description() != null) itxt(out, "Description", exif.description());
        if (exif.artist() != null) itxt(out, "Author", exif.artist());
        if (exif.copyright() != null) itxt(out, "Copyright", exif.copyright());
        out.write(png, png.length - 12, 12);
        return out.toByteArray();
    }

    private static void itxt(ByteArrayOutputStream out, String keyword, String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[]{0, 0, 0, 0, 0}); // end of keyword, not compressed, method, no language, no translation
        data.writeBytes(text.replace('\0', ' ').getBytes(StandardCharsets.UTF_8));
        byte[] payload = data.toByteArray();
        byte[] type = "iTXt".getBytes(StandardCharsets.US_ASCII);
        int length = payload.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(type);
        out.writeBytes(payload);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(payload);
        long value = crc.getValue();
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
    }

    /** The JDK's own writer for a format, never a plugin another class realm registered. */
    private static ImageWriter jdkWriter(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) return writer;
        }
        throw new IllegalStateException("the JDK's " + format + " writer is missing");
    }
}
