package org.warta.server;

import org.warta.content.Addresses;
import org.warta.content.Release;
import org.warta.site.Paths;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a web server in front of the published site answers, whichever server it is: the headers every answer
 * carries, how long each file may be cached, and the old addresses that redirect permanently. {@link NginxConfig}
 * and {@link ApacheConfig} write these rules in their servers' languages.
 */
public final class ServerPolicy {
    /**
     * The site's own pages satisfy it: no inline script or style, nothing loaded from elsewhere (bodies lose images
     * from other sites, {@code MarkdownBody}); JSON-LD is data, not script. Share links are navigation, not loads.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** The headers of every answer, the 404 page's and redirects' too, in the order they are written. */
    public static final Map<String, String> HEADERS = orderedMap(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            // only features Chromium knows, so that it logs no warning; the site uses none of them
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    /** The folder whose files never change: the photo stage's files are named by a digest of their source and settings. */
    public static final String IMMUTABLE_FOLDER = Paths.PHOTOS;
    /** Cached a year and never asked again. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /**
     * Everything else: pages, feeds, data, the search index and the assets (whose names carry no digest) change
     * with the next bake, so a reader sees a new release within five minutes.
     */
    public static final String SHORT = "public, max-age=300";
    /** What nginx and Apache may write unquoted in a redirect's target: a release's address never holds more. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9/._~-]*");

    /** An old address that answers 301 with the release's address. {@code from} as a server matches it: decoded. */
    public record Redirect(String from, String to) {
    }

    private ServerPolicy() {
    }

    /** The cache lifetime of a file at {@code path} ({@code /foto/…/x-800.webp}). */
    public static String cacheControl(String path) {
        return path.startsWith(IMMUTABLE_FOLDER) ? IMMUTABLE : SHORT;
    }

    /**
     * Every old address of the releases, in every form a reader may type it, to its release: {@code /x.html} as
     * written; {@code /x/} (and {@code /x}) also as {@code /x} or {@code /x/} and {@code /x/index.html}.
     */
    public static List<Redirect> redirects(List<Release> online) {
        List<Redirect> redirects = new ArrayList<>();
        for (Release release : online) {
            String to = release.permalink();
            if (!PLAIN_PATH.matcher(to).matches()) throw new IllegalStateException("alamat rilis \"" + to + "\" bukan jalur biasa");
            for (String alias : release.aliases()) {
                String decoded = Addresses.decoded(alias);
                Set<String> forms = new LinkedHashSet<>();
                if (Addresses.aliasFile(alias).endsWith("/index.html")) {
                    String folder = decoded.endsWith("/") ? decoded : decoded + "/";
                    forms.add(folder);
                    forms.add(folder + "index.html");
                    forms.add(folder.substring(0, folder.length() - 1));
                } else {
                    forms.add(decoded);
                }
                forms.forEach(from -> redirects.add(new Redirect(from, to)));
            }
        }
        return redirects;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}
