package org.warta.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 digest of a template's model (or of what a data file is made of), so that the preview remembers 32
 * bytes per page instead of the page's whole model: two models with the same digest are the same model, value
 * for value and in the same order.
 *
 * <p>What is digested, each with a tag and its length so that no two different models write the same stream:
 * maps entry by entry in iteration order (a template lists a map in that order), but {@code Map.of}'s by key
 * (see {@link #entries}); lists and arrays item by item,
 * other collections in iteration order and told apart from lists; strings; a byte buffer's remaining bytes;
 * numbers, booleans, characters, enums and {@code java.time} values with their class (1 and 1L are different
 * values); records component by component with their class. Any other value has no value form the digest could trust (an object that is
 * equal only to itself, or mutable): its model has no digest ({@link #of} returns null) and is never taken
 * over, but made again.</p>
 */
final class ModelDigest {
    private static final Map<Class<?>, Method[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<ModelDigest> REUSED = ThreadLocal.withInitial(ModelDigest::new);

    /** The digest of a value with no value form: {@link #of} returns null. */
    private static final class NoValueForm extends Exception {
        NoValueForm() {
            super(null, null, false, false);
        }
    }

    private final MessageDigest sha = sha256();
    /** What is digested, gathered and handed to SHA-256 a block at a time (an update per tag or length costs more than the hashing). */
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    /** The class of a {@code Map.of} map of two or more entries, whose order each JVM chooses. */
    private static final Class<?> MAP_OF = Map.of("a", 1, "b", 2).getClass();

    private ModelDigest() {
    }

    /** The model's digest, or null when it holds a value without a value form (see the class comment). */
    static Digest of(Object model) {
        ModelDigest digest = REUSED.get(); // one per thread: its buffer is not made again for every page
        digest.sha.reset();
        digest.pending.clear();
        try {
            digest.value(model);
        } catch (NoValueForm e) {
            return null;
        }
        digest.flush();
        return new Digest(digest.sha.digest());
    }

    /** 32 bytes with value equality. */
    record Digest(byte[] bytes) implements java.io.Serializable {
        @Override
        public boolean equals(Object other) {
            return other instanceof Digest d && Arrays.equals(bytes, d.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }

    private void value(Object value) throws NoValueForm {
        if (value == null) {
            tag('0');
        } else if (value instanceof String s) {
            tag('s');
            text(s);
        } else if (value instanceof ByteBuffer bytes) {
            // a file's bytes (a search term file); equal when its remaining bytes are, as ByteBuffer.equals
            tag('b');
            length(bytes.remaining());
            flush();
            sha.update(bytes.duplicate());
        } else if (value instanceof Map<?, ?> map) {
            tag('M');
            length(map.size());
            for (Map.Entry<?, ?> entry : entries(map)) {
                value(entry.getKey());
                value(entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            items('L', list);
        } else if (value instanceof Object[] array) {
            items('L', Arrays.asList(array));
        } else if (value instanceof Collection<?> collection) {
            items('C', collection);
        } else if (value instanceof Record record) {
            tag('R');
            text(record.getClass().getName());
            for (Method accessor : COMPONENTS.computeIfAbsent(record.getClass(), ModelDigest::accessors)) {
                value(component(accessor, record));
            }
        } else if (value instanceof Boolean || value instanceof Character || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof Double
                || value instanceof Float || value instanceof BigDecimal || value instanceof BigInteger
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof java.time.ZoneId
                || value instanceof java.time.Duration || value instanceof java.util.Locale) {
            // value types whose text names the value exactly (BigDecimal's keeps its scale, as its equals does)
            tag('v');
            text(value.getClass().getName());
            text(value instanceof Enum<?> e ? e.name() : value.toString());
        } else {
            throw new NoValueForm();
        }
    }

    /**
     * A map's entries in iteration order; but for the maps of {@code Map.of} and {@code Map.copyOf}, whose order is
     * chosen anew by each JVM (a digest kept between builds would differ for the same map), in the order of their
     * keys when those are strings.
     */
    private static Collection<? extends Map.Entry<?, ?>> entries(Map<?, ?> map) {
        if (map.size() < 2 || map.getClass() != MAP_OF || !map.keySet().stream().allMatch(String.class::isInstance)) {
            return map.entrySet();
        }
        List<Map.Entry<?, ?>> sorted = new java.util.ArrayList<>(map.entrySet());
        sorted.sort(java.util.Comparator.comparing(entry -> (String) entry.getKey()));
        return sorted;
    }

    private void items(char tag, Collection<?> items) throws NoValueForm {
        tag(tag);
        length(items.size());
        for (Object item : items) value(item);
    }

    private void tag(char tag) {
        if (!pending.hasRemaining()) flush();
        pending.put((byte) tag);
    }

    private void length(int length) {
        if (pending.remaining() < 4) flush();
        pending.putInt(length);
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        if (bytes.length > pending.remaining()) {
            flush();
            if (bytes.length > pending.capacity()) {
                sha.update(bytes);
                return;
            }
        }
        pending.put(bytes);
    }

    private void flush() {
        sha.update(pending.array(), 0, pending.position());
        pending.clear();
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }

    private static Object component(Method accessor, Record record) throws NoValueForm {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new NoValueForm();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
