package org.warta.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every HTML page of a baked site and checks that each link, image, stylesheet, script, form and
 * redirect that stays on the site resolves to a file of the site, and that every image has alt text.
 */
public final class LinkCheck {
    /** What an element's address names: by tag, the attribute holding it and the word for it in a problem. */
    private record Target(String tag, String attribute, String noun) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("a", "href", "tautan"), new Target("link", "href", "tautan"), new Target("area", "href", "tautan"),
            new Target("img", "src", "gambar"), new Target("source", "src", "berkas"), new Target("script", "src", "skrip"),
            new Target("iframe", "src", "bingkai"), new Target("form", "action", "formulir"));

    private final Path site;
    private final String host;
    /** The site's files, relative with '/' ("berita/2023/x/index.html"): read once, so a link costs no disk access. */
    private volatile Set<String> files;

    /**
     * @param site the baked site's folder
     * @param host the site's own address ({@code https://diskopukm.example.go.id}); links to it count as internal
     */
    public LinkCheck(Path site, String host) {
        this.site = site.toAbsolutePath().normalize();
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    /** Every broken target, as {@code <page>: <what is wrong>}, in page order. */
    public List<String> problems() {
        files = readFiles();
        return files.stream().filter(f -> f.endsWith(".html")).sorted().map(site::resolve).parallel()
                .flatMap(f -> check(f).stream()).toList();
    }

    /**
     * The problems of one page, in the order of {@link #TARGETS}, then redirects, then images without alt text;
     * the page is walked once.
     */
    private List<String> check(Path file) {
        String page = "/" + site.relativize(file).toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1");
        Document document;
        try {
            document = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<List<String>> found = new ArrayList<>();
        for (int i = 0; i < TARGETS.size() + 2; i++) found.add(new ArrayList<>());
        List<String> redirects = found.get(TARGETS.size());
        List<String> withoutAlt = found.get(TARGETS.size() + 1);
        for (Element element : document.getAllElements()) {
            String tag = element.tagName();
            for (int i = 0; i < TARGETS.size(); i++) {
                Target target = TARGETS.get(i);
                if (!target.tag().equals(tag) || !element.hasAttr(target.attribute())) continue;
                String url = element.attr(target.attribute());
                if (!resolves(page, url)) found.get(i).add(page + ": " + target.noun() + " \"" + url + "\" tidak ada di situs");
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                String content = element.attr("content");
                int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
                String url = at < 0 ? "" : content.substring(at + 4).strip();
                if (!resolves(page, url)) redirects.add(page + ": pengalihan ke \"" + url + "\" tidak ada di situs");
            }
            if (tag.equals("img") && element.attr("alt").isBlank()) {
                withoutAlt.add(page + ": gambar \"" + element.attr("src") + "\" tanpa teks alt");
            }
        }
        return found.stream().flatMap(List::stream).toList();
    }

    /** Whether a URL on a page is outside the site, or names a file of the site. */
    boolean resolves(String page, String url) {
        String target = url.strip();
        if (target.equals(host)) target = "/";
        if (target.startsWith(host + "/")) target = target.substring(host.length());
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:") || lower.startsWith("tel:")
                || lower.startsWith("//")) {
            return true;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) return false; // javascript:, data: and the like never resolve
        int cut = indexOfAny(target, '?', '#');
        String path = cut < 0 ? target : target.substring(0, cut);
        if (path.isEmpty()) return !target.isEmpty(); // "#top", "?q=": the page itself; "" links nowhere
        String absolute = path.startsWith("/") ? path : page.substring(0, page.lastIndexOf('/') + 1) + path;
        Path file;
        try {
            file = site.resolve(URLDecoder.decode(absolute.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!file.startsWith(site)) return false;
        String relative = site.relativize(file).toString().replace('\\', '/');
        String folderPage = relative.isEmpty() ? "index.html" : relative + "/index.html";
        Set<String> known = files();
        if (absolute.endsWith("/")) return known.contains(folderPage);
        return known.contains(relative) || known.contains(folderPage);
    }

    /** The site's files, read now if {@link #problems} has not read them. */
    private Set<String> files() {
        Set<String> known = files;
        if (known == null) files = known = readFiles();
        return known;
    }

    private Set<String> readFiles() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + site, e);
        }
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
