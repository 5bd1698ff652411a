package org.warta.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The contract's slug of a name: lower case, diacritics dropped, other runs one '-', none at either end. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    /** What an author may write in {@code slug}. */
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    /** {@code H.M. Dianto} → {@code h-m-dianto}; {@code Sulawesi Tenggara} → {@code sulawesi-tenggara}. */
    public static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = OTHERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') start++;
        while (end > start && slug.charAt(end - 1) == '-') end--;
        return slug.substring(start, end);
    }
}
