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
import java.util.stream.Stream;

/**
 * Reads every HTML page of a baked site and checks that each link, image, stylesheet, script, form and
 * redirect that stays on the site resolves to a file of the site, and that every image has alt text.
 */
public final class LinkCheck {
    private static final String[][] TARGETS = {
            {"a[href]", "href", "tautan"}, {"link[href]", "href", "tautan"}, {"area[href]", "href", "tautan"},
            {"img[src]", "src", "gambar"}, {"source[src]", "src", "berkas"}, {"script[src]", "src", "skrip"},
            {"iframe[src]", "src", "bingkai"}, {"form[action]", "action", "formulir"}};

    private final Path site;
    private final String host;

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
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().parallel()
                    .flatMap(f -> check(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + site, e);
        }
    }

    private List<String> check(Path file) {
        String page = "/" + site.relativize(file).toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1");
        Document document;
        try {
            document = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> problems = new ArrayList<>();
        for (String[] target : TARGETS) {
            for (Element element : document.select(target[0])) {
                String url = element.attr(target[1]);
                if (!resolves(page, url)) problems.add(page + ": " + target[2] + " \"" + url + "\" tidak ada di situs");
            }
        }
        for (Element refresh : document.select("meta[http-equiv=refresh]")) {
            String content = refresh.attr("content");
            int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
            String url = at < 0 ? "" : content.substring(at + 4).strip();
            if (!resolves(page, url)) problems.add(page + ": pengalihan ke \"" + url + "\" tidak ada di situs");
        }
        for (Element image : document.select("img")) {
            if (image.attr("alt").isBlank()) problems.add(page + ": gambar \"" + image.attr("src") + "\" tanpa teks alt");
        }
        return problems;
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
        if (absolute.endsWith("/")) return Files.isRegularFile(file.resolve("index.html"));
        return Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
