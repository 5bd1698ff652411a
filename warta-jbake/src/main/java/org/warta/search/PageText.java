package org.warta.search;

import org.warta.markup.HtmlScan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the search index reads of a release page: the text of the element the template marks
 * {@code data-search-body}, without its {@code data-search-ignore} parts, scripts and styles; its title (the first
 * {@code data-search-title} in it) and summary (the first {@code data-search-summary}) apart, and every element so
 * marked left out of the rest. Text nodes are joined by a space ("<a>Kodesti</a><span>Narasumber" is two words)
 * and whitespace collapsed. Read in one pass ({@link HtmlScan}); {@code PageTextTest} checks it against the same
 * selection on jsoup's document, on every release page of a baked site.
 *
 * @param title   the title's text ("" without one)
 * @param summary the summary's text ("" without one)
 * @param rest    the rest of the marked text
 */
public record PageText(String title, String summary, String rest) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The page's searchable text, or null when no element is marked {@code data-search-body}. */
    public static PageText of(String html) {
        Reader reader = new Reader();
        HtmlScan.scan(html, reader);
        if (!reader.found) return null;
        return new PageText(collapse(reader.title), collapse(reader.summary), collapse(reader.rest));
    }

    private static String collapse(StringBuilder text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final class Reader implements HtmlScan.Handler {
        boolean found;
        /** The marked element while inside it; null before and after it. */
        HtmlScan.Element body;
        /** Open elements whose text is left out (ignored, script, style, a title or summary other than the first). */
        final List<HtmlScan.Element> leftOut = new ArrayList<>();
        HtmlScan.Element titleElement;
        HtmlScan.Element summaryElement;
        boolean titleDone;
        boolean summaryDone;
        final StringBuilder title = new StringBuilder();
        final StringBuilder summary = new StringBuilder();
        final StringBuilder rest = new StringBuilder();

        @Override
        public void start(HtmlScan.Element element, List<HtmlScan.Element> open) {
            if (body == null) {
                if (!found && element.has("data-search-body")) {
                    found = true;
                    body = element;
                }
                return;
            }
            // an element that ends at its start holds no text and gets no end
            if (element.endedAtStart()) return;
            if (!leftOut.isEmpty()) {
                leftOut.add(element);
                return;
            }
            String tag = element.tag();
            boolean marksTitle = element.has("data-search-title");
            boolean marksSummary = element.has("data-search-summary");
            if (element.has("data-search-ignore") || tag.equals("script") || tag.equals("style")) {
                leftOut.add(element);
            } else if (titleElement != null || summaryElement != null) {
                return; // inside the title or the summary: its text is theirs
            } else if (marksTitle && !titleDone) {
                titleElement = element;
            } else if (marksSummary && !marksTitle && !summaryDone) {
                summaryElement = element;
            } else if (marksTitle || marksSummary) {
                leftOut.add(element);
            }
        }

        @Override
        public void end(HtmlScan.Element element) {
            if (element == body) {
                body = null;
                return;
            }
            if (!leftOut.isEmpty() && leftOut.get(leftOut.size() - 1) == element) {
                leftOut.remove(leftOut.size() - 1);
            } else if (element == titleElement) {
                titleElement = null;
                titleDone = true;
            } else if (element == summaryElement) {
                summaryElement = null;
                summaryDone = true;
            }
        }

        @Override
        public void text(String text) {
            if (body == null || !leftOut.isEmpty()) return;
            StringBuilder into = titleElement != null ? title : summaryElement != null ? summary : rest;
            into.append(HtmlScan.normalised(text)).append(' ');
        }
    }
}
