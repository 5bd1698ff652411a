package org.warta.pages;


import org.warta.content.Release;
import org.warta.photos.Photos;
import org.warta.site.Catalog;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The files of the photo stage ({@link Photos}) on the site: every rendition of each photo an online release shows,
 * once, and each release's press archive, linked from the photo cache.
 */
public final class PhotoFiles {
    private PhotoFiles() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        Set<String> seen = new HashSet<>();
        for (Release r : catalog.online()) {
            try {
                for (Photos.SiteFile file : catalog.photos().files(r, seen)) writer.copyFile(file.path(), file.source());
            } catch (IOException e) {
                throw new PageException("arsip foto " + Photos.archivePath(r) + " gagal dibuat", e);
            }
        }
    }
}
