package org.warta.export;

import java.util.List;

/**
 * A CSV file as RFC 4180 writes it, for spreadsheets: UTF-8 with a byte-order mark (so that spreadsheet
 * programs read the Indonesian text as UTF-8), CRLF line ends, every field quoted when it holds a comma, a
 * quote, a line break or leading/trailing space, quotes doubled. Line breaks inside fields are written as CRLF.
 * A field that begins with {@code = + - @}, a tab or a carriage return starts with an apostrophe, so that a
 * spreadsheet shows it as text instead of running it as a formula (OWASP's "CSV injection"): a release's title
 * or a phone number "+62 …" must never become a formula on a journalist's machine. Every field is text; a
 * program that wants the exact values reads {@code rilis.json}.
 */
public final class Csv {
    /** The byte-order mark that starts the file. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The file's text, BOM first; every row must have as many fields as the header. */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        try {
            write(header, rows, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return csv.toString();
    }

    /** The file's text, BOM first, appended to {@code out} row by row as {@code rows} makes them. */
    public static void write(List<String> header, Iterable<List<String>> rows, Appendable out) throws java.io.IOException {
        out.append(BOM);
        appendRow(out, header);
        int number = 0;
        for (List<String> row : rows) {
            number++;
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("CSV row " + number + " has " + row.size() + " fields, header has " + header.size());
            }
            appendRow(out, row);
        }
    }

    private static void appendRow(Appendable csv, List<String> fields) throws java.io.IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) csv.append(',');
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field: empty for null; an apostrophe before a formula's first character; quoted when needed. */
    static String field(String value) {
        if (value == null) return "";
        String text = (startsFormula(value) ? "'" + value : value).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n")
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
