package org.warta.pages;

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
        writer.write("search", "/cari/", "Cari", "Cari rilis " + catalog.site().office() + ".", Map.of());
        writer.write("accessibility", "/aksesibilitas/", "Pernyataan aksesibilitas",
                "Komitmen " + catalog.site().office() + " agar situs ini dapat dipakai semua orang, dan cara menyampaikan kendala.", Map.of());
        writer.write("robots", "/robots.txt", "robots.txt", catalog.site().description(), Map.of());
        writer.write("manifest", "/manifest.webmanifest", catalog.site().title(), catalog.site().description(), Map.of());
        writer.write("notfound", "/404.html", "Halaman tidak ditemukan",
                "Alamat yang Anda buka tidak ada di situs ini.", Map.of());
    }
}
