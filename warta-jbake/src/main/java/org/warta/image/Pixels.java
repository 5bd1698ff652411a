package org.warta.image;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A photo's pixels: decoded within a fixed budget, turned upright, scaled and cropped. The decoders are created
 * here, never looked up by name in ImageIO's registry, which is shared by the whole JVM and would find other
 * class realms' plugins (or none) inside Maven.
 */
final class Pixels {
    /**
     * The most pixels a file may declare: a 100-megapixel camera's photo passes, a decompression bomb (a few
     * kilobytes declaring 50,000 × 50,000) is refused before a byte of it is decoded.
     */
    static final long MAX_DECLARED_PIXELS = 120_000_000L;
    /**
     * The most pixels decoded into memory (64 MB as RGB): a larger JPEG or PNG is decoded at a half, a third … of
     * its size, still more than the largest rendition needs. A phone's 12-megapixel photo is decoded whole.
     */
    static final long MAX_DECODED_PIXELS = 16_000_000L;

    private Pixels() {
    }

    /**
     * Decodes a JPEG, PNG or WebP file.
     *
     * @throws PhotoException when it declares too many pixels, is truncated or cannot be decoded
     */
    /** A decoded picture and the size its file declares (larger than the picture when it was decoded at a fraction). */
    record Decoded(BufferedImage image, int width, int height) {
    }

    static Decoded decode(byte[] bytes, Format format) throws PhotoException {
        ImageReader reader = reader(format);
        StringBuilder warnings = new StringBuilder();
        reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> {
            // a file that ends early is decoded with grey where the picture is missing, and only a warning says so;
            // other warnings (a CMYK file without a colour profile) do not make the picture wrong
            String lower = warning.toLowerCase(Locale.ROOT);
            boolean broken = lower.contains("truncat") || lower.contains("premature") || lower.contains("corrupt")
                    || lower.contains("missing eoi") || lower.contains("bogus");
            if (broken && warnings.length() == 0) warnings.append(warning);
        });
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0) throw unreadable(format, null);
            if (pixels > MAX_DECLARED_PIXELS) {
                throw new PhotoException(String.format(Locale.ROOT, "gambar menyatakan ukuran %d × %d piksel (%.0f megapiksel), "
                        + "lebih dari batas %d megapiksel; perkecil fotonya (mis. sisi terpanjang 4000 piksel) lalu simpan ulang",
                        width, height, pixels / 1e6, MAX_DECLARED_PIXELS / 1_000_000));
            }
            int step = 1;
            while ((long) ceil(width, step) * ceil(height, step) > MAX_DECODED_PIXELS) step++;
            if (step > 1 && format == Format.WEBP) {
                throw new PhotoException(String.format(Locale.ROOT, "gambar WebP %d × %d piksel terlalu besar untuk diproses "
                        + "(batas %d megapiksel untuk WebP); simpan sebagai JPEG atau perkecil", width, height, MAX_DECODED_PIXELS / 1_000_000));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (warnings.length() > 0) throw unreadable(format, warnings.toString());
            return new Decoded(image, width, height);
        } catch (IIOException e) {
            throw unreadable(format, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw unreadable(format, e.toString());
        } catch (OutOfMemoryError e) {
            throw new PhotoException("gambar terlalu besar untuk memori build ini; perkecil fotonya lalu simpan ulang");
        } finally {
            reader.dispose();
        }
    }

    private static int ceil(int size, int step) {
        return (size + step - 1) / step;
    }

    private static PhotoException unreadable(Format format, String why) {
        return new PhotoException("berkas " + format.label() + " rusak atau terpotong" + (why == null ? "" : " (" + shorten(why) + ")")
                + "; salin ulang fotonya dari ponsel atau kamera, atau buka lalu simpan ulang sebagai JPEG");
    }

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static ImageReader reader(Format format) throws PhotoException {
        try {
            return switch (format) {
                case JPEG -> JpegProvider.INSTANCE.createReaderInstance(null);
                case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
                case PNG -> {
                    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
                    ImageReader jdk = null;
                    while (readers.hasNext()) {
                        ImageReader candidate = readers.next();
                        if (candidate.getClass().getName().startsWith("com.sun.imageio.")) jdk = candidate;
                    }
                    if (jdk == null) throw new IllegalStateException("the JDK's PNG reader is missing");
                    yield jdk;
                }
                default -> throw new IllegalArgumentException(format + " is not decoded");
            };
        } catch (IOException e) {
            throw new PhotoException("pembaca " + format.label() + " tidak dapat dibuat (" + e.getMessage() + ")", e);
        }
    }

    /**
     * TwelveMonkeys' JPEG reader, given the JDK's reader to delegate the decoding to in a registry of its own, so
     * that nothing is added to, or looked up by format name in, the JVM-wide registry.
     */
    private static final class JpegProvider {
        static final ImageReaderSpi INSTANCE = create();

        private static ImageReaderSpi create() {
            ImageReaderSpi jdk = null;
            for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg"); readers.hasNext(); ) {
                ImageReaderSpi provider = readers.next().getOriginatingProvider();
                if (provider != null && provider.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) jdk = provider;
            }
            if (jdk == null) throw new IllegalStateException("the JDK's JPEG reader is missing");
            ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
            own.registerServiceProvider(jdk, ImageReaderSpi.class);
            JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
            own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class); // finds its delegate there
            return twelveMonkeys;
        }
    }

    /** The image as it is meant to be seen: EXIF orientation 1–8 applied; 1 returns it as it is. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) return image;
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> throw new IllegalArgumentException("orientation " + orientation);
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type(image));
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image in one of the two types the encoders take: RGB, or ARGB when it has transparency. */
    static BufferedImage normalised(BufferedImage image) {
        int type = type(image);
        if (image.getType() == type) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int type(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    /**
     * The image scaled to {@code width} × {@code height} (never larger than it is): halved in steps while more than
     * twice the size, then bicubic, so that a 4,000-pixel photo does not shimmer at 480.
     */
    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, 0, 0, current.getWidth(), current.getHeight(), current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) return current;
        return draw(current, 0, 0, current.getWidth(), current.getHeight(), width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /**
     * The image cut to the proportions {@code width} : {@code height} and scaled to them: across the middle for a
     * wide photo, a little above the middle for a tall one (where faces are).
     */
    static BufferedImage cropped(BufferedImage image, int width, int height) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW = w;
        int cropH = (int) Math.round((double) w * height / width);
        if (cropH > h) {
            cropH = h;
            cropW = (int) Math.round((double) h * width / height);
        }
        int x = (w - cropW) / 2;
        int y = (int) Math.round((h - cropH) * 0.35);
        BufferedImage cut = image.getSubimage(x, y, cropW, cropH);
        return cropW <= width ? draw(cut, 0, 0, cropW, cropH, Math.min(width, cropW), Math.min(height, cropH),
                RenderingHints.VALUE_INTERPOLATION_BICUBIC) : scaled(copy(cut), width, height);
    }

    private static BufferedImage copy(BufferedImage sub) {
        return draw(sub, 0, 0, sub.getWidth(), sub.getHeight(), sub.getWidth(), sub.getHeight(), RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static BufferedImage draw(BufferedImage image, int x, int y, int w, int h, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, type(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image on white: JPEG has no transparency, and a screenshot's transparent corners would turn black. */
    static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
