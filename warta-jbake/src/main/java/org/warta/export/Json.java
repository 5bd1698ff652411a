package org.warta.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON of plain values (maps, lists, strings, numbers, booleans, null) in the order the maps hold their keys:
 * use {@link java.util.LinkedHashMap} for a stable key order.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    /** Indented by two spaces, {@code \n} line ends, ending with a line break: for files. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-writable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@link #pretty(Object)} written to {@code out} as UTF-8 as it is made, never held whole in memory: a list
     * of every release may be given as an {@link Iterable} that makes each record when it is written.
     */
    public static void pretty(Object value, java.io.OutputStream out) throws java.io.IOException {
        MAPPER.writer(PRETTY).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        out.write('\n');
    }

    /** On one line, no spaces: for data files that programs read (the search index). */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-writable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * On one line, safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written
     * as {@code \u003c}, … (in JSON they can only occur inside strings, where the escape means the same).
     */
    public static String forScript(Object value) {
        try {
            return MAPPER.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-writable: " + e.getOriginalMessage(), e);
        }
    }
}
