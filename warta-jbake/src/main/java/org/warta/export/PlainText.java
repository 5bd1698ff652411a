package org.warta.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sanitised release body as plain text: one paragraph per block (paragraph, heading, list item, quote,
 * table row), separated by a blank line; list items start with {@code - } or their number, table cells are
 * separated by {@code " | "}. Line breaks inside a paragraph stay line breaks.
 */
public final class PlainText {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "dt", "dd", "figcaption", "hr");

    private PlainText() {
    }

    /** The text of an HTML fragment. */
    public static String of(String html) {
        List<String> paragraphs = new ArrayList<>();
        collect(Jsoup.parseBodyFragment(html).body(), paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void collect(Element element, List<String> paragraphs) {
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (tag.equals("hr")) {
                paragraphs.add("* * *");
            } else if (tag.equals("li")) {
                String marker = child.parent() != null && child.parent().normalName().equals("ol")
                        ? (child.elementSiblingIndex() + 1) + ". " : "- ";
                addBlock(paragraphs, marker, inline(child, true));
                collectNested(child, paragraphs);
            } else if (tag.equals("tr")) {
                addBlock(paragraphs, "", String.join(" | ", child.children().stream().map(cell -> inline(cell, false)).toList()));
            } else if (tag.equals("blockquote")) {
                List<String> quoted = new ArrayList<>();
                if (containsBlock(child)) collect(child, quoted);
                else addBlock(quoted, "", inline(child, false));
                for (String paragraph : quoted) paragraphs.add("> " + paragraph.replace("\n", "\n> "));
            } else if (tag.equals("pre")) {
                addBlock(paragraphs, "", child.wholeText().stripTrailing());
            } else if (BLOCKS.contains(tag) && !containsBlock(child)) {
                addBlock(paragraphs, "", inline(child, false));
            } else {
                collect(child, paragraphs);
            }
        }
    }

    /** Lists inside a list item. */
    private static void collectNested(Element item, List<String> paragraphs) {
        for (Element child : item.children()) {
            if (child.normalName().equals("ul") || child.normalName().equals("ol")) collect(child, paragraphs);
        }
    }

    private static boolean containsBlock(Element element) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName()) || child.normalName().equals("ul") || child.normalName().equals("ol")) return true;
        }
        return false;
    }

    private static void addBlock(List<String> paragraphs, String marker, String text) {
        if (!text.isBlank()) paragraphs.add(marker + text);
    }

    /** The element's inline text: runs of white space become one space, {@code <br>} a line break. */
    private static String inline(Element element, boolean skipLists) {
        StringBuilder text = new StringBuilder();
        appendInline(element, skipLists, text);
        return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static void appendInline(Node node, boolean skipLists, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(SPACES.matcher(t.text()).replaceAll(" "));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) text.append('\n');
                else if (skipLists && (tag.equals("ul") || tag.equals("ol"))) continue;
                else if (tag.equals("img")) text.append(e.attr("alt"));
                else appendInline(e, skipLists, text);
            }
        }
    }
}
