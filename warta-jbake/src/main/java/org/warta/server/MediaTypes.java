package org.warta.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Content-Type of each kind of file a site holds, by file name, as a static host should send it: the one list
 * the preview serves by and the nginx and Apache configurations are written from.
 */
public final class MediaTypes {
    /** Every Atom feed of the site is named so ({@code /feed.xml}, {@code /berita/feed.xml} …). */
    public static final String FEED_NAME = "feed.xml";
    public static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> TYPES = new TreeMap<>(Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            // what offices attach to a release besides PDFs
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4")));

    private MediaTypes() {
    }

    /** The type of a file or path by its name; an Atom feed by {@link #FEED_NAME}; {@code application/octet-stream} when unknown. */
    public static String of(String name) {
        if (name.equals(FEED_NAME) || name.endsWith("/" + FEED_NAME)) return ATOM;
        return TYPES.getOrDefault(extension(name), UNKNOWN);
    }

    /** Every extension this list knows, with its type, in the order of the extensions. */
    public static Map<String, String> byExtension() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    /** A type without its parameters: {@code text/html} of {@code text/html; charset=utf-8}. */
    public static String bare(String type) {
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon);
    }

    /** Whether a file of this type is text, and worth compressing ahead of time. */
    public static boolean isText(String type) {
        return type.contains("charset=") || bare(type).equals("image/svg+xml");
    }

    /** The extension of a path's last segment, lower case; empty when it has none ({@code /berita/}). */
    public static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
