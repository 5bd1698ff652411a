package org.warta.incremental;

import org.junit.jupiter.api.Test;
import org.warta.content.Moment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ModelDigestTest {
    private record Card(String title, List<String> topics) {
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    private static ModelDigest.Digest digest(Object model) {
        ModelDigest.Digest digest = ModelDigest.of(model);
        assertNotNull(digest, "a model of values has a digest: " + model);
        return digest;
    }

    @Test
    void equalModelsMadeApartHaveTheSameDigest() {
        Object model = ordered("title", "Rakorda", "cards", List.of(new Card("a", List.of("UMKM")), ordered("n", 1)),
                "date", new Moment(LocalDate.of(2023, 5, 24), null, java.time.ZoneId.of("Asia/Jakarta")), "value", new BigDecimal("2300.5"), "nothing", null);
        assertEquals(digest(model), digest(ordered("title", "Rakorda", "cards", List.of(new Card("a", List.of("UMKM")),
                ordered("n", 1)), "date", new Moment(LocalDate.of(2023, 5, 24), null, java.time.ZoneId.of("Asia/Jakarta")), "value", new BigDecimal("2300.5"),
                "nothing", null)));
        assertEquals(digest(new Object[]{"a", null}), digest(new Object[]{"a", null}));
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(new byte[]{1, 2, 3});
        assertEquals(digest(bytes), digest(java.nio.ByteBuffer.wrap(new byte[]{1, 2, 3})), "a term file's bytes");
        assertEquals(0, bytes.position(), "read without moving it");
        assertNotEquals(digest(bytes), digest(java.nio.ByteBuffer.wrap(new byte[]{1, 2, 4})));
        assertEquals(64, digest(model).toString().length(), "SHA-256, in hex");
    }

    @Test
    void anyDifferenceAValueOrAnOrderCouldMakeOnAPageChangesTheDigest() {
        Object model = ordered("title", "Rakorda", "cards", List.of(new Card("a", List.of("UMKM"))));
        assertNotEquals(digest(model), digest(ordered("title", "Rakorda", "cards", List.of(new Card("a", List.of("Koperasi"))))),
                "a change deep inside a record");
        assertNotEquals(digest(ordered("a", 1, "b", 2)), digest(ordered("b", 2, "a", 1)), "a template lists a map in its order");
        assertNotEquals(digest(ordered("n", 1)), digest(ordered("n", 1L)), "1 and 1L may print alike, but are not the same value");
        assertNotEquals(digest(new BigDecimal("2.0")), digest(new BigDecimal("2.00")), "scale, as BigDecimal.equals");
        assertNotEquals(digest(List.of("a")), digest(Set.of("a")), "a list is not a set");
        assertNotEquals(digest(ordered("x", null)), digest(ordered("x", "")));
        assertNotEquals(digest(List.of("ab", "c")), digest(List.of("a", "bc")), "lengths keep strings apart");
        assertNotEquals(digest(ordered("a", "b")), digest(List.of("a", "b")), "a map is not a list of its entries");
        assertNotEquals(digest(List.of(List.of("a"), "b")), digest(List.of(List.of("a", "b"))), "nesting counts");
        assertNotEquals(digest("1"), digest(1), "text is not a number");
    }

    @Test
    void aValueWithoutAValueFormLeavesTheModelWithoutADigest() {
        assertNull(ModelDigest.of(ordered("x", new Object())), "equal only to itself: made again every time");
        assertNull(ModelDigest.of(List.of(ordered("deep", new StringBuilder("mutable")))), "mutable, however deep");
    }

    @Test
    void aMapOfMapWhoseOrderEachJvmChoosesIsDigestedByItsKeysSoThatACacheKeptBetweenBuildsMatches() {
        Map<String, Object> sorted = new java.util.TreeMap<>();
        for (int i = 0; i < 12; i++) sorted.put("kunci-" + (char) ('a' + i), i);
        // Map.copyOf iterates in an order chosen per JVM: without sorting, 1 chance in 12! to match the sorted order
        assertEquals(digest(new LinkedHashMap<>(sorted)), digest(Map.copyOf(sorted)));
        assertEquals(digest(List.of(new LinkedHashMap<>(sorted))), digest(List.of(Map.copyOf(sorted))), "nested too");
        Map<Object, Object> mixed = new LinkedHashMap<>(Map.of("a", 1, 2, "b"));
        assertEquals(digest(mixed), digest(Map.copyOf(mixed).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                        LinkedHashMap::new))) , "keys that are not all text: iteration order");
    }
}
