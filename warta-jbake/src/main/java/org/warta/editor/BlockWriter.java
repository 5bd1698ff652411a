package org.warta.editor;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a whole top-level field as a person would, in block YAML indented by two spaces. What is unchanged and
 * stands on its own lines (a list item, a nested field) is copied from the file as it was; a list or fields
 * written in flow style ({@code [a, b]}, {@code {name: X}}) stay in flow style while they fit on a line.
 */
final class BlockWriter {
    /** A flow collection is written on one line up to this column. */
    static final int FLOW_WIDTH = 100;
    private final Source source;

    BlockWriter(Source source) {
        this.source = source;
    }

    /**
     * The lines of the top-level field {@code key} with this value.
     *
     * @param old      the field's value node in the file, or null when the field is new
     * @param oldValue the field's value in the file (text tree), or null
     */
    List<String> field(String key, Object value, Node old, Object oldValue) {
        List<String> out = new ArrayList<>();
        field(out, 0, key, value, old, oldValue, true);
        return out;
    }

    private void field(List<String> out, int indent, String key, Object value, Node old, Object oldValue, boolean top) {
        String head = " ".repeat(indent) + (Scalars.plainSafe(key, false) ? key : Scalars.doubleQuoted(key)) + ":";
        if (value == null) {
            out.add(head);
            return;
        }
        if (value instanceof String text) {
            boolean folds = top ? key.equals("summary") : key.equals("note") || key.equals("caption");
            // a text written on one line in the file, and not changed, stays on its line
            boolean kept = sameText(old, text) && !Source.block(old);
            List<String> folded = folds && !kept && text.length() > Scalars.WRAP ? Scalars.folded(text, indent + 2) : null;
            if (folded == null) {
                out.add(head + " " + scalar(text, old, false));
            } else {
                out.add(head + " " + folded.get(0));
                out.addAll(folded.subList(1, folded.size()));
            }
            return;
        }
        String flow = flow(value, old, head.length() + 1);
        if (flow != null) {
            out.add(head + " " + flow);
            return;
        }
        out.add(head);
        if (value instanceof Map<?, ?> map) fields(out, indent + 2, map, old, oldValue);
        else items(out, Math.max(indent, source.dashColumn(old).orElse(indent + 2)), (List<?>) value, old, oldValue);
    }

    private void fields(List<String> out, int indent, Map<?, ?> map, Node old, Object oldValue) {
        Map<?, ?> oldMap = oldValue instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = (String) entry.getKey();
            NodeTuple tuple = old instanceof MappingNode mapping ? tuple(mapping, key) : null;
            Node oldChild = tuple == null ? null : tuple.getValueNode();
            if (tuple != null && oldMap.containsKey(key) && Objects.equals(oldMap.get(key), entry.getValue())
                    && !Source.flow(old)) {
                List<String> kept = source.fieldLines(tuple, indent);
                if (kept != null) {
                    out.addAll(kept);
                    continue;
                }
            }
            field(out, indent, key, entry.getValue(), oldChild, oldMap.get(key), false);
        }
    }

    private void items(List<String> out, int indent, List<?> list, Node old, Object oldValue) {
        List<?> oldList = oldValue instanceof List<?> l ? l : List.of();
        List<Node> oldNodes = old instanceof SequenceNode sequence ? sequence.getValue() : List.of();
        int previous = old == null ? 0 : old.getStartMark().getLine() - 1;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Node oldItem = i < oldNodes.size() ? oldNodes.get(i) : null;
            // an item's node starting before the item itself is an alias (*name) of one written earlier
            boolean inPlace = oldItem != null && oldItem.getStartMark().getLine() > previous;
            if (inPlace) previous = oldItem.getStartMark().getLine();
            if (inPlace && i < oldList.size() && Objects.equals(oldList.get(i), item) && !Source.flow(old)) {
                List<String> kept = source.itemLines(oldItem, indent);
                if (kept != null) {
                    out.addAll(kept);
                    continue;
                }
            }
            // a new item is written in the style of the list's first item
            item(out, indent, item, oldItem != null ? oldItem : oldNodes.isEmpty() ? null : oldNodes.get(0),
                    i < oldList.size() ? oldList.get(i) : null);
        }
    }

    private void item(List<String> out, int indent, Object item, Node old, Object oldValue) {
        String dash = " ".repeat(indent) + "-";
        if (item == null) {
            out.add(dash);
        } else if (item instanceof String text) {
            out.add(dash + " " + scalar(text, old, false));
        } else {
            String flow = flow(item, old, indent + 2);
            if (flow != null) {
                out.add(dash + " " + flow);
            } else if (item instanceof Map<?, ?> map) {
                List<String> lines = new ArrayList<>();
                fields(lines, indent + 2, map, old, oldValue);
                lines.set(0, dash + " " + lines.get(0).substring(indent + 2));
                out.addAll(lines);
            } else {
                out.add(dash);
                items(out, indent + 2, (List<?>) item, old, oldValue);
            }
        }
    }

    /**
     * A list or fields on one line starting at {@code column}, or null: empty ones always; others when the file
     * wrote them in flow style (a new list: always), every value is text, and the line fits.
     */
    private String flow(Object value, Node old, int column) {
        if (value instanceof Map<?, ?> map && map.isEmpty()) return "{}";
        if (value instanceof List<?> list && list.isEmpty()) return "[]";
        if (old == null ? !(value instanceof List) : !Source.flow(old)) return null;
        List<String> parts = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getValue() instanceof String text)) return null;
                String key = (String) entry.getKey();
                NodeTuple tuple = old instanceof MappingNode mapping ? tuple(mapping, key) : null;
                parts.add((Scalars.plainSafe(key, true) ? key : Scalars.doubleQuoted(key)) + ": "
                        + scalar(text, tuple == null ? null : tuple.getValueNode(), true));
            }
        } else {
            List<?> list = (List<?>) value;
            List<Node> oldNodes = old instanceof SequenceNode sequence ? sequence.getValue() : List.of();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String text) || (old == null && !Scalars.plainSafe(text, true))) return null;
                parts.add(scalar(text, i < oldNodes.size() ? oldNodes.get(i) : null, true));
            }
        }
        String line = value instanceof Map ? "{" + String.join(", ", parts) + "}" : "[" + String.join(", ", parts) + "]";
        return column + line.length() <= FLOW_WIDTH ? line : null;
    }

    /** One scalar on one line: a quoted text unchanged as written, else in the old node's quoting when it can. */
    private String scalar(String text, Node old, boolean inFlow) {
        if (!(old instanceof ScalarNode scalar) || Source.block(old)) return Scalars.inline(text, ScalarStyle.PLAIN, inFlow);
        ScalarStyle style = scalar.getScalarStyle();
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        if (quoted && sameText(old, text) && old.getStartMark().getLine() == old.getEndMark().getLine()) {
            String line = source.line(old.getStartMark().getLine());
            String written = line.substring(source.column(old.getStartMark()), source.column(old.getEndMark()));
            if (written.charAt(0) == (style == ScalarStyle.SINGLE_QUOTED ? '\'' : '"')) return written;
        }
        return Scalars.inline(text, quoted ? style : ScalarStyle.PLAIN, inFlow);
    }

    private static boolean sameText(Node old, String text) {
        return old instanceof ScalarNode scalar && scalar.getValue().equals(text);
    }

    private static NodeTuple tuple(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) return tuple;
        }
        return null;
    }
}
