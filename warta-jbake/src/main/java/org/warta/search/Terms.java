package org.warta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text to search terms, the same way at bake time and in the browser ({@code warta-jbake/src/main/resources/org/warta/search/cari.js}): fold (lower
 * case, accents removed: "Démokrasi" → "demokrasi"), split on anything that is not a letter or digit (so
 * "koperasi-koperasi" gives two words and "UMKM" one), then stem each word with {@link IndonesianStemmer}.
 */
public final class Terms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Terms() {
    }

    /** Lower case (root locale), accents and other combining marks removed. */
    public static String fold(String text) {
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text} (its runs of a-z and 0-9 once folded), in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            boolean inWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The stemmed terms of {@code text}, in order (one per word). */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String w : words(text)) terms.add(IndonesianStemmer.stem(w));
        return terms;
    }
}
