package org.warta.markup;

import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pages the bake itself wrote, once, front to back, without building a document tree: each start tag
 * with its attributes (names in lower case, values with their character references decoded, the first of two
 * equal names kept), each end tag and each run of text (decoded), as jsoup's parser reads them. For the link check
 * and the search index, which read every page of a large site: a tree of every page cost more than making it.
 *
 * <p>Exact for what Warta's templates and its Markdown sanitiser write (every element closed, as a serialised
 * jsoup document is), which {@code HtmlScanTest} checks against jsoup's parse on every page of a baked site,
 * hostile bodies included. Of HTML's repairs it makes those such pages need: a start tag that closes an open p, list
 * item or heading, SVG's "<line/>" (a stray "</p>", an empty p to HTML, is passed over); an end tag closes the nearest open element of
 * its name and every element opened after it. Not a general HTML parser: tables, forms and mis-nested formatting
 * elements are read as written.</p>
 */
public final class HtmlScan {
    /** Elements without content: never on the stack of open elements. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "command", "menuitem");
    /** Elements whose content is text up to their end tag: RCDATA (references decoded), RAWTEXT (as it is). */
    private static final Set<String> RCDATA = Set.of("title", "textarea");
    private static final Set<String> RAWTEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes");
    /** Start tags that close an open {@code p} first (HTML's "close a p element"): a sanitised body can nest them. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center", "details",
            "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
            "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
            "form", "plaintext", "table", "hr", "xmp");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Where a search for an open {@code p} stops (HTML's "button scope"). */
    private static final Set<String> BUTTON_SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "button");

    /** What a scan reports; each method has nothing to do by default. */
    public interface Handler {
        /**
         * A start tag. {@code open} is the stack of open elements before it, outermost first (its parent is the
         * last); the handler may not keep the list. An element {@linkplain Element#endedAtStart() ended at its start}
         * gets no {@link #end}.
         */
        default void start(Element element, List<Element> open) {
        }

        /** The end of an open element (explicit, or closed by the end tag of an element around it, or at the end). */
        default void end(Element element) {
        }

        /** A run of text, its character references decoded. */
        default void text(String text) {
        }
    }

    /**
     * An element: its tag and its attributes. Compared by identity (two equal tags are two elements), so that a
     * handler can tell which one {@link Handler#end} closes.
     */
    public static final class Element {
        private final String tag;
        private final Map<String, String> attributes;
        private final boolean ended;

        Element(String tag, Map<String, String> attributes, boolean ended) {
            this.tag = tag;
            this.attributes = attributes;
            this.ended = ended;
        }

        /** Whether it ends where it starts (a void element, or one written "{@code <line/>}"): it gets no end. */
        public boolean endedAtStart() {
            return ended;
        }

        public String tag() {
            return tag;
        }

        /** Its attributes, in page order, names in lower case. */
        public Map<String, String> attributes() {
            return attributes;
        }

        /** Whether it has the attribute (with any value, or none). */
        public boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }

        /** The attribute's value; "" when it has none or lacks the attribute (as jsoup's attr). */
        public String attr(String attribute) {
            return attributes.getOrDefault(attribute, "");
        }

        /** Whether the element's {@code class} names {@code name} (case-insensitively, as jsoup's hasClass). */
        public boolean hasClass(String name) {
            String classes = attributes.get("class");
            if (classes == null) return false;
            // the class names, split at HTML's white space (space, tab, LF, FF, CR), without a regex
            int length = classes.length();
            for (int start = 0; start < length; ) {
                while (start < length && htmlSpace(classes.charAt(start))) start++;
                int end = start;
                while (end < length && !htmlSpace(classes.charAt(end))) end++;
                if (end - start == name.length() && classes.regionMatches(true, start, name, 0, name.length())) return true;
                start = end;
            }
            return false;
        }
    }

    private HtmlScan() {
    }

    private static boolean htmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Reads {@code html}, reporting to {@code handler}. */
    public static void scan(String html, Handler handler) {
        List<Element> open = new ArrayList<>();
        int n = html.length();
        int i = 0;
        int textStart = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char next = html.charAt(lt + 1);
            if (isLetter(next)) {
                text(html, textStart, lt, handler);
                int before = open.size();
                i = startTag(html, lt + 1, handler, open);
                textStart = i;
                Element top = open.size() > before ? open.get(open.size() - 1) : null;
                if (top != null && (RCDATA.contains(top.tag()) || RAWTEXT.contains(top.tag()))) {
                    int close = indexOfEndTag(html, i, top.tag());
                    String content = html.substring(i, close);
                    if (!content.isEmpty()) handler.text(RCDATA.contains(top.tag()) ? decode(content, false) : content);
                    i = close;
                    textStart = close;
                }
            } else if (next == '/' && lt + 2 < n && isLetter(html.charAt(lt + 2))) {
                text(html, textStart, lt, handler);
                int end = lt + 2;
                while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '/' && html.charAt(end) != '>') end++;
                String tag = html.substring(lt + 2, end).toLowerCase(Locale.ROOT);
                int gt = html.indexOf('>', end);
                i = gt < 0 ? n : gt + 1;
                textStart = i;
                // a stray "</p>" makes an empty p in HTML: no text, no attributes, so nothing to report
                close(tag, open, handler);
            } else if (next == '!' || next == '?' || next == '/') {
                text(html, textStart, lt, handler);
                if (html.startsWith("<!--", lt)) {
                    int endComment = html.indexOf("-->", lt + 4);
                    i = endComment < 0 ? n : endComment + 3;
                } else {
                    int gt = html.indexOf('>', lt + 2);
                    i = gt < 0 ? n : gt + 1;
                }
                textStart = i;
            } else {
                i = lt + 1; // a '<' that starts no tag is text
            }
        }
        text(html, textStart, n, handler);
        for (int e = open.size() - 1; e >= 0; e--) handler.end(open.remove(e));
    }

    private static void text(String html, int from, int to, Handler handler) {
        if (to > from) handler.text(decode(html.substring(from, to), false));
    }

    /** Reads a start tag from after its '<'; returns where the text after it starts. */
    private static int startTag(String html, int from, Handler handler, List<Element> open) {
        int n = html.length();
        int i = from;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') i++;
        String tag = html.substring(from, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean selfClosing = false;
        while (i < n) {
            char c = html.charAt(i);
            if (isSpace(c) || c == '/') {
                selfClosing = c == '/';
                i++;
                continue;
            }
            if (c == '>') {
                i++;
                break;
            }
            selfClosing = false;
            int nameStart = i;
            // an attribute name runs to a space, '/', '>' or '=' (its first character may be '=')
            i++;
            while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>' && html.charAt(i) != '=') i++;
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int j = i;
            while (j < n && isSpace(html.charAt(j))) j++;
            String value = "";
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && isSpace(html.charAt(j))) j++;
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    char quote = html.charAt(j);
                    int close = html.indexOf(quote, j + 1);
                    if (close < 0) close = n;
                    value = decode(html.substring(j + 1, close), true);
                    i = Math.min(n, close + 1);
                } else {
                    int end = j;
                    while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '>') end++;
                    value = decode(html.substring(j, end), true);
                    i = end;
                }
            }
            attributes.putIfAbsent(name, value);
        }
        if (!inForeign(open)) impliedEnds(tag, open, handler);
        // "<line/>" ends itself in SVG and MathML, and for a tag HTML does not know; "<div/>" is a start tag
        boolean ended = VOID.contains(tag) || (selfClosing && (inForeign(open) || !Tag.isKnownTag(tag)));
        Element element = new Element(tag, Collections.unmodifiableMap(attributes), ended);
        handler.start(element, Collections.unmodifiableList(open));
        if (!ended) open.add(element);
        return i;
    }

    /** The elements a start tag closes by HTML's rules before it opens (a p, a list item, a heading). */
    private static void impliedEnds(String tag, List<Element> open, Handler handler) {
        if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            Set<String> items = tag.equals("li") ? Set.of("li") : Set.of("dd", "dt");
            for (int e = open.size() - 1; e >= 0; e--) {
                String name = open.get(e).tag();
                if (items.contains(name)) {
                    popTo(e, open, handler);
                    break;
                }
                if (!name.equals("address") && !name.equals("div") && !name.equals("p") && SPECIAL.contains(name)) break;
            }
        }
        if (CLOSES_P.contains(tag) || tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            int p = openP(open);
            if (p >= 0) popTo(p, open, handler);
        }
        if (HEADINGS.contains(tag) && !open.isEmpty() && HEADINGS.contains(open.get(open.size() - 1).tag())) {
            popTo(open.size() - 1, open, handler);
        }
    }

    /** Elements that stop the search for an open list item (HTML's "special" category, the part pages use). */
    private static final Set<String> SPECIAL = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "button", "object", "template");

    /** The place of the open p that a start tag would close, or -1. */
    private static int openP(List<Element> open) {
        for (int e = open.size() - 1; e >= 0; e--) {
            String name = open.get(e).tag();
            if (name.equals("p")) return e;
            if (BUTTON_SCOPE.contains(name)) return -1;
        }
        return -1;
    }

    /** Ends the element at {@code index} and every one opened after it. */
    private static void popTo(int index, List<Element> open, Handler handler) {
        for (int k = open.size() - 1; k >= index; k--) handler.end(open.remove(k));
    }

    private static boolean inForeign(List<Element> open) {
        for (Element element : open) {
            if (element.tag().equals("svg") || element.tag().equals("math")) return true;
        }
        return false;
    }

    /** Where the end tag of a text-only element starts ({@code </script}), or the end of the page. */
    private static int indexOfEndTag(String html, int from, String tag) {
        int i = from;
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) return html.length();
            if (html.regionMatches(true, lt + 2, tag, 0, tag.length())) {
                int after = lt + 2 + tag.length();
                if (after >= html.length() || isSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>') {
                    return lt;
                }
            }
            i = lt + 2;
        }
    }

    /** An end tag closes the nearest open element of its name and every one opened after it; else it is ignored. */
    private static void close(String tag, List<Element> open, Handler handler) {
        for (int e = open.size() - 1; e >= 0; e--) {
            if (open.get(e).tag().equals(tag)) {
                popTo(e, open, handler);
                return;
            }
        }
    }

    /**
     * Text or an attribute value with its character references decoded by jsoup's own rules; only when it has one
     * (jsoup's decoder sets up a reader with a large buffer on every call, most text has no '&').
     */
    private static String decode(String text, boolean inAttribute) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, inAttribute);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** HTML's whitespace: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Jsoup's text of a text node: runs of whitespace (no-break spaces too) as one space. */
    public static String normalised(String text) {
        return StringUtil.normaliseWhitespace(text);
    }
}
