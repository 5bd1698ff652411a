package org.warta.search;

import org.warta.export.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static search index, as files under {@code /cari/indeks/}, read by {@code /js/cari.js}. Documents are
 * numbered in the order added (newest first), so a number also orders by date. What a query fetches, and nothing
 * that grows with the archive unless its words do:
 * <ul>
 * <li>{@code meta.json}: counts; the names behind the filter codes (sections, provinces, topics); the withdrawn
 *     documents; which term shards are split (below); the number of phrase buckets;</li>
 * <li>{@code t/<xy>.json} for each query word: the terms beginning with {@code xy}; a file that would be too big
 *     is split by the next letter ({@code t/xyz.json}, and so on), its prefix then listed in {@code split}
 *     ({@link #shard}). A term maps to its
 *     {@link Postings} when that is short, or else to its document count, its postings then being
 *     {@code l/<term>.txt}. A level is the term's BM25 weight in that document (k1 1.2, b 0.75; title words count
 *     three times, summary words twice) in eighths of its maximum, k1 + 1, plus {@link Postings#TITLE} when the
 *     term stands in the title; the browser multiplies the weight by the term's idf and adds the ranking's
 *     bonuses (cari.js, {@code match});</li>
 * <li>{@code d/<n>.json}: what result {@code n} shows (url, title, date, date label, province when there is one,
 *     section, the text's first 260 characters for the snippet), only for the results on screen;</li>
 * <li>{@code b/<k>.json}, for every query of two words or more: the documents in which two terms stand side by
 *     side in one field ({@link Postings#TITLE} when in the title), for every such pair whose FNV-1a hash (of
 *     "first second") modulo {@code pairBuckets} is {@code k}; a phrase in quotes must match them, other queries
 *     rank by them;</li>
 * <li>{@code f/<n>.txt}, only when the reader filters: filter codes of documents {@code n*1000} to
 *     {@code n*1000+999}, per document the varints (see {@link Postings}) section, province + 1 (0: national),
 *     year - firstYear, the number of topics, the topics.</li>
 * </ul>
 * Build one with {@link Builder}: it keeps counts, not texts, of the documents added.
 */
public final class SearchIndex {
    public static final int FILTER_CHUNK = 1000;
    public static final int VERSION = 3;
    static final double K1 = 1.2, B = 0.75;
    private static final int TITLE_WEIGHT = 3, SUMMARY_WEIGHT = 2;
    /**
     * Characters of a document's text kept for snippets: the snippet is the first sentence holding a query word,
     * cut at 240 characters; ten results on screen are then under 3 KB of excerpts.
     */
    private static final int EXCERPT = 260;
    /** A term's postings longer than this go into a file of their own. */
    static final int INLINE = 48;
    /** A two-letter shard longer than this is split by the terms' third letter. */
    static final int SPLIT = 8 * 1024;
    /** About this many bytes of phrase pairs to a bucket. */
    static final int PAIR_BUCKET = 6 * 1024;

    /** One indexed release, as its page shows it. */
    public record Document(String url, String title, String summary, String body, String date, String dateLabel,
                           int year, String section, String province, List<String> topics, boolean withdrawn) {
    }

    private SearchIndex() {
    }

    /** Every index file for {@code documents}, newest first (the tests' way; the bake uses {@link Builder}). */
    public static Map<String, byte[]> build(List<Document> documents, List<String> sections) {
        Builder builder = new Builder(sections);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Document d : documents) files.put(builder.documentFile(), builder.add(d));
        files.putAll(builder.finish());
        return files;
    }

    /** The term file a term is in: its first two letters, one more for as long as that prefix is split. */
    public static String shard(String term, List<String> split) {
        String prefix = term.length() <= 2 ? term : term.substring(0, 2);
        while (term.length() > prefix.length() && split.contains(prefix)) prefix = term.substring(0, prefix.length() + 1);
        return prefix;
    }

    /** FNV-1a, 32 bits, of a phrase pair's characters (all ASCII), as cari.js computes it. */
    static int pairHash(String pair) {
        int h = 0x811c9dc5;
        for (int i = 0; i < pair.length(); i++) {
            h ^= pair.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** Adds documents one at a time; {@link #finish} writes the shared files. */
    public static final class Builder {
        private final List<String> sections;
        /** Each term's number, in the order first met; {@link #names} and {@link #postings} by that number. */
        private final Map<String, Integer> termIds = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<Growing> postings = new ArrayList<>();
        /** The term number of each word met so far: a word is stemmed once per index, not once per occurrence. */
        private final Map<String, Integer> wordTerms = new HashMap<>();
        /**
         * Phrase pairs, keyed by their two term numbers (first in the high 32 bits): an open-addressing table from
         * key to the pair's number in {@link #pairLists} (-1: empty); millions of lookups, no boxing.
         */
        private long[] pairKeys = new long[1 << 12];
        private int[] pairSlots = emptySlots(1 << 12);
        private final List<Growing> pairLists = new ArrayList<>();
        /** Scratch space of {@link #add}: term frequencies by term number, the terms met, the pairs met. */
        private int[] frequencies = new int[1024];
        private int[] touched = new int[256];
        private long[] docPairs = new long[1024];
        /** Per term met in this document's title: 1 (scratch of {@link #add}, by term number). */
        private byte[] titled = new byte[1024];
        private final Growing lengths = new Growing(true);
        private final List<Object[]> filters = new ArrayList<>();  // section, province, year, topics
        private final List<Integer> withdrawn = new ArrayList<>();
        private int documents;

        public Builder(List<String> sections) {
            this.sections = List.copyOf(sections);
        }

        private int termId(String term) {
            Integer id = termIds.get(term);
            if (id != null) return id;
            int next = names.size();
            termIds.put(term, next);
            names.add(term);
            postings.add(new Growing(true));
            if (next == frequencies.length) {
                frequencies = Arrays.copyOf(frequencies, next * 2);
                titled = Arrays.copyOf(titled, next * 2);
            }
            return next;
        }

        /** The document list of a phrase pair, made on first use. */
        private Growing pair(long key) {
            int mask = pairKeys.length - 1;
            int i = slot(key, mask);
            while (pairSlots[i] >= 0) {
                if (pairKeys[i] == key) return pairLists.get(pairSlots[i]);
                i = (i + 1) & mask;
            }
            Growing list = new Growing(true);
            list.key = key;
            pairKeys[i] = key;
            pairSlots[i] = pairLists.size();
            pairLists.add(list);
            if (pairLists.size() * 2 > pairKeys.length) {
                pairKeys = new long[pairKeys.length * 2];
                pairSlots = emptySlots(pairKeys.length);
                for (int n = 0; n < pairLists.size(); n++) {
                    int j = slot(pairLists.get(n).key, pairKeys.length - 1);
                    while (pairSlots[j] >= 0) j = (j + 1) & (pairKeys.length - 1);
                    pairKeys[j] = pairLists.get(n).key;
                    pairSlots[j] = n;
                }
            }
            return list;
        }

        private static int slot(long key, int mask) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }

        private static int[] emptySlots(int size) {
            int[] slots = new int[size];
            Arrays.fill(slots, -1);
            return slots;
        }

        /** The path of the next document's file, {@code d/<n>.json}. */
        public String documentFile() {
            return "d/" + documents + ".json";
        }

        /** Indexes a document; returns its result file, to be written at {@link #documentFile()}. */
        public byte[] add(Document d) {
            int doc = documents++;
            int length = 0;
            int touchedCount = 0, pairCount = 0;
            int titlePairs = 0;
            for (Object[] field : new Object[][]{{d.title(), TITLE_WEIGHT}, {d.summary(), SUMMARY_WEIGHT}, {d.body(), 1}}) {
                int previous = -1;
                boolean title = field[0] == d.title();
                for (String word : Terms.words((String) field[0])) {
                    Integer known = wordTerms.get(word);
                    int term = known != null ? known : termId(IndonesianStemmer.stem(word));
                    if (known == null) wordTerms.put(word, term);
                    if (frequencies[term] == 0) {
                        if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
                        touched[touchedCount++] = term;
                    }
                    frequencies[term] += (Integer) field[1];
                    if (title) titled[term] = 1;
                    if (previous >= 0) {
                        if (pairCount == docPairs.length) docPairs = Arrays.copyOf(docPairs, pairCount * 2);
                        docPairs[pairCount++] = (long) previous << 32 | term;
                        if (title) titlePairs = pairCount;
                    }
                    previous = term;
                    length++;
                }
            }
            lengths.add(doc, length);
            for (int i = 0; i < touchedCount; i++) {
                int term = touched[i];
                postings.get(term).add(doc, frequencies[term] * 2 + titled[term]);
                frequencies[term] = 0;
                titled[term] = 0;
            }
            // the title's pairs come first in docPairs; a pair met there is marked, wherever else it stands too
            long[] inTitle = Arrays.copyOf(docPairs, titlePairs);
            Arrays.sort(inTitle);
            Arrays.sort(docPairs, 0, pairCount);
            for (int i = 0; i < pairCount; i++) {
                if (i > 0 && docPairs[i] == docPairs[i - 1]) continue;
                pair(docPairs[i]).add(doc, Arrays.binarySearch(inTitle, docPairs[i]) >= 0 ? Postings.TITLE : 0);
            }
            filters.add(new Object[]{d.section(), d.province(), d.year(), d.topics()});
            if (d.withdrawn()) withdrawn.add(doc);

            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("u", d.url());
            shown.put("t", d.title());
            shown.put("d", d.date());
            shown.put("l", d.dateLabel());
            if (d.province() != null) shown.put("p", d.province());
            shown.put("s", d.section());
            String text = d.summary() + " " + d.body();
            int cut = text.lastIndexOf(' ', EXCERPT);
            shown.put("x", text.length() <= EXCERPT ? text : text.substring(0, cut > 0 ? cut : EXCERPT) + " …");
            return json(shown);
        }

        /** The files shared by all documents: meta, term shards and long postings, phrase buckets, filters. */
        public Map<String, byte[]> finish() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            double average = 0;
            for (int i = 0; i < lengths.count; i++) average += lengths.values[i];
            average = documents == 0 ? 1 : Math.max(1, average / documents);

            Map<String, Map<String, Object>> shards = new TreeMap<>();
            List<String> longTerms = new ArrayList<>();
            int[] levels = new int[documents];
            Map<String, Growing> sortedTerms = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) sortedTerms.put(names.get(i), postings.get(i));
            for (Map.Entry<String, Growing> entry : sortedTerms.entrySet()) {
                Growing list = entry.getValue();
                for (int i = 0; i < list.count; i++) {
                    double tf = list.values[i] >> 1;
                    double w = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths.values[list.docs[i]] / average));
                    levels[i] = Postings.level(w, K1 + 1) + ((list.values[i] & 1) == 1 ? Postings.TITLE : 0);
                }
                String postings = Postings.encode(list.docs, levels, list.count, documents);
                Object value = postings;
                if (postings.length() > INLINE) {
                    files.put("l/" + entry.getKey() + ".txt", postings.getBytes(StandardCharsets.US_ASCII));
                    longTerms.add(entry.getKey());
                    value = list.count;
                }
                shards.computeIfAbsent(shard(entry.getKey(), List.of()), k -> new TreeMap<>()).put(entry.getKey(), value);
            }
            List<String> split = new ArrayList<>();
            while (!shards.isEmpty()) {
                Map<String, Map<String, Object>> next = new TreeMap<>();
                for (Map.Entry<String, Map<String, Object>> shard : shards.entrySet()) {
                    byte[] whole = json(shard.getValue());
                    String prefix = shard.getKey();
                    boolean splittable = shard.getValue().keySet().stream().anyMatch(t -> t.length() > prefix.length());
                    if (whole.length <= SPLIT || !splittable) {
                        files.put("t/" + prefix + ".json", whole);
                        continue;
                    }
                    split.add(prefix);
                    shard.getValue().forEach((term, value) -> next.computeIfAbsent(
                            term.length() <= prefix.length() ? term : term.substring(0, prefix.length() + 1),
                            k -> new TreeMap<>()).put(term, value));
                }
                shards = next;
            }
            java.util.Collections.sort(split);

            Map<String, String> pairTexts = new TreeMap<>();
            long pairBytes = 0;
            for (Growing pair : pairLists) {
                String text = names.get((int) (pair.key >>> 32)) + " " + names.get((int) pair.key);
                String encoded = Postings.encode(pair.docs, pair.values, pair.count, documents);
                pairTexts.put(text, encoded);
                pairBytes += text.length() + encoded.length() + 6;
            }
            int buckets = (int) Math.max(1, pairBytes / PAIR_BUCKET);
            Map<Integer, Map<String, String>> bucketed = new TreeMap<>();
            pairTexts.forEach((pair, postings) ->
                    bucketed.computeIfAbsent(Integer.remainderUnsigned(pairHash(pair), buckets), k -> new TreeMap<>()).put(pair, postings));
            bucketed.forEach((k, bucket) -> files.put("b/" + k + ".json", json(bucket)));

            List<String> provinces = distinct(filters.stream().map(f -> (String) f[1]).filter(p -> p != null).toList());
            @SuppressWarnings("unchecked")
            List<String> topics = distinct(filters.stream().flatMap(f -> ((List<String>) f[3]).stream()).toList());
            int firstYear = filters.stream().mapToInt(f -> (Integer) f[2]).min().orElse(0);
            Map<String, Integer> provinceCodes = codes(provinces), topicCodes = codes(topics);
            for (int start = 0; start < documents; start += FILTER_CHUNK) {
                StringBuilder chunk = new StringBuilder();
                for (Object[] f : filters.subList(start, Math.min(documents, start + FILTER_CHUNK))) {
                    Postings.appendNumber(chunk, sections.indexOf((String) f[0]));
                    Postings.appendNumber(chunk, f[1] == null ? 0 : provinceCodes.get((String) f[1]) + 1);
                    Postings.appendNumber(chunk, (Integer) f[2] - firstYear);
                    @SuppressWarnings("unchecked")
                    List<String> docTopics = (List<String>) f[3];
                    Postings.appendNumber(chunk, docTopics.size());
                    for (String t : docTopics) Postings.appendNumber(chunk, topicCodes.get(t));
                }
                files.put("f/" + start / FILTER_CHUNK + ".txt", chunk.toString().getBytes(StandardCharsets.US_ASCII));
            }

            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("version", VERSION);
            meta.put("documents", documents);
            meta.put("filterChunk", FILTER_CHUNK);
            meta.put("firstYear", firstYear);
            meta.put("sections", sections);
            meta.put("provinces", provinces);
            meta.put("topics", topics);
            meta.put("withdrawn", withdrawn);
            meta.put("split", split);
            meta.put("pairBuckets", buckets);
            meta.put("long", longListFilter(longTerms));
            files.put("meta.json", json(meta));
            return files;
        }
    }

    /** Bits of {@link #longListFilter} per term with a long list, and hashes per term: about 1 % false positives. */
    static final int FILTER_BITS_PER_TERM = 10, FILTER_HASHES = 7;

    /**
     * A Bloom filter of the terms that have a long list ({@code l/<term>.txt}), in {@code meta.json}: the client
     * asks for a query word's long list together with its term file when the filter says it may have one (a false
     * positive, about 1 in 100, costs one 404), so that a query of known words needs no round trip for its lists.
     * {@code {bits, hashes, set}}: bit {@code p} is bit {@code p % 6} of character {@code p / 6} of {@code set};
     * a term sets bits {@code (h1 + i * h2) mod bits} for i below {@code hashes}, h1 the FNV-1a of the term and h2
     * that of the term followed by {@code "#"}, made odd (both unsigned).
     */
    static Map<String, Object> longListFilter(List<String> terms) {
        int bits = Math.max(60, (terms.size() * FILTER_BITS_PER_TERM + 5) / 6 * 6);
        boolean[] set = new boolean[bits];
        for (String term : terms) {
            for (long position : filterPositions(term, bits)) set[(int) position] = true;
        }
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < bits / 6; c++) {
            int value = 0;
            for (int j = 0; j < 6; j++) if (set[c * 6 + j]) value |= 1 << j;
            text.append(Postings.ALPHABET.charAt(value));
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("bits", bits);
        filter.put("hashes", FILTER_HASHES);
        filter.put("set", text.toString());
        return filter;
    }

    static long[] filterPositions(String term, int bits) {
        long h1 = Integer.toUnsignedLong(pairHash(term));
        long h2 = Integer.toUnsignedLong(pairHash(term + "#") | 1);
        long[] positions = new long[FILTER_HASHES];
        for (int i = 0; i < FILTER_HASHES; i++) positions[i] = (h1 + i * h2) % bits;
        return positions;
    }

    /** An append-only list of documents with a value each: twice the term's frequency plus 1 when in the title, or a pair's level. */
    private static final class Growing {
        int[] docs = new int[4];
        int[] values;
        int count;
        /** A phrase pair's key (see {@link Builder#pair}). */
        long key;

        Growing(boolean withValues) {
            values = withValues ? new int[4] : null;
        }

        void add(int doc) {
            if (count == docs.length) docs = Arrays.copyOf(docs, count * 2);
            docs[count++] = doc;
        }

        void add(int doc, int value) {
            if (count == values.length) values = Arrays.copyOf(values, count * 2);
            values[count] = value;
            add(doc);
        }
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static Map<String, Integer> codes(List<String> names) {
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < names.size(); i++) codes.put(names.get(i), i);
        return codes;
    }

    private static byte[] json(Object value) {
        return Json.compact(value).getBytes(StandardCharsets.UTF_8);
    }
}
