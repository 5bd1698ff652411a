package org.warta.editor;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How one scalar's text is written: plain when that is safe, else quoted; folded or literal blocks. */
final class Scalars {
    /** Folded text is wrapped so that its lines end by this column. */
    static final int WRAP = 80;
    private static final Resolver RESOLVER = new Resolver();
    /** Plain text read back as these tags keeps its text; any other (bool, null, merge…) must be quoted. */
    private static final Set<Tag> TEXT_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.TIMESTAMP);
    private static final String FIRST_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private Scalars() {
    }

    /** Whether the text may be written without quotes: in a flow collection ({@code inFlow}) or in a block. */
    static boolean plainSafe(String text, boolean inFlow) {
        if (text.isEmpty() || hasBreak(text) || text.indexOf('\t') >= 0) return false;
        if (text.startsWith(" ") || text.endsWith(" ") || text.endsWith(":")) return false;
        if (FIRST_INDICATORS.indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.contains(" #")) return false;
        if (inFlow && text.chars().anyMatch(c -> FLOW_INDICATORS.indexOf(c) >= 0)) return false;
        return TEXT_TAGS.contains(RESOLVER.resolve(NodeId.scalar, text, true));
    }

    /** Whether the text holds a line break, as YAML counts them. */
    static boolean hasBreak(String text) {
        return text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** The text in double quotes, on one line. */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) out.append(String.format("\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** The text on one line in the given style when it can keep it: plain, single- or double-quoted. */
    static String inline(String text, ScalarStyle style, boolean inFlow) {
        if (style == ScalarStyle.SINGLE_QUOTED && !hasBreak(text)) return "'" + text.replace("'", "''") + "'";
        if (style == ScalarStyle.PLAIN && plainSafe(text, inFlow)) return text;
        return doubleQuoted(text);
    }

    /**
     * The text as a folded block: its header ({@code >-}, or {@code >} for one final line break), then its lines
     * indented by {@code indent}, wrapped at about {@link #WRAP} columns only where a single space stands between
     * two other characters. Null when folding cannot keep the text (line breaks inside, tabs, spaces at either end).
     */
    static List<String> folded(String text, int indent) {
        String header = ">-";
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
            header = ">";
        }
        if (text.isEmpty() || hasBreak(text) || text.indexOf('\t') >= 0 || text.startsWith(" ") || text.endsWith(" ")) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(header));
        String pad = " ".repeat(indent);
        int start = 0;
        while (indent + text.length() - start > WRAP) {
            int cut = -1;
            for (int i = start + 1; i < text.length() - 1; i++) {
                if (text.charAt(i) != ' ' || text.charAt(i - 1) == ' ' || text.charAt(i + 1) == ' ') continue;
                boolean fits = indent + i - start <= WRAP;
                if (cut < 0 || fits) cut = i;
                if (!fits) break;
            }
            if (cut < 0) break;
            lines.add(pad + text.substring(start, cut));
            start = cut + 1;
        }
        lines.add(pad + text.substring(start));
        return closesFrontMatter(lines) ? null : lines;
    }

    /**
     * The text as a literal block: its header ({@code |-}, {@code |} or {@code |+} after the final line breaks),
     * then its lines indented by {@code indent}. Null when a literal block cannot keep the text.
     */
    static List<String> literal(String text, int indent) {
        if (text.isEmpty() || " \t\n".indexOf(text.charAt(0)) >= 0 || text.chars().anyMatch(c -> c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029')) {
            return null;
        }
        int breaks = 0;
        while (breaks < text.length() && text.charAt(text.length() - 1 - breaks) == '\n') breaks++;
        String header = breaks == 0 ? "|-" : breaks == 1 ? "|" : "|+";
        String content = breaks == 0 ? text : text.substring(0, text.length() - 1);
        List<String> lines = new ArrayList<>(List.of(header));
        for (String line : content.split("\n", -1)) lines.add(line.isEmpty() ? "" : " ".repeat(indent) + line);
        return closesFrontMatter(lines) ? null : lines;
    }

    /** Whether one of these lines would be read as the front matter's closing {@code ---}. */
    private static boolean closesFrontMatter(List<String> lines) {
        return lines.stream().anyMatch(line -> line.strip().equals("---"));
    }
}
