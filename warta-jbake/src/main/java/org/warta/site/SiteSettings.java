package org.warta.site;

import org.warta.incremental.PreviousBake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.warta.content.ReleaseReader;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's settings from {@code jbake.properties}. Locale and time zone are always taken from there,
 * never from the machine.
 */
public record SiteSettings(String title, String office, String description, String host, Locale locale, ZoneId zone,
                           String contactName, String contactPhone, String contactEmail,
                           java.nio.file.Path projectDir, java.nio.file.Path contentDir, java.nio.file.Path assetsDir,
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

    public static SiteSettings from(JBakeConfiguration config) {
        String host = required(config, "site.host");
        while (host.endsWith("/")) host = host.substring(0, host.length() - 1);
        return new SiteSettings(
                required(config, "site.title"),
                required(config, "site.office"),
                required(config, "site.description"),
                host,
                Locale.forLanguageTag(required(config, "site.locale")),
                ZoneId.of(required(config, "site.timezone")),
                required(config, "contact.name"),
                required(config, "contact.phone"),
                required(config, "contact.email"),
                config.getSourceFolder().toPath(),
                config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(),
                previewDrafts(config));
    }

    /** Whether drafts are shown: only in the preview, which also hands its {@link PreviousBake} to the bake. */
    private static boolean previewDrafts(JBakeConfiguration config) {
        Object value = config.get(PREVIEW_DRAFTS);
        if (value == null) return false;
        if (PreviousBake.from(config) == null) {
            throw new IllegalStateException(PREVIEW_DRAFTS + " = \"" + value + "\": kunci ini hanya dipasang oleh "
                    + "pratinjau; di jbake.properties ia akan menerbitkan draf. Hapus baris itu.");
        }
        return Boolean.parseBoolean(String.valueOf(value));
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
        return view;
    }

    private static String required(JBakeConfiguration config, String key) {
        Object value = config.get(key);
        if (value instanceof List<?> parts) value = String.join(", ", parts.stream().map(String::valueOf).toList());
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("jbake.properties: " + key + ": belum diisi; lihat komentar di jbake.properties");
        }
        return value.toString().strip();
    }
}
