package org.warta.content;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with one release, printed as {@code content/<path>:<line>: <field>: <message>}.
 *
 * @param file    the file, relative to the project folder, with forward slashes (e.g. {@code content/berita/2023/a.md})
 * @param line    1-based line of the offending key, or of the front matter's start when a key is missing
 * @param field   the field's path ({@code title}, {@code event.start}, {@code speakers[2].role}), or what part of the file
 * @param message plain Indonesian: what is wrong, quoting the bad value, and what is expected
 */
public record Problem(String file, int line, String field, String message) {

    /** Problems in file order, then line order. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::field).thenComparing(Problem::message);

    private static final Pattern PRINTED = Pattern.compile("(.+?):(\\d+): (.+?): (.*)", Pattern.DOTALL);

    /** Reads a problem back from its printed form, {@link #toString()}. */
    public static Problem parse(String printed) {
        Matcher m = PRINTED.matcher(printed);
        if (!m.matches()) throw new IllegalArgumentException("not a printed problem: \"" + printed + "\"");
        return new Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
