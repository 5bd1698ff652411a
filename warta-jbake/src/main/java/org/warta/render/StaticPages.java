package org.warta.render;

import org.jbake.template.RenderingException;

import java.util.Map;

/** Pages without releases of their own: the search page and the "not found" page. */
final class StaticPages {
    private StaticPages() {
    }

    static void write(Catalog catalog, PageWriter writer) throws RenderingException {
        writer.write("search", "/cari/", "Cari", "Cari rilis " + catalog.site().office() + ".", Map.of());
        writer.write("notfound", "/404.html", "Halaman tidak ditemukan",
                "Alamat yang Anda buka tidak ada di situs ini.", Map.of());
    }
}
