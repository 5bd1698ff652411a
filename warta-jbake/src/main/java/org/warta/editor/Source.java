package org.warta.editor;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;
import java.util.OptionalInt;

/** The front matter's YAML lines, and where each node of its tree stands in them. */
final class Source {
    private final List<String> lines;

    Source(List<String> lines) {
        this.lines = lines;
    }

    String line(int index) {
        return lines.get(index);
    }

    /** The character index, in its line, of a mark's column (SnakeYAML counts code points). */
    int column(Mark mark) {
        return column(mark.getLine(), mark.getColumn());
    }

    private int column(int line, int codePoints) {
        if (line >= lines.size()) return 0;
        String text = lines.get(line);
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    /** Whether the node is a block scalar ({@code >-}, {@code |}). */
    static boolean block(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL);
    }

    /** Whether the node is a list or fields written in flow style ({@code [a, b]}, {@code {a: 1}}). */
    static boolean flow(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    /**
     * Just past the node's last character: {line, character index}. A block scalar ends with its last line that is
     * not blank (SnakeYAML's end mark lies past the line breaks after it); a block collection with its last child.
     */
    int[] end(Node node) {
        if (node instanceof ScalarNode || flow(node)) {
            Mark mark = node.getEndMark();
            int line = Math.min(mark.getLine(), lines.size() - 1);
            int start = node.getStartMark().getLine();
            if (line > start && mark.getLine() == line && lines.get(line).substring(0, column(mark)).isBlank()) {
                line--; // the mark stands at the start of the next line
                if (!block(node)) return new int[]{line, lines.get(line).length()};
            } else if (!block(node)) {
                return new int[]{line, column(mark)};
            }
            while (line > start && lines.get(line).isBlank()) line--;
            return new int[]{line, lines.get(line).length()};
        }
        int[] end = {node.getStartMark().getLine(), column(node.getStartMark())};
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                end = later(end, later(end(tuple.getKeyNode()), end(tuple.getValueNode())));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) end = later(end, end(item));
        }
        return end;
    }

    private static int[] later(int[] a, int[] b) {
        return a[0] > b[0] || (a[0] == b[0] && a[1] >= b[1]) ? a : b;
    }

    /**
     * The lines of a block field {@code key: value} whose key starts its line at {@code column} and which shares
     * no line with anything else, or null.
     */
    List<String> fieldLines(NodeTuple tuple, int column) {
        Node key = tuple.getKeyNode();
        int line = key.getStartMark().getLine();
        if (key.getStartMark().getColumn() != column || !startsLineAt(line, column)) return null;
        return linesTo(line, later(end(key), end(tuple.getValueNode())));
    }

    /** The lines of a block list item {@code - value} whose dash stands at {@code column}, or null. */
    List<String> itemLines(Node item, int column) {
        int line = item.getStartMark().getLine();
        if (item.getStartMark().getColumn() != column + 2 || !startsLineAt(line, column)) return null;
        String text = lines.get(line);
        if (!text.startsWith("- ", column)) return null;
        return linesTo(line, end(item));
    }

    /** The column of the dashes of a block list, as written, if it is one. */
    OptionalInt dashColumn(Node list) {
        if (!(list instanceof SequenceNode sequence) || flow(list) || sequence.getValue().isEmpty()) return OptionalInt.empty();
        Node first = sequence.getValue().get(0);
        int column = first.getStartMark().getColumn() - 2;
        boolean dash = column >= 0 && startsLineAt(first.getStartMark().getLine(), column)
                && lines.get(first.getStartMark().getLine()).startsWith("- ", column);
        return dash ? OptionalInt.of(column) : OptionalInt.empty();
    }

    private boolean startsLineAt(int line, int column) {
        String text = lines.get(line);
        return text.length() > column && text.substring(0, column).isBlank() && text.charAt(column) != ' ';
    }

    /** Lines from {@code first} through the end, when nothing but a comment follows the end on its line. */
    private List<String> linesTo(int first, int[] end) {
        if (end[0] < first) return null; // an alias (*name) of a node written earlier
        String rest = lines.get(end[0]).substring(end[1]).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) return null;
        return lines.subList(first, end[0] + 1);
    }
}
