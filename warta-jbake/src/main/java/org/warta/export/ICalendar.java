package org.warta.export;

import org.warta.content.Moment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An iCalendar file (RFC 5545) of meetings, for calendar programs. A date-time at an Indonesian offset is
 * written in its zone ({@code TZID=Asia/Makassar} for WITA, with the zone's VTIMEZONE: Indonesia has no
 * daylight saving time), any other offset in UTC. A date alone is an all-day event. Lines end in CRLF and are
 * folded at 75 octets without splitting a character.
 */
public final class ICalendar {
    /** Indonesia's zones by offset: WIB, WITA, WIT. */
    private static final Map<Integer, String[]> ZONES = Map.of(
            7 * 3600, new String[]{"Asia/Jakarta", "WIB", "+0700"},
            8 * 3600, new String[]{"Asia/Makassar", "WITA", "+0800"},
            9 * 3600, new String[]{"Asia/Jayapura", "WIT", "+0900"});
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final String productId;
    private final String name;
    private final List<Event> events = new ArrayList<>();

    /**
     * @param productId who wrote the file, e.g. {@code -//Warta//Dinas Koperasi dan UKM//ID}
     * @param name      the calendar's name shown by calendar programs
     */
    public ICalendar(String productId, String name) {
        this.productId = productId;
        this.name = name;
    }

    /**
     * One meeting.
     *
     * @param uid        the same for this meeting in every file and every bake
     * @param start      the start, a date or a date-time with offset
     * @param end        the last day or the end time, or null
     * @param stamp      when the information last changed (DTSTAMP)
     * @param sequence   the number of published changes
     * @param categories topics
     */
    public record Event(String uid, String summary, String description, String location, String url,
                        Moment start, Moment end, Instant stamp, int sequence, List<String> categories) {
    }

    public ICalendar add(Event event) {
        events.add(event);
        return this;
    }

    /** The file's text. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + productId);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(name));
        TreeSet<Integer> offsets = new TreeSet<>();
        for (Event event : events) {
            for (Moment moment : new Moment[]{event.start(), event.end()}) {
                if (moment != null && moment.hasTime() && ZONES.containsKey(offsetOf(moment))) offsets.add(offsetOf(moment));
            }
        }
        for (int offset : offsets) {
            String[] zone = ZONES.get(offset);
            lines.add("BEGIN:VTIMEZONE");
            lines.add("TZID:" + zone[0]);
            lines.add("BEGIN:STANDARD");
            lines.add("DTSTART:19700101T000000");
            lines.add("TZOFFSETFROM:" + zone[2]);
            lines.add("TZOFFSETTO:" + zone[2]);
            lines.add("TZNAME:" + zone[1]);
            lines.add("END:STANDARD");
            lines.add("END:VTIMEZONE");
        }
        for (Event event : events) appendEvent(lines, event);
        lines.add("END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        for (String line : lines) file.append(fold(line)).append("\r\n");
        return file.toString();
    }

    private static void appendEvent(List<String> lines, Event e) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(e.uid()));
        lines.add("DTSTAMP:" + LOCAL.format(e.stamp().atOffset(ZoneOffset.UTC)) + "Z");
        lines.add("SEQUENCE:" + e.sequence());
        if (e.start().hasTime()) {
            lines.add("DTSTART" + dateTime(e.start().dateTime()));
            if (e.end() != null && e.end().hasTime()) {
                lines.add("DTEND" + dateTime(e.end().dateTime()));
            } else if (e.end() != null) {
                // a meeting that starts at a time and ends on a day lasts through that day, in the start's zone
                OffsetDateTime endOfLastDay = e.end().date().plusDays(1).atStartOfDay().atOffset(e.start().dateTime().getOffset());
                lines.add("DTEND" + dateTime(endOfLastDay));
            }
        } else {
            LocalDate lastDay = e.end() == null ? e.start().date() : e.end().date();
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(e.start().date()));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(lastDay.plusDays(1)));
        }
        lines.add("SUMMARY:" + text(e.summary()));
        if (e.location() != null) lines.add("LOCATION:" + text(e.location()));
        if (e.description() != null) lines.add("DESCRIPTION:" + text(e.description()));
        if (e.url() != null) lines.add("URL:" + e.url());
        if (!e.categories().isEmpty()) lines.add("CATEGORIES:" + String.join(",", e.categories().stream().map(ICalendar::text).toList()));
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
    }

    private static int offsetOf(Moment moment) {
        return moment.dateTime().getOffset().getTotalSeconds();
    }

    /** {@code ;TZID=Asia/Makassar:20230524T193000} or {@code :20230524T113000Z}. */
    private static String dateTime(OffsetDateTime value) {
        String[] zone = ZONES.get(value.getOffset().getTotalSeconds());
        if (zone != null) return ";TZID=" + zone[0] + ":" + LOCAL.format(value);
        return ":" + LOCAL.format(value.withOffsetSameInstant(ZoneOffset.UTC)) + "Z";
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Folds a content line after at most 75 octets; continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
