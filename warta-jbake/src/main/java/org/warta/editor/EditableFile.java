package org.warta.editor;

import org.warta.content.ContentException;
import org.warta.content.FrontMatter;
import org.warta.content.Problem;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.Collections;
import org.warta.content.Fields;

/**
 * A release file opened for editing: its front matter as text values, its body, and how to write changes back.
 *
 * <p>Changes are written the way a person would make them, touching as few bytes as possible: a changed text
 * replaces only its own characters, in its own quoting; a new field goes where the content contract puts it, in
 * place of its commented hint when the file has one; a removed field takes only its own lines; a list grown or
 * shrunk, or a field added inside another, rewrites that one top-level field. The rest stays byte for byte.</p>
 */
public final class EditableFile {
    /** The content contract's order of top-level fields (the content model's): where a new field is inserted. */
    static final List<String> ORDER = Fields.ALL.stream().map(Fields.Field::key).toList();
    /** The header of a block scalar: {@code >-}, {@code |}, {@code >2+}… */
    private static final Pattern BLOCK_HEADER = Pattern.compile("[|>](?:[1-9][+-]?|[+-][1-9]?)?");
    /** An anchor ({@code &name}) and a tag ({@code !!str}) before a value, with the spaces after them. */
    private static final Pattern PROPERTIES = Pattern.compile("(?:[&!]\\S*[ \\t]+)*(?=\\S)");
    /** The lines under a commented-out hint ({@code #   name: …}). */
    private static final Pattern SUB_HINT = Pattern.compile("#\\s{2,}");

    private final String fileName;
    private final byte[] bytes;
    private final boolean bom;
    private final String lineEnd;
    /** The file's lines, LF-split, and the line end that followed each as written (mixed ends kept where untouched). */
    private final List<String> writtenLines;
    private final List<String> writtenEnds;
    /** Blank lines, then the opening {@code ---}. */
    private final List<String> head;
    private final List<String> yaml;
    private final String close;
    /** Whether a line break follows the closing {@code ---}. */
    private final boolean bodyFollows;
    private final String body;
    private final Map<String, Object> values;
    private final List<Entry> entries;
    private final Source source;

    /** A top-level field: its key, its value's node, and its lines in the YAML (first and last, 0-based). */
    private record Entry(String key, Node value, int first, int last) {
    }

    /** Text replacing a span of the YAML: lines and character columns, the end exclusive. */
    private record Edit(int startLine, int startColumn, int endLine, int endColumn, String text) {
    }

