package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;
import org.warta.view.ReleaseView;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.warta.content.Release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Atom feeds of the newest listed releases: the site's, each section's, each province's, each topic's and each speaker's. */
public final class Feeds {
    /**
     * The most of a release's HTML an entry carries (characters): a very long release gets its opening paragraphs
     * and a link to the page instead, so that one release cannot make every subscriber download megabytes.
     */
    static final int MOST_CONTENT = 64 * 1024;

    private Feeds() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        SiteSettings site = catalog.site();
        feed(catalog, writer, Paths.FEED, site.title(), catalog.listed());
        for (Map.Entry<String, List<Release>> section : catalog.bySection().entrySet()) {
            feed(catalog, writer, Paths.sectionFeed(section.getKey()),
                    ReleaseView.sectionName(section.getKey()) + " — " + site.title(), section.getValue());
        }
        for (Catalog.Group group : catalog.byProvince().values()) {
            feed(catalog, writer, Paths.termFeed(Paths.PROVINCES, group.slug()), group.name() + " — " + site.title(), group.releases());
        }
        for (Catalog.Group group : catalog.byTopic().values()) {
            feed(catalog, writer, Paths.termFeed(Paths.TOPICS, group.slug()), "Topik " + group.name() + " — " + site.title(), group.releases());
        }
        // a feed per person, as GOV.UK's finders offer: a journalist follows what one official says
        for (Catalog.Group group : catalog.bySpeaker().values()) {
            feed(catalog, writer, Paths.termFeed(Paths.SPEAKERS, group.slug()), "Narasumber " + group.name() + " — " + site.title(),
                    group.releases());
        }
    }

    private static void feed(Catalog catalog, PageWriter writer, String path, String title, List<Release> releases)
            throws PageException {
        SiteSettings site = catalog.site();
        List<Map<String, Object>> entries = new ArrayList<>();
        String feedUpdated = null;
        for (Release r : releases.subList(0, Math.min(SiteSettings.FEED_SIZE, releases.size()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", r.title());
            entry.put("url", site.host() + r.permalink());
            entry.put("published", r.date().rfc3339(site.zone()));
            String updated = r.lastChange().rfc3339(site.zone());
            entry.put("updated", updated);
            entry.put("summary", r.summary());
            // the release number first, as on the page under the title
            String number = r.number() == null ? ""
                    : "<p><strong>Nomor siaran pers:</strong> " + org.jsoup.nodes.Entities.escape(r.number()) + "</p>";
            entry.put("content", bounded(number + absolute(catalog.body(r), site.host()), site.host() + r.permalink()));
            List<String> categories = new ArrayList<>(r.topics());
            if (r.province() != null) categories.add(r.province());
            entry.put("categories", categories);
            entries.add(entry);
            if (feedUpdated == null || updated.compareTo(feedUpdated) > 0) feedUpdated = updated;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entries", entries);
        data.put("updated", feedUpdated != null ? feedUpdated : "2000-01-01T00:00:00Z");
        data.put("alternate", site.host() + path.substring(0, path.length() - "feed.xml".length()));
        writer.write("atom", path, title, site.description(), data);
    }

    /**
     * The release's HTML, or when longer than {@link #MOST_CONTENT} its first whole blocks (paragraphs, lists,
     * tables) that fit, followed by a link to the whole release. Cut between blocks, so the HTML stays well formed.
     */
    /**
     * The body with the site's own addresses made absolute ({@code /foto/…} as {@code https://host/foto/…}), in
     * {@code href}, {@code src} and every candidate of a {@code srcset}: a feed reader shows an entry away from
     * the site, and not every reader resolves addresses against the entry's link.
     */
    static String absolute(String html, String host) {
        if (!html.contains("=\"/")) return html;
        Element body = Jsoup.parseBodyFragment(html).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        for (Element element : body.select("[href^=/], [src^=/], [srcset]")) {
            for (String attribute : new String[]{"href", "src"}) {
                String value = element.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) element.attr(attribute, host + value);
            }
            if (element.hasAttr("srcset")) {
                StringBuilder srcset = new StringBuilder();
                for (String candidate : element.attr("srcset").split(",")) {
                    String c = candidate.strip();
                    if (srcset.length() > 0) srcset.append(", ");
                    srcset.append(c.startsWith("/") && !c.startsWith("//") ? host + c : c);
                }
                element.attr("srcset", srcset.toString());
            }
        }
        return body.html();
    }

    static String bounded(String html, String url) {
        if (html.length() <= MOST_CONTENT) return html;
        Element body = Jsoup.parseBodyFragment(html).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        StringBuilder excerpt = new StringBuilder();
        for (Node block : body.childNodes()) {
            String text = block.outerHtml();
            if (excerpt.length() + text.length() > MOST_CONTENT) break;
            excerpt.append(text);
        }
        Element more = new Element("p").appendChild(new Element("a").attr("href", url)
                .text("Rilis ini terlalu panjang untuk umpan; baca selengkapnya di situs."));
        return excerpt.append(more.outerHtml()).toString();
    }
}
