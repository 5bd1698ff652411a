package org.warta.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.jbake.CapturedLog;
import org.warta.jbake.FixtureProject;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF the bake writes beside each release, read back with PDFBox: the official release on A4, tagged, its text
 * selectable in embedded fonts, its photo with caption and credit, and a QR code that a reader decodes to the
 * release's permanent address.
 */
class ReleasePdfTest {
    private static final String HOST = "http://localhost:8820";
    @TempDir
    static Path dir;
    static FixtureProject site;

    @BeforeAll
    static void bake() {
        CapturedLog.clear();
        site = new FixtureProject(dir).writeFullRelease();
        site.write("berita/2023/emoji.md", FixtureProject.release("Terima kasih para pengurus koperasi", "2023-06-03",
                "province: Bali\n", "Terima kasih 🙏 kepada koperasi mitra 合作社."));
        site.write("berita/2023/tanpa-foto.md", FixtureProject.release("Sosialisasi koperasi tanpa foto", "2023-06-02",
                "province: Bali\n", "Isi rilis dengan *penekanan* dan **tebal**, ***keduanya***, `kode` dan:\n\n    blok kode\n\n"
                        + "<script>alert(1)</script> # bukan judul"));
        assertEquals(List.of(), site.bake());
    }

    private static PDDocument pdf(String release, String slug) throws Exception {
        Path file = site.out(release + slug + ".pdf");
        assertTrue(Files.isRegularFile(file), "the bake wrote " + file);
        return Loader.loadPDF(file.toFile());
    }

