package org.warta.editor;

import org.warta.content.Fields;
import org.warta.content.Fields.Field;
import org.warta.content.Fields.Kind;
import org.warta.content.Scaffold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's form, both ways: the names its inputs carry ({@code title}, {@code event.start},
 * {@code speakers[1].role}, {@code topics[0]}) and the front matter they make. What the form does not show (a field
 * the editor does not know, a value of a shape no input can hold) is kept as it was, and so is a value the author
 * left as it was, to the character: opening a release and saving it changes nothing.
 */
final class FormValues {
    /** The body's input. */
    static final String BODY = "isi";
    /** In a repeated item, the index of the item of the file it was made from (its unknown parts are kept). */
    static final String ORIGIN = "_asal";
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d{1,4})]\\.?(\\w*)");

    /**
     * What the submitted form makes.
     *
     * @param values the front matter
     * @param body   the body
     * @param notes   what the editor changed in what was typed (a topic spelled as an existing one), for the author
     * @param origins for each repeated group, the index in the file of each item (-1 for a new one): a form shown
     *                again keeps pointing each item at the item of the file it was made from
     */
    record Result(Map<String, Object> values, String body, List<String> notes, Map<String, List<Integer>> origins) {
    }

    private FormValues() {
    }

    /** Whether a value can be shown by the field's inputs; one that cannot is kept untouched. */
    static boolean shown(Field field, Object value) {
        if (value == null) return true;
        return switch (field.kind()) {
            case GROUP -> value instanceof Map<?, ?> map && map.values().stream().allMatch(v -> v == null || v instanceof String);
            case GROUP_LIST -> value instanceof List<?> list && list.stream().allMatch(item -> item instanceof Map<?, ?> map
                    && map.values().stream().allMatch(v -> v == null || v instanceof String));
            case TEXT_LIST -> value instanceof List<?> list && list.stream().allMatch(item -> item == null || item instanceof String);
            case STATUS -> true;
            default -> value instanceof String;
        };
    }

    /**
     * The front matter and body the form makes from the file's.
     *
     * @param original the file's front matter ({@link EditableFile#values()})
     * @param body     the file's body
     * @param form     the submitted fields
     * @param known    spellings already used: a topic or a speaker typed in other capitals takes the known one
     */
    static Result read(Map<String, Object> original, String body, Map<String, List<String>> form, Vocabulary known) {
        Map<String, Object> values = new LinkedHashMap<>(original);
        List<String> notes = new ArrayList<>();
        Map<String, List<Integer>> origins = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> items = items(form);
        for (Field field : Fields.ALL) {
            Object before = original.get(field.key());
            if (field.kind() == Kind.STATUS || !shown(field, before)) continue;
            Object after = switch (field.kind()) {
                case GROUP -> group(field, asMap(before), field.key() + ".", form);
                case GROUP_LIST -> groupList(field, before, items.getOrDefault(field.key(), new TreeMap<>()), known, notes,
                        origins.computeIfAbsent(field.key(), k -> new ArrayList<>()));
                case TEXT_LIST -> textList(field, before, items.getOrDefault(field.key(), new TreeMap<>()), known, notes);
                default -> scalar(before, first(form, field.key()), field.key().equals("summary") ? Scaffold.SUMMARY : null);
            };
            if (after == null && original.containsKey(field.key()) && blank(before)) continue; // left empty, as written
            if (after == null) values.remove(field.key());
            else values.put(field.key(), after);
        }
        String newBody = body;
        String typed = first(form, BODY);
        if (typed != null) {
            typed = lines(typed);
            boolean placeholder = typed.isBlank() && body.strip().equals(Scaffold.BODY);
            if (!placeholder && !typed.equals(body)) newBody = typed;
        }
        return new Result(values, newBody, notes, origins);
    }

    /**
     * A scalar as typed; null when blank; the file's own text when it is what the form showed of it (spaces around
     * it, or the line breaks a one-line input cannot hold, aside).
     */
    private static String scalar(Object before, String typed, String placeholder) {
        if (typed == null) return before instanceof String text ? text : null;
        typed = lines(typed);
        String old = before instanceof String text ? text : null;
        if (old != null && (old.strip().equals(typed.strip()) || shownInOneLine(old).equals(typed.strip()))) return old;
        if (typed.isBlank()) return placeholder != null && old != null && Scaffold.holds(old, placeholder) ? old : null;
        return typed.strip();
    }

    /** What a one-line input shows of a text: browsers drop its line breaks. */
    static String shownInOneLine(String text) {
        return text.replace("\r", "").replace("\n", "").strip();
    }

    /** Whether a value holds no text at all: absent, empty, or lists and fields of such. */
    static boolean blank(Object value) {
        if (value == null) return true;
        if (value instanceof String text) return text.isBlank();
        if (value instanceof List<?> list) return list.stream().allMatch(FormValues::blank);
        if (value instanceof Map<?, ?> map) return map.values().stream().allMatch(FormValues::blank);
        return false;
    }

    private static Map<String, Object> group(Field field, Map<String, Object> before, String prefix, Map<String, List<String>> form) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (before != null) map.putAll(before);
        for (Field part : field.parts()) {
            Object old = before == null ? null : before.get(part.key());
            String value = scalar(old, first(form, prefix + part.key()), null);
            if (value != null) map.put(part.key(), value);
            else if (!(before != null && before.containsKey(part.key()) && blank(old))) map.remove(part.key()); // else left empty, as written
        }
        // all cleared: the group goes, unless it was empty in the file already and is left so
        if (map.isEmpty() || blank(map) && !blank(before)) return null;
        return map;
    }

    private static List<Object> groupList(Field field, Object before, TreeMap<Integer, Map<String, String>> items,
                                          Vocabulary known, List<String> notes, List<Integer> origins) {
        List<?> old = before instanceof List<?> list ? list : List.of();
        List<Object> list = new ArrayList<>();
        for (Map<String, String> item : items.values()) {
            Object from = null;
            String origin = item.get(ORIGIN);
            boolean kept = origin != null && origin.matches("\\d{1,4}") && Integer.parseInt(origin) < old.size();
            if (kept) from = old.get(Integer.parseInt(origin));
            Map<String, List<String>> fields = new LinkedHashMap<>();
            item.forEach((k, v) -> fields.put(k, List.of(v)));
            Map<String, Object> map = group(field, asMap(from), "", fields);
            if (map == null) {
                if (kept && blank(from)) { // an empty item left as written
                    list.add(from);
                    origins.add(Integer.parseInt(origin));
                }
                continue;
            }
            Object oldName = asMap(from) == null ? null : asMap(from).get("name");
            if (field.key().equals("speakers") && map.get("name") instanceof String name && !name.equals(oldName)) {
                String spelled = known.speaker(name);
                if (!spelled.equals(name)) {
                    notes.add("Narasumber \"" + name + "\" ditulis seperti yang sudah ada: \"" + spelled + "\".");
                    map.put("name", spelled);
                }
            }
            list.add(map);
            origins.add(kept ? Integer.parseInt(origin) : -1);
        }
        return list.isEmpty() ? null : list;
    }

    private static List<Object> textList(Field field, Object before, TreeMap<Integer, Map<String, String>> items,
                                         Vocabulary known, List<String> notes) {
        List<?> old = before instanceof List<?> list ? list : List.of();
        List<Object> list = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, String>> entry : items.entrySet()) {
            String typed = entry.getValue().get("");
            int index = entry.getKey();
            Object oldItem = index < old.size() ? old.get(index) : null;
            String value = scalar(oldItem, typed == null ? "" : typed, null);
            if (value == null) {
                if (index < old.size() && blank(oldItem)) list.add(oldItem); // an empty item left as written
                continue;
            }
            if (field.key().equals("topics") && !value.equals(oldItem)) {
                String spelled = known.topic(value);
                if (!spelled.equals(value)) {
                    notes.add("Topik \"" + value + "\" ditulis seperti yang sudah ada: \"" + spelled + "\".");
                    value = spelled;
                }
            }
            list.add(value);
        }
        return list.isEmpty() ? null : list;
    }

    /** The repeated inputs, by field and index: {@code speakers[1].role} → speakers → 1 → role. */
    private static Map<String, TreeMap<Integer, Map<String, String>>> items(Map<String, List<String>> form) {
        Map<String, TreeMap<Integer, Map<String, String>>> items = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            Matcher m = INDEXED.matcher(entry.getKey());
            if (!m.matches() || entry.getValue().isEmpty()) continue;
            items.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(m.group(2)), k -> new LinkedHashMap<>())
                    .put(m.group(3), entry.getValue().get(0));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A browser sends a text area's line ends as CRLF; a file's are LF. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
