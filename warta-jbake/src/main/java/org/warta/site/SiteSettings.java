package org.warta.site;

import org.warta.content.ReleaseReader;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The site's settings from {@code jbake.properties}. Locale and time zone are always taken from there,
 * never from the machine. {@code about} ({@code site.about}, optional) is the paragraph about the office that ends
 * every release, as an official press release ends. {@code address}, {@code city} and {@code logo}
 * ({@code site.address}, {@code site.city}, {@code site.logo}, optional) make the letterhead (<i>kop surat</i>) a
 * printed release opens with, and its place and date line.
 */
public record SiteSettings(String title, String office, String description, String host, Locale locale, ZoneId zone,
                           String contactName, String contactPhone, String contactEmail, String about,
                           String address, String city, String logo,
                           Path projectDir, Path contentDir, Path assetsDir,
                           boolean drafts) {

    /**
     * The setting the preview sets on its own bakes, never written in jbake.properties: drafts get pages and are
     * listed, marked as drafts, so that a writer sees a new release before publishing it.
     */
    public static final String PREVIEW_DRAFTS = "warta.pratinjau.draf";

    /** Releases on one page of a list (content contract, section 2). */
    public static final int PAGE_SIZE = 10;
    /** Entries in a feed. */
    public static final int FEED_SIZE = 20;

    /**
     * The settings of {@code jbake.properties}, read by key ({@code settings} gives a key's value or null), for a
     * project whose folders are given; {@code drafts}: whether drafts get pages (only in the preview).
     *
     * @throws IllegalStateException naming a key that is missing
     */
    public static SiteSettings from(Function<String, Object> settings, Path projectDir, Path contentDir, Path assetsDir,
                                    boolean drafts) {
        String host = required(settings, "site.host");
        while (host.endsWith("/")) host = host.substring(0, host.length() - 1);
        return new SiteSettings(
                required(settings, "site.title"),
                required(settings, "site.office"),
                required(settings, "site.description"),
                host,
                Locale.forLanguageTag(required(settings, "site.locale")),
                ZoneId.of(required(settings, "site.timezone")),
                required(settings, "contact.name"),
                required(settings, "contact.phone"),
                required(settings, "contact.email"),
                optional(settings, "site.about"),
                optional(settings, "site.address"),
                optional(settings, "site.city"),
                logo(optional(settings, "site.logo")),
                projectDir, contentDir, assetsDir, drafts);
    }

    /** The reader that checks release files of this project. */
    public ReleaseReader reader() {
        return new ReleaseReader(projectDir, contentDir, assetsDir, zone);
    }

    /** The {@code lang} attribute: {@code id}. */
    public String language() {
        return locale.toLanguageTag().split("-")[0];
    }

    /** The settings templates see as {@code content.site}. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", title);
        view.put("office", office);
        view.put("description", description);
        view.put("host", host);
        view.put("lang", language());
        view.put("locale", locale.toString());
        view.put("timezone", zone.getId());
        view.put("contact", Map.of("name", contactName, "phone", contactPhone, "email", contactEmail));
        if (about != null) view.put("about", about);
        // the letterhead (kop surat) of a printed release
        if (address != null) view.put("address", address);
        if (city != null) view.put("city", city);
        if (logo != null) view.put("logo", logo);
        return view;
    }

    /** The letterhead's logo, drawn in print and in the PDF: an image of assets/ the PDF can hold (PNG or JPEG). */
    private static String logo(String path) {
        if (path == null) return null;
        if (!path.matches("/[^\\s?#]+\\.(png|jpe?g)")) {
            throw new IllegalStateException("jbake.properties: site.logo: \"" + path + "\" harus alamat gambar PNG atau JPEG "
                    + "dari assets/, mis. /icons/ikon-192.png");
        }
        return path;
    }

    /** A setting that may be left out: null when absent or blank. */
    private static String optional(Function<String, Object> settings, String key) {
        Object value = settings.apply(key);
        if (value == null) return null;
        String text = value instanceof List<?> parts ? String.join(", ", parts.stream().map(String::valueOf).toList()) : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    private static String required(Function<String, Object> settings, String key) {
        Object value = settings.apply(key);
        if (value instanceof List<?> parts) value = String.join(", ", parts.stream().map(String::valueOf).toList());
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("jbake.properties: " + key + ": belum diisi; lihat komentar di jbake.properties");
        }
        return value.toString().strip();
    }
}