    @Test
    void theReleaseIsAnOfficialSiaranPersOnA4WithSelectableText() throws Exception {
        try (PDDocument pdf = pdf(FixtureProject.FULL_RELEASE, "rakorda-sultra-2023")) {
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1.0);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1.0);
            }
            String text = text(pdf);
            String head = "DINAS KOPERASI DAN USAHA KECIL MENENGAH Jl. Contoh Raya No. 1, Jakarta 10110 Telepon +62 21 000 0000 · "
                    + "Surel humas@diskopukm.example.go.id SIARAN PERS Nomor: 045/HUMAS/DKSULTRA/V/2023 Jakarta, 25 Mei 2023";
            assertTrue(text.startsWith(head), "the letterhead first, then the number, place and date: " + text);
            for (String part : List.of("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", "Pembukaan rakorda",
                    "Foto: Humas Diskop Sultra", "Paragraf pertama.", "Koperasi aktif", "La Ode Muhamad Shalihin",
                    "Tentang Dinas Koperasi dan Usaha Kecil Menengah", "Kontak media: Humas", "Kutip siaran ini",
                    "Tautan tetap: " + HOST + FixtureProject.FULL_RELEASE, "Halaman 1 dari")) {
                assertTrue(text.contains(part), "\"" + part + "\" in " + text);
            }
            for (String screenOnly : List.of("WhatsApp", "Salin", "Bagikan", "Nomor siaran pers:", "Galeri foto")) {
                assertFalse(text.contains(screenOnly), "\"" + screenOnly + "\" is the screen's: " + text);
            }
            assertEquals("Rakorda Koperasi dan UMKM Sulawesi Tenggara Tahun Anggaran 2023", pdf.getDocumentInformation().getTitle());
            assertEquals("Dinas Koperasi dan Usaha Kecil Menengah", pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void itIsTaggedInIndonesianWithEmbeddedFontsAndAltText() throws Exception {
        try (PDDocument pdf = pdf(FixtureProject.FULL_RELEASE, "rakorda-sultra-2023")) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "with its structure tree");
            assertEquals("id", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMetadata() != null, "XMP metadata (PDF/UA identification)");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part"), xmp);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans-Bold")), fonts.toString());
            // the logo, the photo and the QR code are drawn, each with the alt text of the page in the structure (Figure /Alt)
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images++;
                }
            }
            assertEquals(3, images, "logo, photo and QR code");
            assertFalse(text(pdf).contains("[Gambar:"), "no image was left as its alt text");
            String structure = structureText(pdf);
            assertTrue(structure.contains("Kode QR ke tautan tetap siaran ini"), structure);
            assertTrue(structure.contains("Logo Dinas Koperasi dan Usaha Kecil Menengah"), structure);
            assertTrue(structure.contains("Peserta rakorda"), "the photo's alt text: " + structure);
        }
    }

    @Test
    void theQrCodeAndTheLinkLeadToTheReleasesPermanentAddress() throws Exception {
        try (PDDocument pdf = pdf(FixtureProject.FULL_RELEASE, "rakorda-sultra-2023")) {
            int last = pdf.getNumberOfPages() - 1;
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(last, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertEquals(HOST + FixtureProject.FULL_RELEASE, decoded, "a phone's camera opens the release");
            List<String> links = new ArrayList<>();
            for (PDPage p : pdf.getPages()) {
                p.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI)
                        .forEach(a -> links.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI()));
            }
            assertTrue(links.contains(HOST + FixtureProject.FULL_RELEASE), "the permanent address is a link: " + links);
            assertTrue(links.stream().allMatch(l -> l.startsWith("http") || l.startsWith("mailto:") || l.startsWith("tel:")),
                    "every link works outside the site: " + links);
        }
    }

    @Test
    void aReleaseWithoutPhotoOrNumberHasItsPdfToo() throws Exception {
        try (PDDocument pdf = pdf("/berita/2023/tanpa-foto/", "tanpa-foto")) {
            String text = text(pdf);
            assertTrue(text.contains("SIARAN PERS Jakarta, 2 Juni 2023"), "no number line: " + text);
            assertTrue(text.contains("Isi rilis dengan penekanan dan tebal, keduanya, kode dan: blok kode"), "monospace, bold italic: " + text);
            assertTrue(pdf.getNumberOfPages() <= 2, "pages: " + pdf.getNumberOfPages());
        }
    }

    @Test
    void aCharacterTheFontLacksIsNamedInTheBakesLog() throws Exception {
        assertTrue(CapturedLog.messages("WARN").contains("Warta: PDF " + HOST + "/berita/2023/emoji/: huruf yang tidak ada di fon PDF "
                + "(DejaVu Sans) tampil sebagai '#': 🙏合作社"), CapturedLog.messages("WARN").toString());
        assertTrue(CapturedLog.messages("WARN").stream().noneMatch(m -> m.contains("/berita/2023/rakorda-sultra-2023/")),
                "a release the font draws whole is not named");
    }

    /** The text as a reader sees it, top to bottom on each page (the drawing order of runs differs). */
    private static String text(PDDocument pdf) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** Every /Alt (alternative text) of the structure tree. */
    private static String structureText(PDDocument pdf) {
        StringBuilder out = new StringBuilder();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), out, new java.util.IdentityHashMap<>());
        return out.toString();
    }

    private static void collect(org.apache.pdfbox.cos.COSBase node, StringBuilder out, java.util.Map<Object, Boolean> seen) {
        if (node instanceof org.apache.pdfbox.cos.COSObject object) node = object.getObject();
        if (node == null || seen.put(node, true) != null) return;
        if (node instanceof org.apache.pdfbox.cos.COSDictionary dictionary) {
            String alt = dictionary.getString(org.apache.pdfbox.cos.COSName.getPDFName("Alt"));
            if (alt != null) out.append(alt).append('\n');
            org.apache.pdfbox.cos.COSBase kids = dictionary.getDictionaryObject(org.apache.pdfbox.cos.COSName.K);
            if (kids != null) collect(kids, out, seen);
        } else if (node instanceof org.apache.pdfbox.cos.COSArray array) {
            for (org.apache.pdfbox.cos.COSBase item : array) collect(item, out, seen);
        }
    }
}
