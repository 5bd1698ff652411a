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
import java.util.List;
import java.util.Optional;

/**
 * Each online release as a PDF beside its page ({@link Paths#pdf}), made from the page this bake has just written
 * (so it runs after {@link ReleasePages}); a PDF whose page did not change is taken over. The releases are laid out
 * on every core at once: a PDF takes some 15 ms.
 */
public final class ReleasePdfs {
    private ReleasePdfs() {
    }

    /**
     * Writes every PDF, then reports every one that failed (each names its file): the stream is waited for to its
     * end, so that no PDF is still being written when the bake stops. When the track's thread is interrupted (the
     * preview closing: {@link Tracks}), the PDFs not yet begun are not made and the step fails.
     */
    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        SiteSettings site = catalog.site();
        // the track's thread, which Tracks interrupts when the bake is stopped (the pool's threads are not)
        Thread track = Thread.currentThread();
        List<PageException> failed = catalog.online().parallelStream().map(r -> {
            if (track.isInterrupted()) return null;
            try {
                write(r, site, writer);
                return null;
            } catch (PageException e) {
                return e;
            } catch (RuntimeException | Error e) {
                // openhtmltopdf's own failures too (a StackOverflowError on a deep page): named, and the others waited for
                return new PageException("PDF " + Paths.pdf(r) + " (" + r.file() + ") gagal dibuat", e);
            }
        }).filter(java.util.Objects::nonNull).toList();
        if (track.isInterrupted()) throw new PageException("PDF rilis dihentikan: bake dihentikan");
        if (failed.isEmpty()) return;
        PageException first = failed.get(0);
        if (failed.size() == 1) throw first;
        PageException all = new PageException(failed.size() + " PDF gagal dibuat, yang pertama " + first.getMessage()
                + "; lalu " + failed.stream().skip(1).map(Throwable::getMessage).collect(java.util.stream.Collectors.joining("; ")),
                first.getCause() != null ? first.getCause() : first);
        failed.stream().skip(1).forEach(all::addSuppressed);
        throw all;
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
