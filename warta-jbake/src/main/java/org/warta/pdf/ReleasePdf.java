package org.warta.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A release as the PDF offices forward in chat groups: A4, its page's article as printed (the letterhead, the
 * number, place and date, the photo with caption and credit, the body, the press contact and citation), then its
 * permanent address as a link and as a QR code. Laid out by openhtmltopdf from the release page the bake has just
 * written (one source of truth: what the page says, the PDF says), tagged (PDF/UA: structure, language, alt text),
 * its text selectable in embedded, subsetted DejaVu Sans. The same page gives the same bytes: the document's dates
 * are the release's last change and its identifier a digest of the page.
 */
public final class ReleasePdf {
    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = resource("DejaVuSans-Oblique.ttf");
    private static final String STYLE = new String(resource("siaran-pers.css"), StandardCharsets.UTF_8);
    /** The characters DejaVu Sans draws: any other comes out as '#' (emoji, CJK), which the bake's log then names. */
    private static final org.apache.fontbox.ttf.CmapLookup DRAWN = cmap(REGULAR);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReleasePdf.class);
    /** What the printed page leaves out (warta.css, "Print"), and what a PDF cannot do: buttons, scripts, the gallery. */
    private static final String LEFT_OUT = ".share, .press__actions, .press__status, .release__number, script, .gallery, "
            + ".chart__svg, .visually-hidden, button";

    static {
        // openhtmltopdf logs every layout at INFO through java.util.logging: its warnings go to the bake's log, the rest nowhere
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Warnings());
    }

    private ReleasePdf() {
    }

    /** openhtmltopdf's log: warnings and errors into the bake's log, named as openhtmltopdf's. */
    private static final class Warnings implements com.openhtmltopdf.util.XRLogger {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("openhtmltopdf");

        @Override
        public void log(String where, java.util.logging.Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, java.util.logging.Level level, String message, Throwable cause) {
            if (level.intValue() >= java.util.logging.Level.WARNING.intValue()) LOG.warn("PDF: {}", message, cause);
        }

        @Override
        public void setLevel(String logger, java.util.logging.Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue();
        }
    }

    /**
     * The PDF of a release page.
     *
     * @param page     the release page as the bake wrote it
     * @param url      its permanent address ({@code https://…/berita/2023/x/}): links in the PDF are made absolute
     *                 against it, and it is the QR code's
     * @param office   the office, the document's author
     * @param modified the release's last change: the document's creation and modification date
     * @param files    the bytes of a file of the site by its path ({@code /foto/…/x-800.jpg}); empty when there is none
     * @throws IllegalArgumentException when the page has no release article
     */
    public static byte[] of(byte[] page, String url, String office, ZonedDateTime modified,
                            Function<String, Optional<byte[]>> files) {
        Document html = Jsoup.parse(new String(page, StandardCharsets.UTF_8), url);
        Element article = html.selectFirst("article.release");
        if (article == null) throw new IllegalArgumentException(url + ": halaman tanpa artikel rilis");
        printed(article, url, files);
        warnOfMissingGlyphs(article, url);
        return render(document(article, html, office, url), url, modified, digest(page));
    }

    /**
     * The article as printed: what the print leaves out removed, the letterhead shown, every image embedded (or its
     * alt text), links absolute, and the QR code beside the permanent address.
     */
    private static void printed(Element article, String url, Function<String, Optional<byte[]>> files) {
        article.select(LEFT_OUT).remove();
        article.select(".kop").removeAttr("hidden");
        article.select("[hidden]").remove();
        article.select("picture").forEach(picture -> {
            Element img = picture.selectFirst("img");
            if (img == null) picture.remove();
            else picture.replaceWith(img);
        });
        for (Element img : article.select("img")) embed(img, files);
        // links lead to the site; a download link would be embedded by openhtmltopdf as a file inside the PDF
        article.select("a[download]").removeAttr("download");
        article.select("a[href]").forEach(a -> a.attr("href", a.absUrl("href")));
        Element permalink = article.selectFirst(".permalink");
        if (permalink == null) permalink = article.appendElement("p").addClass("permalink").text("Tautan tetap: " + url);
        permalink.prependElement("img").attr("src", dataUri("image/png", QrCode.png(url)))
                .attr("alt", "Kode QR ke tautan tetap siaran ini");
    }

    /** Names in the bake's log the characters the font cannot draw (they come out as '#'), at most ten. */
    private static void warnOfMissingGlyphs(Element article, String url) {
        String missing = article.text().codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && c != 0xFEFF && DRAWN.getGlyphId(c) == 0).distinct().limit(10)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!missing.isEmpty()) {
            LOG.warn("Warta: PDF {}: huruf yang tidak ada di fon PDF (DejaVu Sans) tampil sebagai '#': {}", url, missing);
        }
    }

    /** The document openhtmltopdf lays out: the article, the page's language, title, author, subject, the PDF's style. */
    private static Document document(Element article, Document page, String office, String url) {
        Document pdf = Document.createShell(url);
        pdf.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        pdf.selectFirst("html").attr("lang", page.selectFirst("html").attr("lang"));
        Element head = pdf.head();
        head.appendElement("meta").attr("charset", "utf-8");
        Element title = article.selectFirst("h1");
        head.appendElement("title").text(title != null ? title.text() : page.title());
        head.appendElement("meta").attr("name", "author").attr("content", office);
        head.appendElement("meta").attr("name", "subject").attr("content", page.select("meta[name=description]").attr("content"));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        pdf.body().appendChild(article);
        return pdf;
    }

    private static byte[] render(Document pdf, String url, ZonedDateTime modified, byte[] identifier) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), FAMILY, 400, FontStyle.ITALIC, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(pdf), url);
        builder.withProducer("Warta");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            try (document) {
                PDDocumentInformation info = document.getDocumentInformation();
                GregorianCalendar when = GregorianCalendar.from(modified);
                info.setCreationDate(when);
                info.setModificationDate(when);
                COSArray id = new COSArray();
                id.add(new COSString(identifier));
                id.add(new COSString(identifier));
                document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": PDF gagal dibuat", e);
        }
    }

    /**
     * An image of the site, embedded: openhtmltopdf reads JPEG and PNG, not WebP or SVG. One it cannot read stays as
     * its alt text, so nothing the page says is lost.
     */
    private static void embed(Element img, Function<String, Optional<byte[]>> files) {
        img.removeAttr("srcset").removeAttr("sizes").removeAttr("loading").removeAttr("decoding");
        String src = img.attr("src");
        String type = switch (src.substring(src.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            default -> null;
        };
        Optional<byte[]> bytes = type == null || !src.startsWith("/") ? Optional.empty() : files.apply(src);
        if (bytes.isPresent()) img.attr("src", dataUri(type, bytes.get()));
        else img.replaceWith(new Element("span").addClass("alt").text("[Gambar: " + img.attr("alt") + "]"));
    }

    private static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] digest(byte[] page) {
        try {
            return java.util.Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(page), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.apache.fontbox.ttf.CmapLookup cmap(byte[] font) {
        try {
            return new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("DejaVuSans.ttf cannot be read", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReleasePdf.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from warta-jbake's resources (org/warta/pdf/)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
