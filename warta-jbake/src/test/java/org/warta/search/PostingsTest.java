package org.warta.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingsTest {
    /** The shared vectors, also read by the JavaScript tests: {n, docs, levels, text}. */
    static List<Object[]> vectors() throws IOException {
        Path file = Path.of("src/test/resources/search/postings-vectors.tsv");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    String[] cols = l.split("\t");
                    String[] pairs = cols[1].split(",");
                    int[] docs = new int[pairs.length], levels = new int[pairs.length];
                    for (int i = 0; i < pairs.length; i++) {
                        docs[i] = Integer.parseInt(pairs[i].split(":")[0]);
                        levels[i] = Integer.parseInt(pairs[i].split(":")[1]);
                    }
                    return new Object[]{Integer.parseInt(cols[0]), docs, levels, cols[2]};
                }).toList();
    }

    @Test
    void encodesAndDecodesTheSharedVectors() throws IOException {
        List<Object[]> vectors = vectors();
        assertEquals(5, vectors.size());
        for (Object[] v : vectors) {
            int n = (Integer) v[0];
            int[] docs = (int[]) v[1], levels = (int[]) v[2];
            assertEquals(v[3], Postings.encode(docs, levels, docs.length, n), Arrays.toString(docs));
            int[][] back = Postings.decode((String) v[3], n);
            assertArrayEquals(docs, back[0]);
            assertArrayEquals(levels, back[1]);
        }
    }

    @Test
    void randomListsSurviveTheRoundTripInTheShorterForm() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(3000);
            double density = random.nextDouble();
            int[] docs = new int[n], levels = new int[n];
            int count = 0;
            for (int d = 0; d < n; d++) {
                if (random.nextDouble() < density) {
                    docs[count] = d;
                    levels[count++] = random.nextInt(Postings.LEVELS);
                }
            }
            String text = Postings.encode(docs, levels, count, n);
            int[][] back = Postings.decode(text, n);
            assertArrayEquals(Arrays.copyOf(docs, count), back[0]);
            assertArrayEquals(Arrays.copyOf(levels, count), back[1]);
            assertTrue(text.length() <= 1 + (n + 5) / 6 + count, "never longer than the dense form");
            assertTrue(text.chars().allMatch(c -> Postings.ALPHABET.indexOf(c) >= 0 || c == '~'), text);
        }
    }

    @Test
    void levelsSpreadWeightsOverEightSteps() {
        assertEquals(0, Postings.level(0.01, 2.2));
        assertEquals(7, Postings.level(2.2, 2.2));
        assertEquals(3, Postings.level(1.0, 2.2));
    }
}
