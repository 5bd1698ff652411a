package org.warta.view;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;

import org.warta.content.Moment;
import org.warta.content.Release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release as data, in the shape of {@code /api/rilis.json} version {@value #VERSION} (documented in
 * docs/data-rilis.md, checked by {@code /api/rilis.schema.json}). Every key is always present, in this order;
 * an absent optional value is {@code null} or an empty list. Dates are ISO 8601 as the author wrote them.
 */
public final class ReleaseRecord {
    /** The version of the shape: raised when a key is removed or changes meaning, never for an added key. */
    public static final int VERSION = 1;

    private ReleaseRecord() {
    }

    public static Map<String, Object> of(Release r, Catalog catalog) {
        SiteSettings site = catalog.site();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("url", site.host() + r.permalink());
        record.put("path", r.permalink());
        record.put("section", r.section());
        record.put("slug", r.slug());
        record.put("status", r.status().key());
        record.put("title", r.title());
        record.put("date", r.date().iso());
        Moment last = r.lastChange();
        record.put("updated", last.equals(r.date()) ? null : last.iso());
        record.put("summary", r.summary());
        record.put("province", r.province());
        record.put("regency", r.regency());
        record.put("event", r.event() == null ? null : event(r.event()));
        record.put("speakers", r.speakers().stream().map(s -> ordered(
                "name", s.name(), "role", s.role(), "organization", s.organization())).toList());
        record.put("topics", r.topics());
        record.put("figures", r.figures().stream().map(f -> ordered(
                "label", f.label(), "value", f.value(), "unit", f.unit(), "year", f.year())).toList());
        record.put("image", r.image() == null ? null : ordered("url", site.host() + catalog.photos().downloadUrl(r.image()),
                "alt", r.image().alt(), "caption", r.image().caption(), "credit", r.image().credit()));
        record.put("attachments", r.attachments().stream().map(a -> ordered(
                "url", site.host() + a.url(), "title", a.title())).toList());
        record.put("source", r.source() == null ? null : ordered("name", r.source().name(), "url", r.source().url()));
        Release.Contact contact = contact(r, site);
        record.put("contact", ordered("name", contact.name(), "phone", contact.phone(), "email", contact.email()));
        record.put("changes", newestFirst(r.changes()).stream().map(c -> ordered("date", c.date().iso(), "note", c.note())).toList());
        record.put("aliases", r.aliases());
        record.put("number", r.number());
        record.put("formats", ordered(
                "html", site.host() + r.permalink(),
                "txt", site.host() + Paths.text(r),
                "md", site.host() + Paths.source(r),
                "ics", r.event() == null ? null : site.host() + Paths.calendar(r)));
        record.put("text", catalog.plainText(r));
        return record;
    }

    /** The release's press contact, or the site's when the release names none. */
    public static Release.Contact contact(Release r, SiteSettings site) {
        return r.contact() != null ? r.contact() : new Release.Contact(site.contactName(), site.contactPhone(), site.contactEmail());
    }

    /** Corrections, newest first (as the page shows them). */
    public static List<Release.Change> newestFirst(List<Release.Change> changes) {
        List<Release.Change> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> b.date().compareTo(a.date()));
        return sorted;
    }

    private static Map<String, Object> event(Release.Event e) {
        return ordered("name", e.name(), "start", e.start().iso(), "end", e.end() == null ? null : e.end().iso(),
                "venue", e.venue(), "participants", e.participants(), "theme", e.theme(), "organizer", e.organizer());
    }

    /** A map of key, value, key, value… in this order; null values kept. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }
}
