package org.warta.pages;

import org.warta.content.Release;
import org.warta.pdf.ReleasePdf;
import org.warta.site.Catalog;
import org.warta.site.Paths;
import org.warta.site.SiteSettings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Each online release as a PDF beside its page ({@link Paths#pdf}), made from the page this bake has just written
 * (so it runs after {@link ReleasePages}); a PDF whose page did not change is taken over. The releases are laid out
 * on every core at once: a PDF takes some 15 ms.
 */
public final class ReleasePdfs {
    private ReleasePdfs() {
    }

    /** A {@link PageException} carried out of a parallel stream. */
    private static final class Failed extends RuntimeException {
        Failed(PageException cause) {
            super(cause);
        }
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        SiteSettings site = catalog.site();
        try {
            catalog.online().parallelStream().forEach(r -> {
                try {
                    write(r, site, writer);
                } catch (PageException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed e) {
            throw (PageException) e.getCause();
        }
    }

    private static void write(Release r, SiteSettings site, PageWriter writer) throws PageException {
        if (writer.isPlan()) {
            // a plan reads no page back (it wrote none): the PDF's path is all it records
            writer.writeFile(Paths.pdf(r), () -> new byte[0]);
            return;
        }
        byte[] page = writer.readBack(r.permalink()).orElseThrow();
        writer.writeFile(Paths.pdf(r), ByteBuffer.wrap(page), () -> ReleasePdf.of(page, site.host() + r.permalink(), site.office(),
                r.lastChange().instant(site.zone()).atZone(site.zone()), path -> file(path, writer, site)));
    }

    /**
     * A file of the site the page shows: written by this bake (a photo's rendition), or one JBake copies from
     * {@code assets/} after the bake (the letterhead's logo).
     */
    private static Optional<byte[]> file(String path, PageWriter writer, SiteSettings site) {
        try {
            if (writer.wrote(path.substring(1))) return writer.readBack(path);
            Path asset = site.assetsDir().resolve(path.substring(1)).normalize();
            if (!asset.startsWith(site.assetsDir().normalize()) || !Files.isRegularFile(asset)) return Optional.empty();
            return Optional.of(Files.readAllBytes(asset));
        } catch (PageException | IOException e) {
            throw new java.io.UncheckedIOException(new IOException(path + ": " + e.getMessage(), e));
        }
    }
}
