package org.warta.search;

/**
 * The Indonesian stemmer of the Snowball project (snowballstem.org, "indonesian"), itself the algorithm of
 * F. Z. Tala, <i>A Study of Stemming Effects on Information Retrieval in Bahasa Indonesia</i> (2003): a word's
 * "measure" is its number of vowels; words of measure 2 or less are left alone. In order it removes a particle
 * ({@code -kah -lah -pun}), a possessive ({@code -ku -mu -nya}), then either a first-order prefix
 * ({@code di- ke- me- meng- meny- mem- men- pe- pem- pen- peng- peny- ter-}, with {@code meny}/{@code peny}+vowel
 * becoming {@code s} and {@code mem}/{@code pem}+vowel becoming {@code p}) followed by a suffix
 * ({@code -i -an -kan}) and a second-order prefix, or a second-order prefix ({@code pe- per- be- ber-},
 * {@code belajar}/{@code pelajar} → {@code ajar}) followed by a suffix, each step only while the measure stays
 * above 2. The browser runs the same steps ({@code warta-jbake/src/main/resources/org/warta/search/cari.js}); both are checked against the shared
 * vectors in {@code src/test/resources/search/stem-vectors.tsv}.
 *
 * <p>Input is a folded token ({@link Terms#fold}): lower case a–z and digits.
 */
public final class IndonesianStemmer {
    /** What kind of prefix was removed; it decides which suffixes may go. */
    private static final int NONE = 0, DI_MENG_TER = 1, PER = 2, KE_PENG = 3, BER = 4;

    private String word;
    private int measure;
    private int prefix;
    private boolean replaced;

    private IndonesianStemmer(String word) {
        this.word = word;
        this.measure = vowels(word);
    }

    public static String stem(String word) {
        IndonesianStemmer s = new IndonesianStemmer(word);
        s.run();
        return s.word;
    }

    private void run() {
        if (measure <= 2) return;
        removeEnding("kah", "lah", "pun");
        if (measure <= 2) return;
        removeEnding("nya", "ku", "mu");
        if (measure <= 2) return;
        if (removeFirstOrderPrefix()) {
            // After a prefix became "s" or "p" Snowball looks for the second prefix behind that letter, where a
            // vowel follows: none can match, so only a removed prefix lets a second one go.
            if (measure > 2 && removeSuffix() && measure > 2 && !replaced) removeSecondOrderPrefix();
        } else {
            removeSecondOrderPrefix();
            if (measure > 2) removeSuffix();
        }
    }

    private void removeEnding(String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                word = word.substring(0, word.length() - ending.length());
                measure--;
                return;
            }
        }
    }

    private boolean removeFirstOrderPrefix() {
        if (startsWithThenVowel("meny")) return replacePrefix(4, "s", DI_MENG_TER);
        if (startsWithThenVowel("peny")) return replacePrefix(4, "s", KE_PENG);
        if (word.startsWith("meng")) return replacePrefix(4, "", DI_MENG_TER);
        if (word.startsWith("peng")) return replacePrefix(4, "", KE_PENG);
        if (word.startsWith("mem")) return replacePrefix(3, startsWithThenVowel("mem") ? "p" : "", DI_MENG_TER);
        if (word.startsWith("pem")) return replacePrefix(3, startsWithThenVowel("pem") ? "p" : "", KE_PENG);
        if (word.startsWith("men")) return replacePrefix(3, "", DI_MENG_TER);
        if (word.startsWith("pen")) return replacePrefix(3, "", KE_PENG);
        if (word.startsWith("ter")) return replacePrefix(3, "", DI_MENG_TER);
        if (word.startsWith("di") || word.startsWith("me")) return replacePrefix(2, "", DI_MENG_TER);
        if (word.startsWith("ke")) return replacePrefix(2, "", KE_PENG);
        return false;
    }

    private void removeSecondOrderPrefix() {
        if (word.startsWith("belajar")) {
            replacePrefix(7, "ajar", BER);
        } else if (word.startsWith("pelajar")) {
            replacePrefix(7, "ajar", prefix); // the paper's exception keeps the earlier prefix kind
        } else if (word.startsWith("ber")) {
            replacePrefix(3, "", BER);
        } else if (word.startsWith("per")) {
            replacePrefix(3, "", PER);
        } else if (word.startsWith("pe")) {
            replacePrefix(2, "", PER);
        } else if (word.startsWith("be") && word.length() >= 5 && !isVowel(word.charAt(2)) && word.startsWith("er", 3)) {
            replacePrefix(2, "", BER); // be + consonant + er: bekerja → kerja
        }
    }

    private boolean removeSuffix() {
        if (word.endsWith("kan") && prefix != KE_PENG && prefix != PER) return cutEnd(3);
        if (word.endsWith("an") && prefix != DI_MENG_TER) return cutEnd(2);
        if (word.endsWith("i") && prefix <= PER && !word.endsWith("si")) return cutEnd(1);
        return false;
    }

    private boolean cutEnd(int letters) {
        word = word.substring(0, word.length() - letters);
        measure--;
        return true;
    }

    private boolean replacePrefix(int letters, String with, int kind) {
        word = with + word.substring(letters);
        replaced = !with.isEmpty();
        prefix = kind;
        measure--;
        return true;
    }

    private boolean startsWithThenVowel(String start) {
        return word.startsWith(start) && word.length() > start.length() && isVowel(word.charAt(start.length()));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static int vowels(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isVowel(s.charAt(i))) n++;
        return n;
    }
}