    private EditableFile(String fileName, byte[] bytes, FrontMatter frontMatter) {
        this.fileName = fileName;
        this.bytes = bytes.clone();
        String text = new String(bytes, StandardCharsets.UTF_8);
        bom = text.startsWith("\uFEFF");
        if (bom) text = text.substring(1);
        int lineBreak = -1;
        for (int i = 0; i < text.length() && lineBreak < 0; i++) if (text.charAt(i) == '\n' || text.charAt(i) == '\r') lineBreak = i;
        lineEnd = lineBreak < 0 || text.charAt(lineBreak) == '\n' ? "\n" : text.startsWith("\r\n", lineBreak) ? "\r\n" : "\r";
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && text.startsWith("\r\n", i)) {
                ends.add("\r\n");
                i++;
            } else if (c == '\r' || c == '\n') {
                ends.add(String.valueOf(c));
            }
        }
        writtenLines = lines;
        writtenEnds = List.copyOf(ends);
        // the same split as FrontMatter.parse, which has accepted the file
        int first = 0;
        while (lines.get(first).isBlank()) first++;
        int closing = first + 1;
        while (!lines.get(closing).strip().equals("---")) closing++;
        head = lines.subList(0, first + 1);
        yaml = lines.subList(first + 1, closing);
        close = lines.get(closing);
        bodyFollows = closing + 1 < lines.size();
        body = frontMatter.body();
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) textTree(frontMatter.values(), "", frontMatter);
        values = tree;
        source = new Source(yaml);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        MappingNode root = (MappingNode) new Yaml(options).compose(new StringReader(String.join("\n", yaml)));
        List<Entry> found = new ArrayList<>();
        for (NodeTuple tuple : root.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine();
            found.add(new Entry(((ScalarNode) tuple.getKeyNode()).getValue(), tuple.getValueNode(), line,
                    Math.max(line, source.end(tuple.getValueNode())[0])));
        }
        entries = List.copyOf(found);
    }

    /**
     * Opens a release file for editing.
     *
     * @param fileName the file's name for messages, relative to the project
     * @param bytes    the file's bytes
     * @throws ContentException when {@link FrontMatter#parse} refuses the file (its problems)
     */
    public static EditableFile of(String fileName, byte[] bytes) {
        return new EditableFile(fileName, bytes, FrontMatter.parse(fileName, bytes));
    }

    /**
     * The front matter as a tree of {@code LinkedHashMap<String, Object>}, {@code ArrayList<Object>}, {@code String}
     * (each scalar's text as written, e.g. {@code "2023-05-25"}, {@code "2300"}) and null (a YAML null or an empty
     * value), keys in the order written. A fresh copy: the caller may change it and pass it to {@link #with}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        return (Map<String, Object>) canonical(values, values);
    }

    /** The Markdown body after the closing {@code ---}, with LF line ends. */
    public String body() {
        return body;
    }

    /**
     * The file's bytes with these values and this body. Unchanged values and body give the original bytes;
     * otherwise only the lines of what changed are touched, in the file's line ends and byte-order mark.
     *
     * <p>A key left out, or null, removes a field (a field already null in the file and still null is kept).
     * Values may be text or, for convenience, numbers and booleans (written as their text).</p>
     *
     * @throws EditException when no text could be written that reads back as exactly these values and body
     */
    public byte[] with(Map<String, ?> values, String body) {
        Objects.requireNonNull(values, "values");
        String newBody = Objects.requireNonNull(body, "body").replace("\r\n", "\n").replace('\r', '\n');
        @SuppressWarnings("unchecked")
        Map<String, Object> wanted = (Map<String, Object>) canonical(values, this.values);
        if (wanted.equals(this.values) && newBody.equals(this.body)) return bytes.clone();
        Set<String> whole = new HashSet<>(); // fields written again as a whole, after a span edit read back wrong
        while (true) {
            Set<String> spanEdited = new HashSet<>();
            byte[] written = encode(text(wanted, newBody, whole, spanEdited));
            List<String> wrong;
            try {
                FrontMatter read = FrontMatter.parse(fileName, written);
                if (!read.body().equals(newBody)) {
                    throw new EditException(FrontMatter.BODY, "isi berita tidak dapat ditulis persis seperti diketik; "
                            + "periksa karakter yang tidak biasa di dalamnya");
                }
                wrong = differing(wanted, textTree(read.values(), "", read));
                if (wrong.isEmpty()) return written;
            } catch (ContentException e) {
                spanEdited.removeAll(whole);
                if (spanEdited.isEmpty()) {
                    Problem problem = e.problems().get(0);
                    throw new EditException(problem.field(), "perubahan tidak dapat disimpan: hasilnya tidak terbaca "
                            + "sebagai rilis (" + problem.field() + ": " + problem.message() + ")");
                }
                whole.addAll(spanEdited);
                continue;
            }
            // a text edited in place may also stand elsewhere through an alias (*name): those fields are written
            // again too, as they should read
            List<String> retry = wrong.stream().filter(key -> !whole.contains(key) && this.values.containsKey(key)
                    && (spanEdited.contains(key) || Objects.equals(this.values.get(key), wanted.get(key)))).toList();
            if (retry.isEmpty()) {
                throw new EditException(wrong.get(0), "kolom " + wrong.get(0) + " tidak dapat ditulis sehingga "
                        + "terbaca kembali persis seperti diisikan; periksa isiannya, atau sunting berkasnya langsung");
            }
            whole.addAll(retry);
        }
    }

    /** The new text (LF line ends): each field unchanged, edited in place, written again, removed or added. */
    private String text(Map<String, Object> wanted, String newBody, Set<String> whole, Set<String> spanEdited) {
        int n = yaml.size();
        List<List<String>> slots = new ArrayList<>(); // slot i: new lines before line i (slot n: at the end)
        for (int i = 0; i <= n; i++) slots.add(new ArrayList<>());
        List<List<String>> replacements = new ArrayList<>(Collections.nCopies(n, null));
        boolean[] dropped = new boolean[n];
        boolean[] inEntry = new boolean[n];
        for (Entry entry : entries) Arrays.fill(inEntry, entry.first, entry.last + 1, true);
        BlockWriter writer = new BlockWriter(source);
        Map<String, Integer> slotAfter = new HashMap<>(); // where a field added after this one goes

        for (Entry entry : entries) {
            if (!wanted.containsKey(entry.key)) {
                Arrays.fill(dropped, entry.first, entry.last + 1, true);
                continue;
            }
            slotAfter.put(entry.key, entry.last + 1);
            Object old = values.get(entry.key);
            Object now = wanted.get(entry.key);
            if (Objects.equals(old, now) && !whole.contains(entry.key)) continue;
            List<String> lines = whole.contains(entry.key) ? null : edited(entry, old, now);
            if (lines != null) spanEdited.add(entry.key);
            else lines = writer.field(entry.key, now, entry.value, old);
            replacements.set(entry.first, lines);
            Arrays.fill(dropped, entry.first, entry.last + 1, true);
        }

        Set<String> added = new LinkedHashSet<>();
        for (String key : ORDER) if (wanted.containsKey(key) && !values.containsKey(key)) added.add(key);
        for (String key : wanted.keySet()) if (!values.containsKey(key)) added.add(key);
        int end = n;
        while (end > 0 && yaml.get(end - 1).isBlank()) end--;
        for (String key : added) {
            List<String> lines = writer.field(key, wanted.get(key), null, null);
            int index = ORDER.indexOf(key);
            int[] hint = index < 0 ? null : hint(key, inEntry, dropped);
            if (hint != null) {
                replacements.set(hint[0], lines);
                Arrays.fill(dropped, hint[0], hint[1] + 1, true);
                slotAfter.put(key, hint[1] + 1);
                continue;
            }
            Integer slot = null;
            for (int i = index - 1; i >= 0 && slot == null; i--) slot = slotAfter.get(ORDER.get(i));
            if (slot == null) slot = index < 0 || entries.isEmpty() ? end : entries.get(0).first;
            slots.get(slot).addAll(lines);
            slotAfter.put(key, slot);
        }

        List<String> out = new ArrayList<>(head);
        for (int i = 0; i < n; i++) {
            out.addAll(slots.get(i));
            if (replacements.get(i) != null) out.addAll(replacements.get(i));
            if (!dropped[i]) out.add(yaml.get(i));
        }
        out.addAll(slots.get(n));
        out.add(close);
        return String.join("\n", out) + (bodyFollows || !newBody.isEmpty() ? "\n" + newBody : "");
    }

    /** A commented-out hint for a top-level field ({@code # regency: …}) and its sub-hints: {first, last}, or null. */
    private int[] hint(String key, boolean[] inEntry, boolean[] dropped) {
        Pattern hint = Pattern.compile("#\\s?" + Pattern.quote(key) + ":");
        for (int i = 0; i < yaml.size(); i++) {
            if (inEntry[i] || dropped[i] || !hint.matcher(yaml.get(i)).lookingAt()) continue;
            int last = i;
            while (last + 1 < yaml.size() && !inEntry[last + 1] && !dropped[last + 1]
                    && SUB_HINT.matcher(yaml.get(last + 1)).lookingAt()) {
                last++;
            }
            return new int[]{i, last};
        }
        return null;
    }

    /** The field's lines with each changed text replaced in place, or null when something else changed. */
    private List<String> edited(Entry entry, Object old, Object now) {
        List<Edit> edits = new ArrayList<>();
        if (!diff(old, now, entry.value, false, edits)) return null;
        edits.sort(Comparator.comparingInt(Edit::startLine).thenComparingInt(Edit::startColumn));
        int[] lineStarts = new int[entry.last - entry.first + 2];
        for (int i = entry.first; i <= entry.last; i++) {
            lineStarts[i - entry.first + 1] = lineStarts[i - entry.first] + yaml.get(i).length() + 1;
        }
        StringBuilder text = new StringBuilder(String.join("\n", yaml.subList(entry.first, entry.last + 1)));
        int previousEnd = -1;
        List<int[]> spans = new ArrayList<>();
        for (Edit edit : edits) {
            // an alias (*name) shares its node with a text written elsewhere: written again as a whole instead
            if (edit.startLine < entry.first || edit.endLine > entry.last) return null;
            int start = lineStarts[edit.startLine - entry.first] + edit.startColumn;
            int end = lineStarts[edit.endLine - entry.first] + edit.endColumn;
            if (start < previousEnd) return null;
            previousEnd = end;
            spans.add(new int[]{start, end});
        }
        for (int i = edits.size() - 1; i >= 0; i--) text.replace(spans.get(i)[0], spans.get(i)[1], edits.get(i).text);
        return List.of(text.toString().split("\n", -1));
    }

    /**
     * Adds the in-place edits that turn {@code old} into {@code now} under this node; false when more than texts
     * changed (a list's length, a field added or removed, a text where a list stood…) or a text cannot be replaced.
     */
    private boolean diff(Object old, Object now, Node node, boolean inFlow, List<Edit> edits) {
        if (Objects.equals(old, now)) return true;
        if (node instanceof ScalarNode scalar) {
            Edit edit = now instanceof String text ? scalarEdit(scalar, text, inFlow) : null;
            return edit != null && edits.add(edit);
        }
        boolean flow = inFlow || Source.flow(node);
        if (node instanceof MappingNode mapping && old instanceof Map<?, ?> before && now instanceof Map<?, ?> after
                && before.keySet().equals(after.keySet())) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!diff(before.get(key), after.get(key), tuple.getValueNode(), flow, edits)) return false;
            }
            return true;
        }
        if (node instanceof SequenceNode sequence && old instanceof List<?> before && now instanceof List<?> after
                && before.size() == after.size() && sequence.getValue().size() == after.size()) {
            for (int i = 0; i < after.size(); i++) {
                if (!diff(before.get(i), after.get(i), sequence.getValue().get(i), flow, edits)) return false;
            }
            return true;
        }
        return false;
    }

    /**
     * The edit writing {@code text} in place of a scalar, in its style where it can keep it; null when the scalar
     * has no characters to replace ({@code key:}).
     */
    private Edit scalarEdit(ScalarNode node, String text, boolean inFlow) {
        Mark start = node.getStartMark();
        Mark end = node.getEndMark();
        if (start.getLine() == end.getLine() && start.getColumn() == end.getColumn()) return null;
        int line = start.getLine();
        String header = source.line(line);
        Matcher properties = PROPERTIES.matcher(header).region(source.column(start), header.length());
        if (!properties.lookingAt()) return null; // an anchor or tag on a line of its own
        int column = properties.end(); // an anchor (&name) or tag (!!str) before the text is kept
        if (!Source.block(node)) {
            return new Edit(line, column, end.getLine(), source.column(end), Scalars.inline(text, node.getScalarStyle(), inFlow));
        }
        Matcher indicator = BLOCK_HEADER.matcher(header).region(column, header.length());
        if (!indicator.lookingAt()) return null;
        String rest = header.substring(indicator.end()); // spaces and a comment, kept
        int[] last = source.end(node);
        int indent = 0;
        for (int i = line + 1; i <= last[0] && indent == 0; i++) {
            String content = source.line(i);
            if (!content.isBlank()) indent = content.length() - content.stripLeading().length();
        }
        List<String> block = indent == 0 ? null : node.getScalarStyle() == ScalarStyle.FOLDED
                ? Scalars.folded(text, indent) : Scalars.literal(text, indent);
        String replacement = block == null ? Scalars.doubleQuoted(text) + rest
                : block.get(0) + rest + "\n" + String.join("\n", block.subList(1, block.size()));
        return new Edit(line, column, last[0], last[1], replacement);
    }

    /** The top-level fields whose values read back differ from those wanted. */
    private static List<String> differing(Map<String, Object> wanted, Object read) {
        Map<?, ?> readBack = (Map<?, ?>) read;
        Set<Object> keys = new LinkedHashSet<>(wanted.keySet());
        keys.addAll(readBack.keySet());
        List<String> wrong = new ArrayList<>();
        for (Object key : keys) {
            if (wanted.containsKey(key) != readBack.containsKey(key) || !Objects.equals(wanted.get(key), readBack.get(key))) {
                wrong.add((String) key);
            }
        }
        return wrong;
    }

    /**
     * The text in the file's own line ends: the lines before and after what changed keep the end each had (a file
     * with mixed ends is not rewritten throughout); the changed lines take the file's first line end.
     */
    private byte[] encode(String text) {
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        int m = writtenLines.size();
        int prefix = 0;
        while (prefix < n - 1 && prefix < m - 1 && lines[prefix].equals(writtenLines.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && lines[n - 1 - suffix].equals(writtenLines.get(m - 1 - suffix))) suffix++;
        StringBuilder out = new StringBuilder(text.length() + n);
        if (bom) out.append('\uFEFF');
        for (int i = 0; i < n; i++) {
            out.append(lines[i]);
            if (i == n - 1) break;
            if (i < prefix) out.append(writtenEnds.get(i));
            else if (i >= n - suffix) out.append(writtenEnds.get(i - n + m));
            else out.append(lineEnd);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The front matter's values with each scalar as its text, as written. */
    private static Object textTree(Object value, String path, FrontMatter frontMatter) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new LinkedHashMap<>();
            map.forEach((key, child) -> tree.put((String) key, textTree(child, path.isEmpty() ? (String) key : path + "." + key, frontMatter)));
            return tree;
        }
        if (value instanceof List<?> list) {
            List<Object> tree = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) tree.add(textTree(list.get(i), path + "[" + i + "]", frontMatter));
            return tree;
        }
        return value == null ? null : frontMatter.text(path);
    }

    /**
     * A copy of the given values as maps, lists and texts. A null in a map leaves its key out, unless the same key
     * holds null in {@code old} (an empty field in the file stays as it is).
     */
    private static Object canonical(Object value, Object old) {
        if (value instanceof Map<?, ?> map) {
            Map<?, ?> before = old instanceof Map<?, ?> m ? m : Map.of();
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (entry.getValue() == null && !(before.containsKey(key) && before.get(key) == null)) continue;
                copy.put(key, canonical(entry.getValue(), before.get(key)));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<?> before = old instanceof List<?> l ? l : List.of();
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) copy.add(canonical(list.get(i), i < before.size() ? before.get(i) : null));
            return copy;
        }
        return value == null ? null : value.toString();
    }
}
