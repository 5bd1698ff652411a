package org.warta.search;

import org.warta.export.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static search index, as files under {@code /cari/indeks/}, read by {@code /js/cari.js}. Documents are
 * numbered in the order given (newest first), so a number also orders by date. A query fetches only:
 * <ul>
 * <li>{@code meta.json}: counts, and the names behind the filter codes (sections, provinces, topics);</li>
 * <li>{@code t/<xy>.json} for each query word: the terms whose first two letters are {@code xy}, each with its
 *     postings {@code [doc, weight, doc gap, weight, …]}. The weight is the term's BM25 weight in that document
 *     (k1 1.2, b 0.75; title words count three times, summary words twice) times 10, rounded; the browser
 *     multiplies it by the term's idf, from the length of the postings;</li>
 * <li>{@code f/<n>.json}: filter codes of documents {@code n*1000} to {@code n*1000+999}, only those ranges
 *     that hold a match: {@code [section, province or -1, year, withdrawn 0/1, topic…]};</li>
 * <li>{@code d/<n>.json}: what a result shows (title, date, province, the text's first 400 characters for the
 *     snippet), 10 documents a file, only for the results on screen;</li>
 * <li>{@code p/<xy>.json}, only for a phrase in quotes: each term's word positions per document.</li>
 * </ul>
 */
public final class SearchIndex {
    public static final int FILTER_CHUNK = 1000;
    public static final int DOC_PAGE = 10;
    private static final double K1 = 1.2, B = 0.75;
    private static final int TITLE_WEIGHT = 3, SUMMARY_WEIGHT = 2;
    /** Characters of a document's text kept for snippets. */
    private static final int EXCERPT = 400;

    /** One indexed release, as its page shows it. */
    public record Document(String url, String title, String summary, String body, String date, String dateLabel,
                           int year, String section, String province, List<String> topics, boolean withdrawn) {
    }

    private SearchIndex() {
    }

    /** The index files (paths relative to {@code /cari/indeks/}) for {@code documents}, newest first. */
    public static Map<String, byte[]> build(List<Document> documents, List<String> sections) {
        List<String> provinces = distinct(documents.stream().map(Document::province).filter(p -> p != null).toList());
        List<String> topics = distinct(documents.stream().flatMap(d -> d.topics().stream()).toList());

        Map<String, Map<Integer, Integer>> weights = new TreeMap<>();  // term → doc → weighted frequency
        Map<String, Map<Integer, List<Integer>>> positions = new TreeMap<>();
        int[] lengths = new int[documents.size()];
        for (int doc = 0; doc < documents.size(); doc++) {
            Document d = documents.get(doc);
            int position = 0;
            for (Object[] field : new Object[][]{{d.title(), TITLE_WEIGHT}, {d.summary(), SUMMARY_WEIGHT}, {d.body(), 1}}) {
                for (String term : Terms.of((String) field[0])) {
                    weights.computeIfAbsent(term, t -> new TreeMap<>()).merge(doc, (Integer) field[1], Integer::sum);
                    positions.computeIfAbsent(term, t -> new TreeMap<>()).computeIfAbsent(doc, x -> new ArrayList<>()).add(position++);
                    lengths[doc]++;
                }
                position += 10; // a phrase never spans two fields
            }
        }
        double average = 0;
        for (int length : lengths) average += length;
        average = documents.isEmpty() ? 1 : Math.max(1, average / documents.size());

        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Map<String, Object>> termShards = new TreeMap<>();
        Map<String, Map<String, Object>> positionShards = new TreeMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> term : weights.entrySet()) {
            List<Integer> postings = new ArrayList<>();
            int previous = 0;
            for (Map.Entry<Integer, Integer> p : term.getValue().entrySet()) {
                double tf = p.getValue();
                double w = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[p.getKey()] / average));
                postings.add(p.getKey() - previous);
                postings.add(Math.max(1, (int) Math.round(w * 10)));
                previous = p.getKey();
            }
            termShards.computeIfAbsent(shard(term.getKey()), k -> new TreeMap<>()).put(term.getKey(), postings);
            Map<String, Object> where = new LinkedHashMap<>();
            positions.get(term.getKey()).forEach((doc, at) -> where.put(String.valueOf(doc), gaps(at)));
            positionShards.computeIfAbsent(shard(term.getKey()), k -> new TreeMap<>()).put(term.getKey(), where);
        }
        termShards.forEach((shard, terms) -> files.put("t/" + shard + ".json", json(terms)));
        positionShards.forEach((shard, terms) -> files.put("p/" + shard + ".json", json(terms)));

        for (int start = 0; start < documents.size(); start += FILTER_CHUNK) {
            List<List<Integer>> codes = new ArrayList<>();
            for (Document d : documents.subList(start, Math.min(documents.size(), start + FILTER_CHUNK))) {
                List<Integer> c = new ArrayList<>(List.of(sections.indexOf(d.section()),
                        d.province() == null ? -1 : provinces.indexOf(d.province()), d.year(), d.withdrawn() ? 1 : 0));
                d.topics().forEach(t -> c.add(topics.indexOf(t)));
                codes.add(c);
            }
            files.put("f/" + start / FILTER_CHUNK + ".json", json(codes));
        }
        for (int start = 0; start < documents.size(); start += DOC_PAGE) {
            List<Map<String, Object>> page = new ArrayList<>();
            for (Document d : documents.subList(start, Math.min(documents.size(), start + DOC_PAGE))) {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("u", d.url());
                shown.put("t", d.title());
                shown.put("d", d.date());
                shown.put("l", d.dateLabel());
                shown.put("p", d.province());
                String text = d.summary() + " " + d.body();
                shown.put("x", text.length() <= EXCERPT ? text : text.substring(0, text.lastIndexOf(' ', EXCERPT)) + " …");
                page.add(shown);
            }
            files.put("d/" + start / DOC_PAGE + ".json", json(page));
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("documents", documents.size());
        meta.put("filterChunk", FILTER_CHUNK);
        meta.put("docPage", DOC_PAGE);
        meta.put("sections", sections);
        meta.put("provinces", provinces);
        meta.put("topics", topics);
        files.put("meta.json", json(meta));
        return files;
    }

    /** The shard a term is in: its first two characters. */
    public static String shard(String term) {
        return term.length() <= 2 ? term : term.substring(0, 2);
    }

    private static List<Integer> gaps(List<Integer> at) {
        List<Integer> gaps = new ArrayList<>(at.size());
        int previous = 0;
        for (int p : at) {
            gaps.add(p - previous);
            previous = p;
        }
        return gaps;
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new java.util.TreeSet<>(values));
    }

    private static byte[] json(Object value) {
        return Json.compact(value).getBytes(StandardCharsets.UTF_8);
    }
}
