package org.warta.site;

import org.warta.content.Addresses;
import org.warta.content.Release;

/**
 * Every address of the site the bake makes, in one place (the templates' fixed links, such as the menu, excepted):
 * a page ends with {@code /} (written as its {@code index.html}), a file has its name. A release's own address is
 * its {@linkplain Release#permalink() permalink}; {@link Addresses} checks that no two collide.
 */
public final class Paths {
    public static final String HOME = "/";
    /** The newest releases of every section, as an Atom feed. */
    public static final String FEED = "/feed.xml";
    /** The lists of releases by province, topic and speaker: {@code /wilayah/}, {@code /topik/}, {@code /narasumber/}. */
    public static final String PROVINCES = "wilayah";
    public static final String TOPICS = "topik";
    public static final String SPEAKERS = "narasumber";
    public static final String ARCHIVE = "/arsip/";
    public static final String AGENDA = "/agenda/";
    /** Every meeting as one iCalendar file. */
    public static final String CALENDAR = "/agenda.ics";
    public static final String SEARCH = "/cari/";
    /** The search index's files. */
    public static final String SEARCH_INDEX = "/cari/indeks/";
    /** The search client. */
    public static final String SEARCH_SCRIPT = "/js/cari.js";
    public static final String ACCESSIBILITY = "/aksesibilitas/";
    public static final String ROBOTS = "/robots.txt";
    public static final String MANIFEST = "/manifest.webmanifest";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String DATA_JSON = "/api/rilis.json";
    public static final String DATA_CSV = "/api/rilis.csv";
    public static final String DATA_SCHEMA = "/api/rilis.schema.json";
    /** The photo stage's files. */
    public static final String PHOTOS = "/foto/";
    /** Apache's configuration of the site, at its root ({@code org.warta.server.ApacheConfig}). */
    public static final String HTACCESS = "/.htaccess";
    /**
     * nginx's configuration of the site, as the bake writes it (hidden: no server sends it); the publisher copies it
     * to {@code server/nginx.conf} beside the published site ({@code target/server/nginx.conf}), to be included.
     */
    public static final String NGINX_CONF = "/.nginx.conf";

    private Paths() {
    }

    /** A section's list: {@code /berita/}. */
    public static String section(String section) {
        return "/" + section + "/";
    }

    /** A section's Atom feed. */
    public static String sectionFeed(String section) {
        return section(section) + "feed.xml";
    }

    /** The list of every province, topic or speaker ({@link #PROVINCES} …): {@code /wilayah/}. */
    public static String terms(String list) {
        return "/" + list + "/";
    }

    /** One province's, topic's or speaker's list: {@code /wilayah/sulawesi-tenggara/}. */
    public static String term(String list, String slug) {
        return terms(list) + slug + "/";
    }

    /** Its Atom feed. */
    public static String termFeed(String list, String slug) {
        return term(list, slug) + "feed.xml";
    }

    /** A year's archive: {@code /arsip/2023/}. */
    public static String year(int year) {
        return ARCHIVE + year + "/";
    }

    /** A month's archive: {@code /arsip/2023/05/}. */
    public static String month(int year, int month) {
        return year(year) + String.format("%02d", month) + "/";
    }

    /** Page {@code number} of a list at {@code base}: {@code base}, then {@code base/halaman/2/} … */
    public static String page(String base, int number) {
        return number == 1 ? base : base + "halaman/" + number + "/";
    }

    /** A release's plain text, {@code <permalink>index.txt}. */
    public static String text(Release r) {
        return r.permalink() + "index.txt";
    }

    /** A release's Markdown source, {@code <permalink>index.md}. */
    public static String source(Release r) {
        return r.permalink() + "index.md";
    }

    /**
     * A release as the PDF an office forwards, {@code <permalink><slug>.pdf}: named after the release, as a chat
     * shows the file's name.
     */
    public static String pdf(Release r) {
        return r.permalink() + r.slug() + ".pdf";
    }

    /** A release's meeting as iCalendar, {@code <permalink>acara.ics}. */
    public static String calendar(Release r) {
        return r.permalink() + "acara.ics";
    }
}
