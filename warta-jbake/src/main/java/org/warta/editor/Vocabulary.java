package org.warta.editor;

import org.warta.content.Release;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;

/**
 * The topics and speakers the releases already name, as they spell them: offered while typing, and taken instead of
 * the same name typed in other capitals or spacing, so that "Pengawasan Koperasi" and "pengawasan koperasi" never
 * become two topic pages.
 */
final class Vocabulary {
    static final Vocabulary NONE = new Vocabulary(List.of());

    /** Each name by its folded form (lower case, single spaces); the first spelling met is kept. */
    private final Map<String, String> topics = new TreeMap<>();
    private final Map<String, String> speakers = new TreeMap<>();

    Vocabulary(Collection<Release> releases) {
        for (Release release : releases) {
            release.topics().forEach(topic -> topics.putIfAbsent(fold(topic), topic));
            release.speakers().forEach(speaker -> speakers.putIfAbsent(fold(speaker.name()), speaker.name()));
        }
    }

    /** The known spelling of a topic, or the topic as given. */
    String topic(String typed) {
        return topics.getOrDefault(fold(typed), typed);
    }

    /** The known spelling of a speaker's name, or the name as given. */
    String speaker(String typed) {
        return speakers.getOrDefault(fold(typed), typed);
    }

    SortedSet<String> topics() {
        return new TreeSet<>(topics.values());
    }

    SortedSet<String> speakers() {
        return new TreeSet<>(speakers.values());
    }

    private static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("id-ID"));
    }
}
