package org.warta.site;

import org.warta.photos.Photos;

import org.warta.content.Addresses;
import org.warta.content.ContentException;
import org.warta.content.ParsedRelease;
import org.warta.content.Problem;
import org.warta.content.Release;
import org.warta.content.Slugs;
import org.warta.export.PlainText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The releases a bake publishes, as the crawl parsed them and checked together:
 * drafts never (but in the preview, {@link SiteSettings#drafts()}), releases dated after the bake (embargoed) not
 * yet. Every grouping is one pass over the releases.
 */
public final class Catalog {
    /** Newest first; ties broken by section and slug so that every bake orders alike. */
    public static final Comparator<Release> NEWEST_FIRST = Comparator
            .comparing((Release r) -> r.date().instant()).reversed()
            .thenComparing(Release::section).thenComparing(Release::slug);

    private final SiteSettings site;
    private final List<Release> online;
    private final List<Release> listed;
    private final Map<Release, String> bodies;
    private final Map<Release, String> sources;
    /** Made once per bake, read by the steps that the bake writes at the same time. */
    private final Map<Release, String> plainTexts = Collections.synchronizedMap(new IdentityHashMap<>());
    private final int embargoed;
    private final Instant now;
    private final List<Problem> problems;
    /** The photos of the online releases, attached once by the bake's photo stage ({@link #attach}). */
    private Photos photos;

    private Catalog(SiteSettings site, List<Release> online, Map<Release, String> bodies, Map<Release, String> sources,
                    int embargoed, List<Problem> problems, Instant now) {
        this.site = site;
        this.online = List.copyOf(online);
        this.listed = online.stream().filter(r -> r.status() != Release.Status.WITHDRAWN).toList();
        this.bodies = bodies;
        this.sources = sources;
        this.embargoed = embargoed;
        this.now = now;
        // a file reached twice (through a link loop the crawl followed) is reported once
        this.problems = problems.stream().distinct().toList();
    }

    /**
     * The releases a bake read ({@code releases}; {@code problems}: those of the files that could not be read) with
     * the rules that span releases checked; keeps the valid ones online at {@code now}. A catalog with
     * {@link #problems()} must not be published.
     */
    public static Catalog of(List<ParsedRelease> releases, List<Problem> problems, SiteSettings site, Instant now) {
        List<Problem> all = new ArrayList<>(problems);
        List<Release> read = new ArrayList<>();
        Map<Release, String> bodies = new IdentityHashMap<>();
        Map<Release, String> sources = new IdentityHashMap<>();
        for (ParsedRelease parsed : releases) {
            Release release = parsed.release();
            read.add(release);
            bodies.put(release, parsed.bodyHtml());
            String source = parsed.source();
            sources.put(release, source.startsWith("\uFEFF") ? source.substring(1) : source);
        }
        all.addAll(Addresses.check(read, file -> isStaticFile(site, file)));

        List<Release> online = new ArrayList<>();
        int embargoed = 0;
        for (Release release : read) {
            if (release.status() == Release.Status.DRAFT && !site.drafts()) continue;
            if (release.date().instant(site.zone()).isAfter(now)) {
                embargoed++;
                continue;
            }
            online.add(release);
        }
        online.sort(NEWEST_FIRST);
        return new Catalog(site, online, bodies, sources, embargoed, all, now);
    }

    /** Whether a site path is a file JBake copies from assets/ or from beside the releases in content/. */
    private static boolean isStaticFile(SiteSettings site, String file) {
        return Files.isRegularFile(site.assetsDir().resolve(file))
                || (!file.endsWith(".md") && Files.isRegularFile(site.contentDir().resolve(file)));
    }

    /** Every problem of every release file, and of releases together; empty when the content is valid. */
    public List<Problem> problems() {
        return problems;
    }

    public SiteSettings site() {
        return site;
    }

    /** Every release with a page: published and withdrawn (drafts too in the preview), newest first. */
    public List<Release> online() {
        return online;
    }

    /** The releases lists and feeds show: published (drafts too in the preview), newest first. */
    public List<Release> listed() {
        return listed;
    }

    /** A release's body as sanitised HTML, its images shown as pictures once the photos are attached. */
    public String body(Release release) {
        String body = bodies.get(release);
        return photos == null ? body : photos.body(release, body);
    }

    /**
     * Attaches the photos made for this catalog's releases (once): pages show them, bodies show their pictures.
     *
     * @throws IllegalStateException when photos are attached already
     */
    public void attach(Photos made) {
        if (photos != null) throw new IllegalStateException("photos are attached already");
        photos = java.util.Objects.requireNonNull(made, "photos");
    }

    /**
     * The photos of the online releases.
     *
     * @throws IllegalStateException before the photo stage attached them
     */
    public Photos photos() {
        if (photos == null) throw new IllegalStateException("the photo stage has not run");
        return photos;
    }

    /** A release's body as plain text ({@link PlainText}), made once per bake. */
    public String plainText(Release release) {
        String text = plainTexts.get(release);
        if (text == null) {
            // made outside the lock (two threads may both make it: the same text)
            text = PlainText.of(bodies.get(release));
            plainTexts.putIfAbsent(release, text);
        }
        return text;
    }

    /** A release's file as the author wrote it (without a byte-order mark): its Markdown source. */
    public String source(Release release) {
        return sources.get(release);
    }

    /** The bake's clock: what is embargoed, which meetings are still to come. */
    public Instant now() {
        return now;
    }

    /** Releases dated after this bake, held back until a later one. */
    public int embargoed() {
        return embargoed;
    }

    /** Listed releases of one section, in {@link Release#SECTIONS} order, sections without releases too. */
    public Map<String, List<Release>> bySection() {
        Map<String, List<Release>> groups = new LinkedHashMap<>();
        Release.SECTIONS.forEach(s -> groups.put(s, new ArrayList<>()));
        listed.forEach(r -> groups.get(r.section()).add(r));
        return groups;
    }

    /** Listed releases by year (newest year first), then by month (newest first). */
    public Map<Integer, Map<Integer, List<Release>>> byYearAndMonth() {
        Map<Integer, Map<Integer, List<Release>>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Release r : listed) {
            years.computeIfAbsent(r.date().year(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(r.date().date().getMonthValue(), m -> new ArrayList<>()).add(r);
        }
        return years;
    }

    /** Listed releases per province, by the province's slug, provinces in alphabetical order. */
    public Map<String, Group> byProvince() {
        return group(r -> r.province() == null ? List.of() : List.of(r.province()));
    }

    /** Listed releases per topic, by the topic's slug. */
    public Map<String, Group> byTopic() {
        return group(Release::topics);
    }

    /** Listed releases per speaker, by the speaker's slug. */
    public Map<String, Group> bySpeaker() {
        return group(r -> r.speakers().stream().map(Release.Speaker::name).toList());
    }

    private Map<String, Group> group(Function<Release, List<String>> names) {
        Map<String, Group> groups = new HashMap<>();
        for (Release r : listed) {
            for (String name : names.apply(r)) {
                String slug = Slugs.of(name);
                Group group = groups.computeIfAbsent(slug, s -> new Group(name, s, new ArrayList<>()));
                List<Release> members = group.releases();
                if (members.isEmpty() || members.get(members.size() - 1) != r) members.add(r);
            }
        }
        Map<String, Group> sorted = new LinkedHashMap<>();
        groups.values().stream().sorted(Comparator.comparing(Group::slug)).forEach(g -> sorted.put(g.slug(), g));
        return sorted;
    }

    /**
     * Releases sharing a province, topic or speaker.
     *
     * @param name the name as the newest release writes it
     */
    public record Group(String name, String slug, List<Release> releases) {
    }
}
