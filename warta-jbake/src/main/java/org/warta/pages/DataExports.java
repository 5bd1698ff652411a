package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;
import org.warta.view.ReleaseRecord;


import org.warta.export.Csv;
import org.warta.export.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The archive as data: {@code /api/rilis.json} (every online release, {@link ReleaseRecord} shape, newest first),
 * its JSON Schema at {@code /api/rilis.schema.json}, and {@code /api/rilis.csv}, one row per release for
 * spreadsheets. Withdrawn releases are in both, with {@code status} {@code withdrawn}: the record is complete.
 */
public final class DataExports {
    static final String JSON = Paths.DATA_JSON;
    static final String CSV = Paths.DATA_CSV;
    static final String SCHEMA = Paths.DATA_SCHEMA;
    private static final String SCHEMA_RESOURCE = "/org/warta/pages/rilis.schema.json";

    /** The CSV's columns: header name and the value of a record (nested lists joined by "; "). */
    private static final List<Column> COLUMNS = List.of(
            column("url", r -> text(r.get("url"))),
            column("section", r -> text(r.get("section"))),
            column("status", r -> text(r.get("status"))),
            column("date", r -> text(r.get("date"))),
            column("updated", r -> text(r.get("updated"))),
            column("title", r -> text(r.get("title"))),
            column("summary", r -> text(r.get("summary"))),
            column("province", r -> text(r.get("province"))),
            column("regency", r -> text(r.get("regency"))),
            column("event_name", r -> nested(r, "event", "name")),
            column("event_start", r -> nested(r, "event", "start")),
            column("event_end", r -> nested(r, "event", "end")),
            column("event_venue", r -> nested(r, "event", "venue")),
            column("event_participants", r -> nested(r, "event", "participants")),
            column("event_theme", r -> nested(r, "event", "theme")),
            column("event_organizer", r -> nested(r, "event", "organizer")),
            column("speakers", r -> joined(r, "speakers", s -> s.get("name") + " (" + s.get("role")
                    + (s.get("organization") == null ? "" : ", " + s.get("organization")) + ")")),
            column("topics", r -> String.join("; ", strings(r.get("topics")))),
            column("figures", r -> joined(r, "figures", f -> f.get("label") + ": " + f.get("value")
                    + (f.get("unit") == null ? "" : " " + f.get("unit")) + (f.get("year") == null ? "" : " (" + f.get("year") + ")"))),
            column("image_url", r -> nested(r, "image", "url")),
            column("image_caption", r -> nested(r, "image", "caption")),
            column("image_credit", r -> nested(r, "image", "credit")),
            column("attachments", r -> joined(r, "attachments", a -> a.get("title") + " <" + a.get("url") + ">")),
            column("source_name", r -> nested(r, "source", "name")),
            column("source_url", r -> nested(r, "source", "url")),
            column("contact_name", r -> nested(r, "contact", "name")),
            column("contact_phone", r -> nested(r, "contact", "phone")),
            column("contact_email", r -> nested(r, "contact", "email")),
            column("changes", r -> joined(r, "changes", c -> c.get("date") + ": " + c.get("note"))),
            column("text", r -> text(r.get("text"))),
            // added after the columns journalists' sheets already read by position
            column("number", r -> text(r.get("number"))));

    private record Column(String name, Function<Map<String, Object>, String> value) {
    }

    private DataExports() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        // Each record is made when it is written and then dropped: at 50,000 releases the whole archive as one
        // string (bodies included) would take a gigabyte.
        Iterable<Map<String, Object>> records = () -> catalog.online().stream().map(r -> ReleaseRecord.of(r, catalog)).iterator();
        // both made of the releases alone (their text too)
        writer.writeStreamed(JSON, catalog.online(), out -> Json.pretty(envelope(catalog, records), out));
        writer.writeStreamed(CSV, catalog.online(), out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Iterable<List<String>> rows = () -> catalog.online().stream()
                    .map(r -> row(ReleaseRecord.of(r, catalog))).iterator();
            Csv.write(csvHeader(), rows, text);
            text.flush();
        });
        writer.writeFile(SCHEMA, DataExports::schema);
    }

    private static Map<String, Object> envelope(Catalog catalog, Iterable<Map<String, Object>> releases) {
        SiteSettings site = catalog.site();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", ReleaseRecord.VERSION);
        data.put("schema", site.host() + SCHEMA);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", site.title());
        about.put("office", site.office());
        about.put("url", site.host() + Paths.HOME);
        about.put("language", site.locale().toLanguageTag());
        about.put("timezone", site.zone().getId());
        data.put("site", about);
        data.put("count", catalog.online().size());
        data.put("releases", releases);
        return data;
    }

    private static List<String> row(Map<String, Object> record) {
        return COLUMNS.stream().map(c -> c.value().apply(record)).toList();
    }

    /** The CSV's header, in order (for docs and tests). */
    static List<String> csvHeader() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    private static byte[] schema() {
        try (InputStream in = DataExports.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Column column(String name, Function<Map<String, Object>, String> value) {
        return new Column(name, value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static String nested(Map<String, Object> record, String object, String key) {
        Map<String, Object> inner = (Map<String, Object>) record.get(object);
        return inner == null ? "" : text(inner.get(key));
    }

    @SuppressWarnings("unchecked")
    private static String joined(Map<String, Object> record, String list, Function<Map<String, Object>, String> item) {
        return String.join("; ", ((List<Map<String, Object>>) record.get(list)).stream().map(item).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
