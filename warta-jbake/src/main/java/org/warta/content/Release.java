package org.warta.content;

import java.io.Serializable;
import java.util.List;

/**
 * One release, read and checked: the content contract's fields as typed values. Optional fields are null
 * (objects) or empty (lists) when absent. {@code number} is the official release number (nomor siaran pers).
 */
public record Release(
        String file,
        String section,
        String slug,
        String title,
        Moment date,
        String summary,
        Status status,
        Moment updated,
        List<Change> changes,
        String province,
        String regency,
        Event event,
        List<Speaker> speakers,
        List<String> topics,
        List<Figure> figures,
        Image image,
        List<Image> photos,
        List<Attachment> attachments,
        Source source,
        Contact contact,
        List<String> aliases,
        String number,
        String body,
        Lines lines) implements Serializable {

    /** The contract's sections, in the order the site shows them. */
    public static final List<String> SECTIONS = List.of("berita", "pengumuman", "publikasi");

    /** The release's permanent path: {@code /<section>/<yyyy>/<slug>/}. */
    public String permalink() {
        return "/" + section + "/" + date.year() + "/" + slug + "/";
    }

    /** The latest of the release's date, {@code updated} and its corrections' dates. */
    public Moment lastChange() {
        Moment last = date;
        if (updated != null && updated.compareTo(last) > 0) last = updated;
        for (Change change : changes) {
            if (change.date().compareTo(last) > 0) last = change.date();
        }
        return last;
    }

    /** Where each field is written in the file, for messages about a release as a whole (duplicate slugs, aliases). */
    public record Lines(java.util.Map<String, Integer> byPath, int start) implements Serializable {
        /** The line of a field's key ({@code slug}, {@code aliases[1]}), or the front matter's start when absent. */
        public int of(String path) {
            return byPath.getOrDefault(path, start);
        }
    }

    public enum Status {
        PUBLISHED, DRAFT, WITHDRAWN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Change(Moment date, String note) implements Serializable {
    }

    public record Event(String name, Moment start, Moment end, String venue, Long participants, String theme,
                        String organizer) implements Serializable {
    }

    public record Speaker(String name, String role, String organization) implements Serializable {
    }

    public record Figure(String label, Number value, String unit, Integer year) implements Serializable {
    }

    /** @param url the published path of the file, e.g. {@code /berita/2023/foto.jpg} */
    public record Image(String src, String url, String alt, String caption, String credit) implements Serializable {
    }

    public record Attachment(String src, String url, String title) implements Serializable {
    }

    public record Source(String name, String url) implements Serializable {
    }

    public record Contact(String name, String phone, String email) implements Serializable {
    }
}
