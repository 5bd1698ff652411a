package org.warta.view;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;

import org.warta.content.Release;
import org.warta.export.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD of a release page, for search engines and aggregators: a {@code NewsArticle}, and an
 * {@code Event} at a {@code Place} when the release reports a meeting. Written safe for a {@code <script>}.
 */
public final class StructuredData {
    private StructuredData() {
    }

    public static String of(Release r, Catalog catalog) {
        SiteSettings site = catalog.site();
        String url = site.host() + r.permalink();
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("@type", "GovernmentOrganization");
        office.put("name", site.office());
        office.put("url", site.host() + Paths.HOME);

        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("@id", url + "#rilis");
        article.put("mainEntityOfPage", url);
        article.put("url", url);
        article.put("headline", r.title());
        article.put("description", r.summary());
        article.put("inLanguage", site.locale().toLanguageTag());
        article.put("datePublished", r.date().rfc3339(site.zone()));
        article.put("dateModified", r.lastChange().rfc3339(site.zone()));
        article.put("author", office);
        article.put("publisher", office);
        if (r.image() != null) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("@type", "ImageObject");
            image.put("url", site.host() + catalog.photos().downloadUrl(r.image()));
            if (r.image().caption() != null) image.put("caption", r.image().caption());
            if (r.image().credit() != null) image.put("creditText", r.image().credit());
            article.put("image", image);
        }
        if (!r.topics().isEmpty()) article.put("keywords", String.join(", ", r.topics()));
        if (r.province() != null) article.put("contentLocation", place(r.province(), null, null));
        article.put("articleSection", ReleaseView.sectionName(r.section()));

        List<Object> graph = new ArrayList<>();
        graph.add(article);
        if (r.event() != null) {
            Release.Event e = r.event();
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("@type", "Event");
            event.put("@id", url + "#acara");
            event.put("name", e.name() != null ? e.name() : r.title());
            event.put("startDate", e.start().iso());
            if (e.end() != null) event.put("endDate", e.end().iso());
            event.put("eventStatus", "https://schema.org/EventScheduled");
            event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            event.put("location", place(r.province(), r.regency(), e.venue()));
            if (e.organizer() != null) {
                // An ordered map: Map.of's order changes from one JVM to the next, and bakes must be byte-equal.
                Map<String, Object> organizer = new LinkedHashMap<>();
                organizer.put("@type", "Organization");
                organizer.put("name", e.organizer());
                event.put("organizer", organizer);
            }
            if (e.theme() != null) event.put("description", e.theme());
            if (e.participants() != null) event.put("maximumAttendeeCapacity", e.participants());
            event.put("url", url);
            article.put("about", Map.of("@id", url + "#acara"));
            graph.add(event);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return Json.forScript(document);
    }

    /** A Place: the venue's name and an address of regency and province in Indonesia. */
    private static Map<String, Object> place(String province, String regency, String venue) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        if (venue != null) place.put("name", venue);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (regency != null) address.put("addressLocality", regency);
        if (province != null) address.put("addressRegion", province);
        address.put("addressCountry", "ID");
        place.put("address", address);
        if (venue == null && province != null) place.put("name", province);
        return place;
    }
}
