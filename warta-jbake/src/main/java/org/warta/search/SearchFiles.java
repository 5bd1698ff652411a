package org.warta.search;

import org.warta.site.Paths;
import org.warta.incremental.PreviousBake;
import org.warta.pages.PageWriter;
import org.warta.pages.ReleasePages;
import org.warta.site.Catalog;
import org.warta.view.IndonesianDates;
import org.warta.view.ReleaseView;

import org.warta.pages.PageException;
import org.warta.content.Release;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The search index ({@link SearchIndex}) under {@code /cari/indeks/}, built from the release pages this bake
 * has just written: only what the template marks ({@code [data-search-body]}, its {@code [data-search-title]}
 * and {@code [data-search-summary]}, without {@code [data-search-ignore]}), plus the release's own filter
 * fields. Every online release is indexed (drafts and embargoed ones never are online); withdrawn ones are
 * marked. Runs after {@link ReleasePages}; a plan (which writes nothing) plans only {@code meta.json}. Also
 * writes the search client, {@code /js/cari.js}, from its source (see {@link #compact}).
 */
public final class SearchFiles {
    static final String BASE = Paths.SEARCH_INDEX;
    /** The search client; its readable source is the resource {@code cari.js} beside this class. */
    static final String SCRIPT = Paths.SEARCH_SCRIPT;

    private SearchFiles() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        byte[] script = compact(script()).getBytes(StandardCharsets.UTF_8);
        writer.writeFile(SCRIPT, () -> script);
        SearchIndex.Builder index = new SearchIndex.Builder(Release.SECTIONS.stream().map(ReleaseView::sectionName).toList());
        if (writer.isPlan()) {
            // a plan reads no page back (it wrote none); the index's first file stands for the rest
            writer.writeFile(BASE + "meta.json", () -> new byte[0]);
            return;
        }
        for (Release r : catalog.online()) {
            String path = BASE + index.documentFile();
            SearchIndex.Document document = document(r, writer, writer.previous());
            byte[] shown = index.add(document);
            // a result file is made of its document (its number is in its name)
            writer.writeFile(path, document, () -> shown);
        }
        for (Map.Entry<String, byte[]> file : index.finish().entrySet()) {
            // compared by content: a term file that did not change is taken over
            writer.writeFile(BASE + file.getKey(), java.nio.ByteBuffer.wrap(file.getValue()), file::getValue);
        }
    }

    private static String script() throws PageException {
        try (java.io.InputStream in = SearchFiles.class.getResourceAsStream("cari.js")) {
            if (in == null) throw new PageException("cari.js is missing from warta-jbake's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new PageException("cari.js could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The script as served: without comments, indentation and the spaces a parser does not need (a third of its
     * bytes; the search page has a 50 KB budget). Line by line, line breaks kept (so semicolon insertion reads it as
     * written): a line whose text starts with {@code //} goes, as do lines from one starting with {@code /*} to the
     * one holding its end; in the others, {@link #squeeze} leaves strings and regular expressions as they are.
     * SearchFilesTest runs the whole Node test suite of cari.js against the served file.
     */
    static String compact(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean inComment = false;
        for (String line : source.split("\n", -1)) {
            String text = line.strip();
            if (inComment || text.startsWith("/*")) {
                inComment = !text.contains("*/");
                continue;
            }
            if (text.isEmpty() || text.startsWith("//")) continue;
            String squeezed = squeeze(text);
            if (!squeezed.isEmpty()) out.append(squeezed).append('\n');
        }
        return out.toString();
    }

    /** Keywords after which a '/' starts a regular expression, not a division. */
    private static final java.util.Set<String> BEFORE_REGEX = java.util.Set.of("return", "typeof", "case", "void", "in",
            "of", "delete", "instanceof", "new", "else", "do");

    /**
     * One line of code without the spaces between two tokens that are not both words (and not two '+' or two '-',
     * nor beside a '/'), and without a comment at its end. Strings ('…', "…", `…`) and regular expressions are copied
     * as they are.
     */
    static String squeeze(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n && line.charAt(j) != c) j += line.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(n, j + 1);
                out.append(line, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
                break; // a comment to the end of the line
            } else if (c == '/' && regexMayStart(out)) {
                int j = i + 1;
                boolean inClass = false;
                while (j < n && (inClass || line.charAt(j) != '/')) {
                    char r = line.charAt(j);
                    if (r == '\\') j++;
                    else if (r == '[') inClass = true;
                    else if (r == ']') inClass = false;
                    j++;
                }
                j = Math.min(n, j + 1);
                while (j < n && Character.isLetter(line.charAt(j))) j++;
                out.append(line, i, j);
                i = j;
            } else if (c == ' ' || c == '\t') {
                int j = i;
                while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) j++;
                char previous = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char next = j < n ? line.charAt(j) : ' ';
                boolean needed = (word(previous) && word(next)) || (previous == '+' && next == '+')
                        || (previous == '-' && next == '-') || previous == '/' || next == '/';
                if (needed && out.length() > 0 && j < n) out.append(' ');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** Whether a '/' after what is written so far starts a regular expression (after an operator or a keyword). */
    private static boolean regexMayStart(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        if (end == 0) return true;
        char last = out.charAt(end - 1);
        if (!word(last)) return last != ')' && last != ']' && last != '}';
        int start = end;
        while (start > 0 && word(out.charAt(start - 1))) start--;
        return BEFORE_REGEX.contains(out.substring(start, end));
    }

    /** A release's search document: the previous bake's when its page was taken over unchanged, else read from the page. */
    private static SearchIndex.Document document(Release r, PageWriter writer, PreviousBake previous) throws PageException {
        String file = org.warta.content.Addresses.fileOf(r.permalink());
        SearchIndex.Document document = previous == null ? null : previous.indexed(file, r, SearchIndex.Document.class);
        if (document == null) {
            byte[] page = writer.readBack(r.permalink()).orElseThrow();
            document = document(r, new String(page, StandardCharsets.UTF_8));
        }
        if (previous != null) previous.keepIndexed(file, r, document);
        return document;
    }

    private static SearchIndex.Document document(Release r, String html) throws PageException {
        PageText text = PageText.of(html);
        if (text == null) throw new PageException("Halaman " + r.permalink() + " tidak bertanda data-search-body");
        return new SearchIndex.Document(r.permalink(), text.title(), text.summary(), text.rest(), r.date().date().toString(),
                IndonesianDates.shortDay(r.date()), r.date().year(), ReleaseView.sectionName(r.section()), r.province(),
                r.topics(), r.status() == Release.Status.WITHDRAWN);
    }


}
