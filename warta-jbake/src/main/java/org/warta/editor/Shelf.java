package org.warta.editor;

import org.warta.content.ContentException;
import org.warta.content.FrontMatter;
import org.warta.content.Moment;
import org.warta.content.ParsedRelease;
import org.warta.content.Problem;
import org.warta.content.Release;
import org.warta.content.ReleaseReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every release file as the editor's list shows it: title, date, section, state and problems, each file read and
 * checked by the bake's own reader once per version of it (by size and modification time).
 */
final class Shelf {
    /**
     * One release file.
     *
     * @param name     its name under {@code content/} ({@code berita/2023/a.md})
     * @param title    its title, or its file name when the title cannot be read
     * @param date     its date as written, or "" when it cannot be read
     * @param release  the checked release, or null when it has problems
     * @param problems what the bake would print about it
     */
    record Entry(String name, String title, String date, Release release, List<Problem> problems) {
        String section() {
            return name.substring(0, name.indexOf('/'));
        }
    }

    private record Stamp(long size, long modified) {
    }

    private record Kept(Stamp stamp, Entry entry) {
    }

    private final ReleaseFiles files;
    private final ReleaseReader reader;
    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    /** The spellings of the releases as last read, and the count of reads they were made after. */
    private volatile Vocabulary vocabulary;
    private volatile long vocabularyAt = -1;
    /** Counts the files read again or gone: what the list shows changed. */
    private final AtomicLong changes = new AtomicLong();

    Shelf(ReleaseFiles files, ReleaseReader reader) {
        this.files = files;
        this.reader = reader;
    }

    /** Every release file, newest date first. */
    List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Path> all = files.all();
        if (kept.keySet().retainAll(new HashSet<>(all))) changes.incrementAndGet();
        // the first list reads every file (seconds for thousands): on every core, as the bake's crawl does
        try {
            entries.addAll(all.parallelStream().map(this::entry).toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::name));
        return entries;
    }

    /** The releases without problems, for the spellings already used. */
    Vocabulary vocabulary() throws IOException {
        List<Entry> entries = entries();
        long now = changes.get();
        if (vocabulary == null || vocabularyAt != now) {
            vocabulary = new Vocabulary(entries.stream().map(Entry::release).filter(Objects::nonNull).toList());
            vocabularyAt = now;
        }
        return vocabulary;
    }

    private Entry entry(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return new Entry(files.name(file), files.name(file), "", null, List.of(new Problem("content/" + files.name(file), 1,
                    "berkas", "berkas ini baru saja dihapus atau dipindahkan; muat ulang daftar")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        Kept known = kept.get(file);
        if (known != null && known.stamp().equals(stamp)) return known.entry();
        Entry entry = read(file);
        kept.put(file, new Kept(stamp, entry));
        changes.incrementAndGet();
        return entry;
    }

    private Entry read(Path file) {
        String name = files.name(file);
        try {
            byte[] bytes = ParsedRelease.readFile(files.content().getParent(), files.content(), file);
            try {
                Release release = ParsedRelease.of(reader, file, bytes).release();
                return new Entry(name, release.title(), release.date().iso(), release, List.of());
            } catch (ContentException e) {
                return unreadable(name, bytes, e.problems());
            }
        } catch (ContentException e) {
            return new Entry(name, name, "", null, e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            return new Entry(name, name, "", null, List.of(ParsedRelease.unexpected(files.content().getParent(), file, e)));
        }
    }

    /** A file with problems: its title and date as written, where the front matter can be read at all. */
    private static Entry unreadable(String name, byte[] bytes, List<Problem> problems) {
        String title = name;
        String date = "";
        try {
            FrontMatter fm = FrontMatter.parse(name, bytes);
            if (fm.text("title") != null && !fm.text("title").isBlank()) title = fm.text("title");
            if (fm.text("date") != null) date = fm.text("date");
        } catch (ContentException e) {
            // the problems already say why
        }
        return new Entry(name, title, date, null, problems);
    }

    /** The state of a release for its author: draft, online, scheduled until its date, withdrawn. */
    static String state(Release release, Clock clock) {
        return switch (release.status()) {
            case DRAFT -> "Draf";
            case WITHDRAWN -> "Ditarik";
            case PUBLISHED -> release.date().instant().isAfter(clock.instant())
                    ? "Terjadwal, terbit " + Dates.shown(release.date()) : "Terbit";
        };
    }

    /** Dates as the editor shows them. */
    static final class Dates {
        private static final DateTimeFormatter DAY =
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("HH.mm", Locale.forLanguageTag("id-ID"));

        private Dates() {
        }

        /** {@code 25 Mei 2023}, or {@code 25 Mei 2023 pukul 09.00 (+07:00)}. */
        static String shown(Moment moment) {
            String day = moment.date().format(DAY);
            if (!moment.hasTime()) return day;
            return day + " pukul " + moment.dateTime().format(TIME) + " (" + moment.dateTime().getOffset() + ")";
        }

        /** Today in the site's zone. */
        static LocalDate today(Clock clock, ZoneId zone) {
            return LocalDate.now(clock.withZone(zone));
        }
    }
}
