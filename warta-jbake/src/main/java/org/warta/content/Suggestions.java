package org.warta.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest valid spelling of a misspelt name ("maksud Anda: …?"). */
public final class Suggestions {
    private Suggestions() {
    }

    /** The option nearest to {@code value}, when it is close enough to be what the author meant. */
    public static Optional<String> nearest(String value, Collection<String> options) {
        String wanted = value.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int distance = distance(wanted, option.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = option;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
