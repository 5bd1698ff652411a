package org.warta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Each code point's canonical decomposition without its combining marks, as far as met ({@link #fold}); the
     * same for every bake and thread.
     */
    private static final Map<Integer, String> BARE = new ConcurrentHashMap<>();

    /**
     * Lower case (root locale), accents and other combining marks removed: the text's canonical decomposition (NFD)
     * without marks, then lower case. The decomposition is made code point by code point (remembered in
     * {@link #BARE}): a code point's canonical decomposition does not depend on its neighbours, and the canonical
     * reordering NFD adds only moves marks, which go. Normalising a whole release at once was most of the index's
     * time on a text with a single dash in it.
     */
    public static String fold(String text) {
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        StringBuilder bare = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80) bare.append((char) c);
            else bare.append(BARE.computeIfAbsent(c, Terms::bare));
            i += Character.charCount(c);
        }
        return bare.toString().toLowerCase(Locale.ROOT);
    }

    private static String bare(int codePoint) {
        return MARKS.matcher(Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD)).replaceAll("");
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
