package org.warta.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.warta.markup.HtmlScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every HTML page of a baked site and checks that each link, image, stylesheet, script, form and
 * redirect that stays on the site resolves to a file of the site (each candidate of a {@code srcset} too), and that
 * every image has alt text (but a list's decorative thumbnail, whose {@code alt=""} says so).
 */
public final class LinkCheck {
    /** What an element's address names: by tag, the attribute holding it and the word for it in a problem. */
    record Target(String tag, String attribute, String noun) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("a", "href", "tautan"), new Target("link", "href", "tautan"), new Target("area", "href", "tautan"),
            new Target("img", "src", "gambar"), new Target("source", "src", "berkas"), new Target("script", "src", "skrip"),
            new Target("iframe", "src", "bingkai"), new Target("form", "action", "formulir"));

    /** What every page Warta's templates write has in its head (layout.ftl, alias.ftl). */
    static final String GENERATOR = "<meta name=\"generator\" content=\"Warta\">";
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");
    private final Path site;
    private final String host;
    private final Links previous;
    private final Predicate<String> unchanged;
    /** What this run reads, kept only for a check that took a previous run's (a published bake keeps nothing). */
    private final Links links;
    /** The site's files, relative with '/' ("berita/2023/x/index.html"): read once, so a link costs no disk access. */
    private volatile Set<String> files;
    /** Whether each absolute path met so far names a file of the site. */
    private final Map<String, Boolean> resolved = new ConcurrentHashMap<>();

    /**
     * What one page names: per {@link #TARGETS} entry (then redirects) the addresses in page order, and the images
     * without alt text.
     */
    record PageLinks(List<List<String>> addresses, List<String> withoutAlt) implements java.io.Serializable {
    }

    /** The addresses a run read from each page (by file), for a later run over pages that have not changed. */
    public static final class Links {
        private final Map<String, PageLinks> pages = new ConcurrentHashMap<>();

        public Links() {
        }

        /** What a run read, as {@link #pages} gave it (kept between builds by {@link KeptLinks}). */
        Links(Map<String, PageLinks> pages) {
            this.pages.putAll(pages);
        }

        /** What was read from each page, by file. */
        Map<String, PageLinks> pages() {
            return java.util.Collections.unmodifiableMap(pages);
        }

        /** Pages whose addresses are known. */
        public int size() {
            return pages.size();
        }
    }

    /**
     * @param site the baked site's folder
     * @param host the site's own address ({@code https://diskopukm.example.go.id}); links to it count as internal
     */
    public LinkCheck(Path site, String host) {
        this(site, host, null, file -> false);
    }

    /**
     * A check that reads again only the pages that changed since a run that gave {@code previous}: a page for which
     * {@code unchanged} holds (the same bytes as then, e.g. {@code "berita/2023/x/index.html"}) names the same
     * addresses, which are resolved against this site's files.
     */
    public LinkCheck(Path site, String host, Links previous, Predicate<String> unchanged) {
        this.site = site.toAbsolutePath().normalize();
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        this.previous = previous;
        this.unchanged = unchanged;
        this.links = previous == null ? null : new Links();
    }

    /** Every broken target, as {@code <page>: <what is wrong>}, in page order. */
    public List<String> problems() {
        files = readFiles();
        resolved.clear(); // what was looked up against an older listing
        return files.stream().filter(f -> f.endsWith(".html")).sorted().parallel()
                .flatMap(f -> check(f).stream()).toList();
    }

    /**
     * The addresses {@link #problems} read (or took over) from each page, for the next run.
     *
     * @throws IllegalStateException for a check made without a previous run's links, which keeps none
     */
    public Links links() {
        if (links == null) throw new IllegalStateException("a LinkCheck made without a previous run's links keeps none");
        return links;
    }

    /**
     * The problems of one page, in the order of {@link #TARGETS}, then redirects, then images without alt text.
     */
    private List<String> check(String file) {
        String page = "/" + (file.equals("index.html") ? "" : file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length()) : file);
        PageLinks named = previous != null && unchanged.test(file) ? previous.pages.get(file) : null;
        if (named == null) named = read(site.resolve(file));
        if (links != null) links.pages.put(file, named);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i <= TARGETS.size(); i++) {
            for (String url : named.addresses().get(i)) {
                if (resolves(page, url)) continue;
                problems.add(i < TARGETS.size()
                        ? page + ": " + TARGETS.get(i).noun() + " \"" + url + "\" tidak ada di situs"
                        : page + ": pengalihan ke \"" + url + "\" tidak ada di situs");
            }
        }
        for (String src : named.withoutAlt()) problems.add(page + ": gambar \"" + src + "\" tanpa teks alt");
        return problems;
    }

    /** The addresses a page names, the page read once. */
    private static PageLinks read(Path file) {
        try {
            // malformed bytes (an HTML file someone put in assets/) read as U+FFFD, as jsoup would
            return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The addresses a page names: in the order of {@link #TARGETS}, then redirects; and its images without alt text.
     * A page Warta's templates wrote (its {@value #GENERATOR} in its head) is read with {@link HtmlScan}, in one pass
     * (LinkCheckScanTest: it finds what jsoup's document of it gives, on every page of a bake); any other HTML file
     * (one put in assets/, which the scan is not made for) with jsoup.
     */
    static PageLinks read(String html) {
        int head = html.indexOf("</head>");
        boolean ours = html.lastIndexOf(GENERATOR, head < 0 ? 4096 : head) >= 0;
        return ours ? scan(html) : readWithJsoup(html);
    }

    /** What the link check reads of a page it did not write (an HTML file from assets/): jsoup's document of it. */
    static PageLinks readWithJsoup(String html) {
        Reading reading = new Reading();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            reading.element(element.tagName(), element::hasAttr, element::attr,
                    element.parent() != null && element.parent().hasClass("card__thumb"));
        }
        return reading.links();
    }

    /** What {@link HtmlScan} reads of a page. */
    static PageLinks scan(String html) {
        Reading reading = new Reading();
        HtmlScan.scan(html, new HtmlScan.Handler() {
            @Override
            public void start(HtmlScan.Element element, List<HtmlScan.Element> open) {
                // only an image's parent matters (a thumbnail's alt text): the class of no other is read
                reading.element(element.tag(), element::has, element::attr, element.tag().equals("img")
                        && !open.isEmpty() && open.get(open.size() - 1).hasClass("card__thumb"));
            }
        });
        return reading.links();
    }

    /** The addresses of a page, element by element in page order, whichever reader reads them. */
    private static final class Reading {
        private final List<List<String>> addresses = new ArrayList<>();
        private final List<String> withoutAlt = new ArrayList<>();

        Reading() {
            for (int i = 0; i <= TARGETS.size(); i++) addresses.add(new ArrayList<>());
        }

        /**
         * One element: its tag, whether it has an attribute, an attribute's value ("" without it), and whether its
         * parent is a list's thumbnail.
         */
        void element(String tag, Predicate<String> has, Function<String, String> attr, boolean inThumbnail) {
            for (int i = 0; i < TARGETS.size(); i++) {
                Target target = TARGETS.get(i);
                if (target.tag().equals(tag) && has.test(target.attribute())) addresses.get(i).add(attr.apply(target.attribute()));
                // every candidate of a srcset ("a.webp 480w, b.webp 800w") is checked as the src is
                if (target.noun().equals("gambar") && (tag.equals("img") || tag.equals("source")) && has.test("srcset")) {
                    for (String candidate : attr.apply("srcset").split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) addresses.get(i).add(url);
                    }
                }
            }
            if (tag.equals("meta") && attr.apply("http-equiv").equalsIgnoreCase("refresh")) {
                String content = attr.apply("content");
                int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
                addresses.get(TARGETS.size()).add(at < 0 ? "" : content.substring(at + 4).strip());
            }
            // alt="" marks an image as decorative (WCAG H67): only a list's thumbnail is, beside its release's title
            boolean decorative = has.test("alt") && attr.apply("alt").isEmpty() && inThumbnail;
            if (tag.equals("img") && attr.apply("alt").isBlank() && !decorative) withoutAlt.add(attr.apply("src"));
        }

        PageLinks links() {
            return new PageLinks(addresses, withoutAlt);
        }
    }

    /** Whether a URL on a page is outside the site, or names a file of the site. */
    boolean resolves(String page, String url) {
        // most addresses are a path of the site, the same on page after page (menu, stylesheet, lists): each is
        // looked up once, without the steps below (which leave such a path as it is)
        if (isPlainPath(url)) return resolved.computeIfAbsent(url, this::names);
        String target = url.strip();
        if (target.equals(host)) target = "/";
        if (target.startsWith(host + "/")) target = target.substring(host.length());
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:") || lower.startsWith("tel:")
                || lower.startsWith("//")) {
            return true;
        }
        if (OTHER_SCHEME.matcher(lower).matches()) return false; // javascript:, data: and the like never resolve
        int cut = indexOfAny(target, '?', '#');
        String path = cut < 0 ? target : target.substring(0, cut);
        if (path.isEmpty()) return !target.isEmpty(); // "#top", "?q=": the page itself; "" links nowhere
        String absolute = path.startsWith("/") ? path : page.substring(0, page.lastIndexOf('/') + 1) + path;
        // most addresses recur on page after page (menu, stylesheet, lists): each is looked up once
        return resolved.computeIfAbsent(absolute, this::names);
    }

    /** Whether an absolute path on the site ({@code /berita/2023/x/}, percent-encoded) names a file of the site. */
    /** An address that is a path from the site's root and nothing else: {@code /berita/2023/x/}, not {@code //x}, {@code /?q=}. */
    private static boolean isPlainPath(String url) {
        if (url.length() < 2 || url.charAt(0) != '/' || url.charAt(1) == '/') return url.equals("/");
        if (Character.isWhitespace(url.charAt(url.length() - 1))) return false;
        return url.indexOf('?') < 0 && url.indexOf('#') < 0;
    }

    private boolean names(String absolute) {
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
