package org.warta.search;

/**
 * The text form of a posting list, written by the bake and read by {@code /js/cari.js}: the documents that hold a
 * term (numbers ascending) and, per document, a level 0–15: the term's weight 0–7 in its low three bits and
 * {@link #TITLE} when the term stands in the document's title. Characters come from the
 * URL-safe base-64 alphabet, so a list needs no escaping in JSON. Of two forms the shorter is written:
 * <ul>
 * <li>sparse: per document one number {@code gap * 16 + level}, where gap is the distance from the previous
 *     document (from -1 for the first), as a base-32 varint: a character {@code c} with value ≥ 32 carries the
 *     next 5 bits, one below 32 the last 5;</li>
 * <li>dense: {@code ~}, a bitmap of every document ({@code ceil(n / 6)} characters, document {@code i} in bit
 *     {@code i % 6} of character {@code i / 6}), then the level of each document it holds, one character each.</li>
 * </ul>
 * A phrase pair's list has weight 0 everywhere and {@link #TITLE} where the two words stand side by side in the title.
 */
public final class Postings {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    public static final int LEVELS = 16;
    /** The weights of a level: its low three bits. */
    public static final int WEIGHTS = 8;
    /** The level's bit saying that the term (or the pair) stands in the title. */
    public static final int TITLE = 8;

    private Postings() {
    }

    /**
     * @param docs   document numbers, ascending, {@code count} of them
     * @param levels their levels, 0 to 15
     * @param n      the number of documents in the index
     */
    public static String encode(int[] docs, int[] levels, int count, int n) {
        StringBuilder sparse = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < count; i++) {
            varint(sparse, (long) (docs[i] - previous) * LEVELS + levels[i]);
            previous = docs[i];
        }
        int denseLength = 1 + (n + 5) / 6 + count;
        if (sparse.length() <= denseLength) return sparse.toString();
        int[] bits = new int[(n + 5) / 6];
        for (int i = 0; i < count; i++) bits[docs[i] / 6] |= 1 << (docs[i] % 6);
        StringBuilder dense = new StringBuilder(denseLength).append('~');
        for (int b : bits) dense.append(ALPHABET.charAt(b));
        for (int i = 0; i < count; i++) dense.append(ALPHABET.charAt(levels[i]));
        return dense.toString();
    }

    /** The weight level (0–7) of a weight between 0 and {@code max}. */
    public static int level(double weight, double max) {
        return Math.max(0, Math.min(WEIGHTS - 1, (int) (weight / max * WEIGHTS)));
    }

    /** Reads a list back: {@code [docs, levels]}. The bake never needs it; the tests read what it wrote. */
    public static int[][] decode(String text, int n) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        if (text.startsWith("~")) {
            int width = (n + 5) / 6;
            int k = 0;
            for (int doc = 0; doc < n; doc++) {
                if ((ALPHABET.indexOf(text.charAt(1 + doc / 6)) >> (doc % 6) & 1) == 0) continue;
                out.add(new int[]{doc, ALPHABET.indexOf(text.charAt(1 + width + k))});
                k++;
            }
        } else {
            int doc = -1;
            long value = 0;
            for (int i = 0; i < text.length(); i++) {
                int c = ALPHABET.indexOf(text.charAt(i));
                value = value * 32 + (c & 31);
                if (c < 32) {
                    doc += (int) (value / LEVELS);
                    out.add(new int[]{doc, (int) (value % LEVELS)});
                    value = 0;
                }
            }
        }
        int[][] result = new int[2][out.size()];
        for (int i = 0; i < out.size(); i++) {
            result[0][i] = out.get(i)[0];
            result[1][i] = out.get(i)[1];
        }
        return result;
    }

    /** Big-endian base-32 digits; every digit but the last has 32 added. */
    private static void varint(StringBuilder out, long value) {
        int digits = 1;
        for (long v = value >> 5; v > 0; v >>= 5) digits++;
        for (int d = digits - 1; d >= 0; d--) {
            int digit = (int) (value >> (5 * d)) & 31;
            out.append(ALPHABET.charAt(d > 0 ? digit + 32 : digit));
        }
    }

    /** Appends {@code value} as {@link #encode}'s varint; for other compact fields of the index. */
    static void appendNumber(StringBuilder out, long value) {
        varint(out, value);
    }
}
