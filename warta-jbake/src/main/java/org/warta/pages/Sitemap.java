package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;


import org.warta.content.Release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /sitemap.xml}: every public HTML page written, with the release's last change as {@code lastmod}. */
public final class Sitemap {
    private Sitemap() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        SiteSettings site = catalog.site();
        Map<String, String> lastModified = new HashMap<>();
        for (Release r : catalog.online()) lastModified.put(r.permalink(), r.lastChange().rfc3339(site.zone()));
        List<Map<String, Object>> urls = new ArrayList<>();
        for (String path : writer.htmlPaths()) {
            Map<String, Object> url = new HashMap<>();
            url.put("loc", site.host() + path);
            if (lastModified.containsKey(path)) url.put("lastmod", lastModified.get(path));
            urls.add(url);
        }
        writer.write("sitemap", Paths.SITEMAP, "Peta situs", site.description(), Map.of("urls", urls));
    }
}
