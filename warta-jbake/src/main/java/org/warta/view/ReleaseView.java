package org.warta.view;

import org.warta.site.Paths;
import org.warta.photos.Photos;

import org.warta.content.Release;
import org.warta.content.Slugs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What templates see of a release: plain maps and lists, dates already in Indonesian and ISO form. */
public final class ReleaseView {
    private static final Map<String, String> SECTION_NAMES = Map.of(
            "berita", "Berita", "pengumuman", "Pengumuman", "publikasi", "Publikasi");

    private ReleaseView() {
    }

    public static String sectionName(String section) {
        return SECTION_NAMES.get(section);
    }

    /** A section as templates link it: {@code key}, {@code name}, {@code path}. */
    public static Map<String, Object> section(String section) {
        return Map.of("key", section, "name", sectionName(section), "path", Paths.section(section));
    }

    /** The fields of a release in a list: title, path, date, section, province, summary. */
    public static Map<String, Object> card(Release r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", r.title());
        view.put("path", r.permalink());
        view.put("date", IndonesianDates.view(r.date()));
        view.put("section", section(r.section()));
        if (r.province() != null) view.put("province", term(Paths.PROVINCES, r.province()));
        view.put("summary", r.summary());
        view.put("withdrawn", r.status() == Release.Status.WITHDRAWN);
        view.put("draft", r.status() == Release.Status.DRAFT);
        return view;
    }

    /**
     * Every field of a release, for its own page. {@code prev} and {@code next} may be null. A withdrawn release
     * may name a province, topic or speaker that no listed release shares, so that no list page of it exists:
     * such a term comes without {@code path} and is shown as plain text.
     *
     * @param hasPage whether a list page ({@code /topik/umkm/}) exists
     */
    public static Map<String, Object> full(Release r, String bodyHtml, Release prev, Release next,
                                           java.util.function.Predicate<String> hasPage) {
        Map<String, Object> view = card(r);
        if (r.province() != null) view.put("province", term(Paths.PROVINCES, r.province(), hasPage));
        view.put("body", bodyHtml);
        org.warta.content.Moment lastChange = r.lastChange();
        if (!lastChange.equals(r.date())) view.put("updated", IndonesianDates.view(lastChange));
        view.put("changes", ReleaseRecord.newestFirst(r.changes()).stream()
                .map(c -> Map.of("date", IndonesianDates.view(c.date()), "note", c.note())).toList());
        if (r.regency() != null) view.put("regency", r.regency());
        if (r.number() != null) view.put("number", r.number());
        if (r.event() != null) view.put("event", event(r.event()));
        view.put("speakers", r.speakers().stream().map(s -> {
            Map<String, Object> speaker = term(Paths.SPEAKERS, s.name(), hasPage);
            speaker.put("role", s.role());
            if (s.organization() != null) speaker.put("organization", s.organization());
            return speaker;
        }).toList());
        view.put("topics", r.topics().stream().map(t -> term(Paths.TOPICS, t, hasPage)).toList());
        view.put("figures", r.figures().stream().map(f -> {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("label", f.label());
            figure.put("value", f.value());
            if (f.unit() != null) figure.put("unit", f.unit());
            if (f.year() != null) figure.put("year", f.year().toString());
            return figure;
        }).toList());
        view.put("attachments", r.attachments().stream()
                .map(a -> Map.of("url", a.url(), "title", a.title(), "type", extension(a.src()))).toList());
        if (r.source() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("name", r.source().name());
            putIfPresent(source, "url", r.source().url());
            view.put("source", source);
        }
        if (r.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", r.contact().name());
            putIfPresent(contact, "phone", r.contact().phone());
            putIfPresent(contact, "email", r.contact().email());
            view.put("contact", contact);
        }
        Map<String, Object> formats = new LinkedHashMap<>();
        formats.put("txt", Paths.text(r));
        formats.put("md", Paths.source(r));
        formats.put("pdf", Paths.pdf(r));
        if (r.event() != null) formats.put("ics", Paths.calendar(r));
        view.put("formats", formats);
        if (prev != null) view.put("prev", Map.of("title", prev.title(), "path", prev.permalink()));
        if (next != null) view.put("next", Map.of("title", next.title(), "path", next.permalink()));
        return view;
    }

    /** A province, topic or speaker as a link: {@code name}, {@code path}. */
    public static Map<String, Object> term(String list, String name) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("name", name);
        term.put("path", Paths.term(list, Slugs.of(name)));
        return term;
    }

    /** {@link #term(String, String)}, without {@code path} when that page does not exist. */
    static Map<String, Object> term(String list, String name, java.util.function.Predicate<String> hasPage) {
        Map<String, Object> term = term(list, name);
        if (!hasPage.test((String) term.get("path"))) term.remove("path");
        return term;
    }

    /** A meeting: name (optional), start, end (optional), sameDay, venue, participants, theme, organizer. */
    public static Map<String, Object> event(Release.Event e) {
        Map<String, Object> event = new LinkedHashMap<>();
        if (e.name() != null) event.put("name", e.name());
        event.put("start", IndonesianDates.view(e.start()));
        if (e.end() != null && !e.end().equals(e.start())) event.put("end", IndonesianDates.view(e.end()));
        event.put("sameDay", IndonesianDates.sameDay(e.start(), e.end()));
        event.put("venue", e.venue());
        if (e.participants() != null) event.put("participants", e.participants());
        if (e.theme() != null) event.put("theme", e.theme());
        if (e.organizer() != null) event.put("organizer", e.organizer());
        return event;
    }

    private static String extension(String src) {
        int dot = src.lastIndexOf('.');
        return dot < 0 ? "" : src.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** Optional fields stay absent from a view, so templates test them with {@code ??}. */
    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    /** A list of cards, each with its release's thumbnail ({@code thumbnail}) when it has a photo. */
    public static List<Map<String, Object>> cards(List<Release> releases, Photos photos) {
        return releases.stream().map(r -> {
            Map<String, Object> card = card(r);
            Map<String, Object> thumbnail = photos.thumbnail(r);
            if (thumbnail != null) card.put("thumbnail", thumbnail);
            return card;
        }).toList();
    }
}
