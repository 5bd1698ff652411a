package org.warta.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release body: Markdown to HTML with flexmark, then cleaned by Jsoup so no script can reach a reader. */
public final class MarkdownBody {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addProtocols("a", "href", "mailto", "tel")
            .preserveRelativeLinks(true);
    /** The attributes that hold an address, of the elements the safelist keeps. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "cite");
    /** The schemes a link may have; any other (javascript:, data:, vbscript:, file:) is removed. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // No ids on the body's headings: the sanitiser drops them anyway, and making them unescapes each heading's
        // text in time and memory that grow with its square (a heading of 200,000 backslashes: 4 s and 76 GB
        // allocated, unchecked by the reading budget because rendering does not read through it).
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private MarkdownBody() {
    }

    /** Thrown when a body takes longer to read than {@link #budgetMillis} allows. */
    public static final class TooComplex extends RuntimeException {
        TooComplex(long millis) {
            super("lebih dari " + millis + " ms");
        }
    }

    /**
     * The most time reading one body may take, in processor time of the thread that reads it (so that a busy
     * machine does not refuse a release another time accepts): 2 s, and 1 s more per 100,000 characters. A real release of any
     * length takes a small part of it (an 800 KB table, 1.2 s); flexmark's regular expressions take exponential
     * time on a few hundred crafted characters (a link label of backslashes and entities), and only this stops them.
     */
    static long budgetMillis(int length) {
        return 2_000 + length / 100;
    }

    /**
     * Sanitised HTML of a Markdown body; safe to print unescaped.
     *
     * @throws TooComplex when reading it takes longer than {@link #budgetMillis}
     */
    public static String toHtml(String markdown) {
        long budget = budgetMillis(markdown.length());
        String html = RENDERER.render(PARSER.parse(BasedSequence.of(new Bounded(markdown, Clock.now() + budget * 1_000_000, budget))));
        // What Jsoup.clean does, without printing the clean tree and parsing it again for the image check.
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, "http://warta.invalid/"));
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        for (Element element : clean.body().getAllElements()) {
            for (String attribute : ADDRESSES) {
                if (!element.hasAttr(attribute)) continue;
                String address = asBrowserReads(element.attr(attribute));
                String scheme = scheme(address);
                if (element.tagName().equals("img")) {
                    // an image from another site would tell it who reads the release: readers' requests stay here
                    if (scheme != null || address.startsWith("//")) element.remove();
                } else if (scheme != null && !LINK_SCHEMES.contains(scheme)) {
                    element.removeAttr(attribute);
                }
            }
        }
        return clean.body().html();
    }

    /**
     * An address as a browser's URL parser reads it: tabs and line ends anywhere are dropped, control characters and
     * spaces at both ends trimmed, and a backslash is a slash ({@code jav&#x09;ascript:} is {@code javascript:}).
     * The sanitiser's own check is not relied on alone: jsoup before 1.15.3 missed exactly this.
     */
    static String asBrowserReads(String address) {
        String dropped = address.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
        int start = 0;
        int end = dropped.length();
        while (start < end && dropped.charAt(start) <= ' ') start++;
        while (end > start && dropped.charAt(end - 1) <= ' ') end--;
        return dropped.substring(start, end);
    }

    /** The scheme a browser reads from an address ({@code javascript} from {@code " jav&#x09;aScript:"}), or null. */
    public static String browserScheme(String address) {
        return scheme(asBrowserReads(address));
    }

    /** The address's scheme in lower case ({@code javascript}), or null for an address on this site. */
    static String scheme(String address) {
        Matcher matcher = SCHEME.matcher(address);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The body as flexmark reads it, through a sequence that checks the clock every 1,024 characters read and stops
     * the reader past its deadline: a regular expression cannot be interrupted, but it reads its text.
     */
    private static final class Bounded implements CharSequence {
        private final String text;
        private final long deadline;
        private final long budget;
        private int reads;

        Bounded(String text, long deadline, long budget) {
            this.text = text;
            this.deadline = deadline;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && Clock.now() - deadline > 0) throw new TooComplex(budget);
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Bounded(text.substring(start, end), deadline, budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The reading thread's processor time, in nanoseconds; the wall clock where the JVM cannot measure it. */
    private static final class Clock {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

        static long now() {
            return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }
}
