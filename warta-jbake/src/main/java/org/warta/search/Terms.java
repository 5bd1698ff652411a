package org.warta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text to search terms, the same way at bake time and in the browser ({@code warta-jbake/src/main/resources/org/warta/render/cari.js}): fold (lower
 * case, accents removed: "Démokrasi" → "demokrasi"), split on anything that is not a letter or digit (so
 * "koperasi-koperasi" gives two words and "UMKM" one), then stem each word with {@link IndonesianStemmer}.
 */
public final class Terms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Terms() {
    }

    /** Lower case (root locale), accents and other combining marks removed. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(fold(text))) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /** The stemmed terms of {@code text}, in order (one per word). */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String w : words(text)) terms.add(IndonesianStemmer.stem(w));
        return terms;
    }
}
