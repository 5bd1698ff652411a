package org.warta.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The photo pipeline on the files staff really send (src/test/resources/foto/, see its README): phone JPEGs
 * rotated by EXIF and carrying GPS, serial number, owner and a thumbnail; a screenshot; a chat's WebP; a CMYK
 * JPEG; and hostile files. Every output is read back with metadata-extractor, a real metadata reader.
 */
public class PhotoProcessorTest {
    static final PhotoProcessor.Credit CREDIT = new PhotoProcessor.Credit("Peserta rapat berfoto bersama", "Humas Dinas Koperasi Sultra", "Dinas Koperasi");
    private static PhotoProcessor.Made portrait;

    @BeforeAll
    static void processThePhonePhoto() throws PhotoException {
        portrait = PhotoProcessor.process(fixture("ponsel-orientasi-6.jpg"), "rakorda", CREDIT);
    }

    public static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of(PhotoProcessorTest.class.getResource("/foto/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BufferedImage decoded(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image, "the JDK decodes the file");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFixtureCarriesWhatAPhoneWrites() {
        PhotoMetadata source = PhotoMetadata.read(fixture("ponsel-orientasi-6.jpg"));
        assertEquals(6, source.orientation());
        assertTrue(source.privateData().containsAll(List.of("posisi GPS", "nomor seri perangkat", "nama pemilik perangkat",
                "gambar mini tersemat")), source.privateData().toString());
        assertEquals(source.privateData(), portrait.removed(), "what was removed is reported");
    }

    @Test
    void theOrientationIsAppliedAndTheSizesAreTheUprightPhotos() {
        // stored 1600 × 1200, orientation 6: upright 1200 × 1600, the red block top left
        assertEquals(1200, portrait.width());
        assertEquals(1600, portrait.height());
        for (Photo.Rendition r : portrait.renditions()) {
            if (r.format() != Format.JPEG || r.kind() == Photo.Kind.ORIGINAL) continue;
            BufferedImage image = decoded(portrait.files().get(r.file()));
            assertEquals(r.width(), image.getWidth(), r.file());
            assertEquals(r.height(), image.getHeight(), r.file());
            if (r.kind() == Photo.Kind.WIDTH) assertRed(image, r.file());
        }
        BufferedImage eight = decodedRendition("orientasi-8.jpg", 480);
        assertEquals(480, eight.getWidth());
        assertEquals(640, eight.getHeight(), "stored 800 × 600 with orientation 8 is upright 600 × 800");
        assertRed(eight, "orientasi-8.jpg at 480");
    }

    private static BufferedImage decodedRendition(String fixture, int width) {
        try {
            PhotoProcessor.Made made = PhotoProcessor.process(fixture(fixture), "uji", CREDIT);
            return decoded(made.files().get("uji-" + width + ".jpg"));
        } catch (PhotoException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The top-left corner of the upright picture is the fixture's red block. */
    private static void assertRed(BufferedImage image, String what) {
        int rgb = image.getRGB(image.getWidth() / 40, image.getHeight() / 40);
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        assertTrue(red > 200 && green < 60 && blue < 60, what + ": top left is " + Integer.toHexString(rgb) + ", not red");
    }

    @Test
    void widthsAreNeverUpscaledAndEachComesInWebpAndJpeg() {
        assertEquals(List.of(480, 800, 1200), portrait.renditions().stream()
                .filter(r -> r.kind() == Photo.Kind.WIDTH && r.format() == Format.WEBP).map(Photo.Rendition::width).sorted().toList());
        assertEquals(List.of(480, 800, 1200), portrait.renditions().stream()
                .filter(r -> r.kind() == Photo.Kind.WIDTH && r.format() == Format.JPEG).map(Photo.Rendition::width).sorted().toList());
        assertEquals(List.of(480, 800, 1200, 1600), PhotoProcessor.widths(4032));
        assertEquals(List.of(480, 800, 1000), PhotoProcessor.widths(1000));
        assertEquals(List.of(300), PhotoProcessor.widths(300));
        Photo.Rendition card = portrait.renditions().stream().filter(r -> r.kind() == Photo.Kind.CARD).findFirst().orElseThrow();
        assertEquals(1200, card.width());
        assertEquals(630, card.height());
        for (Photo.Rendition r : portrait.renditions()) {
            Format written = Format.of(portrait.files().get(r.file()));
            assertEquals(r.format(), written, r.file() + " is what its name says");
        }
    }

    @Test
    void noFileCarriesPrivateDataAndEachCarriesTheCredit() throws Exception {
        for (Map.Entry<String, byte[]> file : portrait.files().entrySet()) {
            assertEquals(List.of(), PhotoMetadata.read(file.getValue()).privateData(), file.getKey());
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file.getValue()), file.getValue().length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertNotNull(exif, file.getKey() + " has EXIF");
            assertEquals("Humas Dinas Koperasi Sultra", exif.getString(ExifIFD0Directory.TAG_ARTIST), file.getKey());
            assertEquals("Humas Dinas Koperasi Sultra", exif.getString(ExifIFD0Directory.TAG_COPYRIGHT), file.getKey());
            assertEquals("Peserta rapat berfoto bersama", exif.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION), file.getKey());
            // no make, model or date either: nothing of the source's metadata is copied
            assertFalse(exif.containsTag(ExifIFD0Directory.TAG_MAKE), file.getKey());
            assertFalse(exif.containsTag(ExifIFD0Directory.TAG_MODEL), file.getKey());
        }
    }

    @Test
    void theOriginalKeepsTheCamerasPixelsAndItsOrientation() throws Exception {
        byte[] source = fixture("ponsel-orientasi-6.jpg");
        byte[] original = portrait.files().get("rakorda.jpg");
        assertEquals(6, PhotoMetadata.read(original).orientation(), "shown upright by its own orientation");
        BufferedImage before = decoded(source);
        BufferedImage after = decoded(original);
        assertEquals(before.getWidth(), after.getWidth());
        for (int[] p : new int[][]{{0, 0}, {800, 600}, {1599, 1199}, {123, 987}}) {
            assertEquals(before.getRGB(p[0], p[1]), after.getRGB(p[0], p[1]), "pixel " + p[0] + "," + p[1] + " untouched");
        }
        assertTrue(original.length < source.length, "metadata and thumbnail removed");
        // whatever followed the picture (a motion photo's video) is dropped
        byte[] trailer = new byte[source.length + 9];
        System.arraycopy(source, 0, trailer, 0, source.length);
        System.arraycopy("MotionVid".getBytes(StandardCharsets.US_ASCII), 0, trailer, source.length, 9);
        byte[] exif = new Exif(null, "A", "A", 6).app1();
        assertArrayEquals(JpegSegments.clean(source, exif), JpegSegments.clean(trailer, exif));
        // a JFIF header with a 2 × 1 thumbnail (6 bytes of RGB) keeps its header and loses the thumbnail
        byte[] jfif = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 22, 'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 72, 0, 72, 2, 1,
                9, 9, 9, 9, 9, 9};
        byte[] withThumbnail = new byte[jfif.length + source.length - 2];
        System.arraycopy(jfif, 0, withThumbnail, 0, jfif.length);
        System.arraycopy(source, 2, withThumbnail, jfif.length, source.length - 2);
        byte[] cleaned = JpegSegments.clean(withThumbnail, exif);
        assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 72, 0, 72, 0, 0},
                java.util.Arrays.copyOfRange(cleaned, 2, 20), "JFIF kept, thumbnail gone");
        assertEquals(before.getRGB(800, 600), decoded(cleaned).getRGB(800, 600));
    }

    @Test
    void screenshotsAndChatPhotosAndCmykAreMadeToo() throws PhotoException {
        PhotoProcessor.Made screenshot = PhotoProcessor.process(fixture("tangkapan-layar.png"), "layar", CREDIT);
        assertEquals(1080, screenshot.width());
        assertTrue(screenshot.files().containsKey("layar.png"), "a PNG's original stays lossless PNG");
        String png = new String(screenshot.files().get("layar.png"), StandardCharsets.ISO_8859_1);
        assertTrue(png.contains("iTXt") && png.contains("Author") && png.contains("Humas Dinas Koperasi Sultra"), "the credit is in the PNG");
        PhotoProcessor.Made chat = PhotoProcessor.process(fixture("obrolan.webp"), "obrolan", CREDIT);
        assertEquals(800, chat.width());
        assertTrue(chat.files().containsKey("obrolan.jpg"), "a WebP's original is offered as JPEG");
        PhotoProcessor.Made cmyk = PhotoProcessor.process(fixture("cmyk.jpg"), "cmyk", CREDIT);
        assertEquals(600, cmyk.width());
        PhotoProcessor.Made lying = PhotoProcessor.process(fixture("bohong-png.jpg"), "bohong", CREDIT);
        assertTrue(lying.files().containsKey("bohong.png"), "a PNG named .jpg is read as the PNG it is");
    }

    @Test
    void transparencyStaysInWebpAndTurnsWhiteInJpeg() throws PhotoException {
        PhotoProcessor.Made made = PhotoProcessor.process(fixture("transparan.png"), "logo", CREDIT);
        byte[] webp = made.files().get("logo-400.webp");
        assertEquals("VP8X", new String(webp, 12, 4, StandardCharsets.US_ASCII));
        assertEquals(0x18, webp[20] & 0x18, "EXIF and alpha flags set");
        BufferedImage jpeg = decoded(made.files().get("logo-400.jpg"));
        int corner = jpeg.getRGB(0, 0) & 0xFFFFFF;
        assertTrue(((corner >> 16) & 0xFF) > 240 && ((corner >> 8) & 0xFF) > 240 && (corner & 0xFF) > 240,
                "a transparent corner is white, not black: " + Integer.toHexString(corner));
    }

    @Test
    void hostileFilesAreRefusedWithWhatToDo() {
        assertRefused("bom.png", "50000 × 50000 piksel");
        assertRefused("bom.jpg", "60000 × 60000 piksel");
        assertRefused("terpotong.jpg", "rusak atau terpotong");
        assertRefused("bohong.jpg", "isinya PDF");
        assertRefused("foto.heic", "isinya HEIC/HEIF");
    }

    private static void assertRefused(String fixture, String expected) {
        PhotoException e = assertThrows(PhotoException.class, () -> PhotoProcessor.process(fixture(fixture), "x", CREDIT), fixture);
        assertTrue(e.getMessage().contains(expected), fixture + ": " + e.getMessage());
    }

    @Test
    void aHundredMegapixelPhotoIsDecodedSmallerWithinTheBudget() throws PhotoException {
        byte[] source = fixture("besar-100mp.jpg");
        PhotoProcessor.Made made = PhotoProcessor.process(source, "besar", CREDIT);
        assertTrue((long) made.width() * made.height() <= Pixels.MAX_DECODED_PIXELS, made.width() + " × " + made.height());
        assertEquals(11500 / 3 + 1, made.width(), "decoded at a third");
        assertEquals(List.of(480, 800, 1200, 1600), made.renditions().stream()
                .filter(r -> r.kind() == Photo.Kind.WIDTH && r.format() == Format.JPEG).map(Photo.Rendition::width).sorted().toList());
        assertTrue(made.files().get("besar.jpg").length > source.length / 2, "the press original is the full-size file");
        Photo.Rendition original = made.photo("x").one(Photo.Kind.ORIGINAL);
        assertEquals(11500, original.width(), "the original's own size, not the decoded one");
        assertEquals(8700, original.height());
    }

    @Test
    void theCacheServesWhatItKeptAndDropsWhatWasDamaged(@TempDir Path dir) throws IOException {
        PhotoCache cache = new PhotoCache(dir);
        String key = PhotoProcessor.key(fixture("ponsel-orientasi-6.jpg"), "rakorda", CREDIT);
        assertNull(cache.get(key));
        Photo kept = cache.put(key, portrait);
        assertEquals(kept, cache.get(key));
        Path file = cache.folder(key).resolve("rakorda-800.webp");
        Files.write(file, new byte[10]);
        assertNull(cache.get(key), "a file of another size: made again");
        assertEquals(kept, cache.put(key, portrait));
        assertEquals(kept, cache.get(key));
        Files.writeString(cache.folder(key).resolve(PhotoCache.INDEX), "files=oops\n");
        assertNull(cache.get(key), "an unreadable index: made again");
        assertFalse(key.equals(PhotoProcessor.key(fixture("ponsel-orientasi-6.jpg"), "rakorda",
                new PhotoProcessor.Credit("Peserta rapat berfoto bersama", "Fotografer lain", "Dinas Koperasi"))), "the credit is part of the key");
    }

    @Test
    void theCacheForgetsWhatNoBakeUsedForLongAndKeepsWhatOneDid(@TempDir Path dir) throws IOException {
        PhotoCache cache = new PhotoCache(dir);
        String old = PhotoProcessor.key(fixture("ponsel-orientasi-6.jpg"), "lama", CREDIT);
        String used = PhotoProcessor.key(fixture("ponsel-orientasi-6.jpg"), "dipakai", CREDIT);
        cache.put(old, portrait);
        cache.put(used, portrait);
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40)));
        for (String key : List.of(old, used)) Files.setLastModifiedTime(cache.folder(key).resolve(PhotoCache.INDEX), longAgo);
        assertNotNull(cache.get(used), "a bake uses it: its time is now");
        assertEquals(1, cache.prune(java.time.Duration.ofDays(30)));
        assertNull(cache.get(old));
        assertFalse(Files.exists(cache.folder(old)));
        assertNotNull(cache.get(used));
    }

    @Test
    void formatsAreToldByTheirBytes() {
        assertEquals(Format.JPEG, Format.of(fixture("ponsel-orientasi-6.jpg")));
        assertEquals(Format.PNG, Format.of(fixture("bohong-png.jpg")));
        assertEquals(Format.WEBP, Format.of(fixture("obrolan.webp")));
        assertEquals(Format.HEIF, Format.of(fixture("foto.heic")));
        assertEquals(Format.PDF, Format.of(fixture("bohong.jpg")));
        assertEquals(Format.SVG, Format.of("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HEIF, Format.ofName("IMG_0042.HEIC"));
    }
}
