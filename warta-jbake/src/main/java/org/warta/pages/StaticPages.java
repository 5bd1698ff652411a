package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;



import java.util.Map;

/**
 * Pages without releases of their own: the search page, the accessibility statement, the "not found" page,
 * robots.txt and the web app manifest.
 */
public final class StaticPages {
    private StaticPages() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        writer.write("search", Paths.SEARCH, "Cari", "Cari rilis " + catalog.site().office() + ".", Map.of());
        writer.write("accessibility", Paths.ACCESSIBILITY, "Pernyataan aksesibilitas",
                "Komitmen " + catalog.site().office() + " agar situs ini dapat dipakai semua orang, dan cara menyampaikan kendala.", Map.of());
        writer.write("robots", Paths.ROBOTS, "robots.txt", catalog.site().description(), Map.of());
        writer.write("manifest", Paths.MANIFEST, catalog.site().title(), catalog.site().description(), Map.of());
        writer.write("notfound", "/404.html", "Halaman tidak ditemukan",
                "Alamat yang Anda buka tidak ada di situs ini.", Map.of());
    }
}
