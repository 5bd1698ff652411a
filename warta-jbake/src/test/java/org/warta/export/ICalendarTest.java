package org.warta.export;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.warta.content.Moment;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calendars written by {@link ICalendar}, read back and validated by ical4j. */
class ICalendarTest {
    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");
    private static final Instant STAMP = Instant.parse("2023-05-27T02:00:00Z");

    private static ICalendar.Event event(String uid, String start, String end) {
        return new ICalendar.Event(uid, "Rapat koordinasi", "Baris satu\nBaris dua; dengan, tanda", "Hotel Claro Kendari, Kota Kendari",
                "http://localhost:8820/berita/2023/x/", Moment.parse(start, WIB).orElseThrow(),
                end == null ? null : Moment.parse(end, WIB).orElseThrow(), STAMP, 1, List.of("perencanaan", "koperasi, UMKM"));
    }

    private static Calendar parse(ICalendar calendar) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.toString()));
        parsed.validate();
        return parsed;
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    void wibWitaAndWitStartsAreTheInstantsTheAuthorWrote() throws Exception {
        for (String start : List.of("2024-02-10T09:00:00+07:00", "2023-05-24T19:30:00+08:00", "2024-03-05T08:30:00+09:00",
                "2024-05-01T10:00:00Z", "2024-05-01T10:00:00+05:30")) {
            VEvent event = only(parse(new ICalendar("-//Warta//Uji//ID", "Uji").add(event("a@uji", start, null))));
            DateTime parsed = assertInstanceOf(DateTime.class, event.getStartDate().getDate(), start);
            assertEquals(OffsetDateTime.parse(start).toInstant().toEpochMilli(), parsed.getTime(), start);
        }
    }

    @Test
    void indonesianOffsetsAreWrittenInTheirNamedZone() {
        String ics = new ICalendar("-//Warta//Uji//ID", "Uji")
                .add(event("a@uji", "2023-05-24T19:30:00+08:00", "2023-05-24T22:00:00+08:00"))
                .add(event("b@uji", "2024-03-05T08:30:00+09:00", null)).toString();
        assertTrue(ics.contains("DTSTART;TZID=Asia/Makassar:20230524T193000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Asia/Makassar:20230524T220000\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Jayapura:20240305T083000\r\n"), ics);
        assertTrue(ics.contains("TZID:Asia/Makassar\r\n") && ics.contains("TZID:Asia/Jayapura\r\n"), ics);
        assertFalse(ics.contains("TZID:Asia/Jakarta"), "only the zones used are defined");
    }

    @Test
    void aDateAloneIsAnAllDayEventEndingTheDayAfterTheLastDay() throws Exception {
        VEvent event = only(parse(new ICalendar("-//Warta//Uji//ID", "Uji").add(event("a@uji", "2024-04-01", "2024-04-03"))));
        assertFalse(event.getStartDate().getDate() instanceof DateTime, "all-day start");
        assertEquals("20240401", event.getStartDate().getValue());
        assertEquals("20240404", event.getEndDate().getValue());
        VEvent oneDay = only(parse(new ICalendar("-//Warta//Uji//ID", "Uji").add(event("a@uji", "2024-04-01", null))));
        assertEquals("20240402", oneDay.getEndDate().getValue());
    }

    @Test
    void aTimedStartWithADateEndLastsThroughTheLastDay() throws Exception {
        VEvent event = only(parse(new ICalendar("-//Warta//Uji//ID", "Uji").add(event("a@uji", "2023-05-24T19:30:00+08:00", "2023-05-26"))));
        assertEquals(OffsetDateTime.parse("2023-05-27T00:00:00+08:00").toInstant().toEpochMilli(), event.getEndDate().getDate().getTime());
    }

    @Test
    void textIsEscapedAndFoldedAndReadsBackIntact() throws Exception {
        String longName = "Rapat Koordinasi Daerah Perencanaan Pusat dan Daerah — “Resinkronisasi” Kebijakan Koperasi dan UMKM Sultra ".repeat(3).strip();
        ICalendar.Event base = event("a@uji", "2023-05-24", null);
        ICalendar.Event e = new ICalendar.Event(base.uid(), longName, base.description(), base.location(), base.url(), base.start(),
                base.end(), base.stamp(), base.sequence(), base.categories());
        ICalendar calendar = new ICalendar("-//Warta//Uji//ID", "Uji").add(e);
        for (String line : calendar.toString().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line of at most 75 octets: " + line);
        }
        VEvent event = only(parse(calendar));
        assertEquals(longName, event.getSummary().getValue());
        assertEquals("Baris satu\nBaris dua; dengan, tanda", event.getDescription().getValue());
        assertEquals("Hotel Claro Kendari, Kota Kendari", event.getLocation().getValue());
        assertEquals("a@uji", event.getUid().getValue());
        assertEquals("20230527T020000Z", event.getProperty(Property.DTSTAMP).getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).getValue());
    }

    @Test
    void everyLineEndsInCrlf() {
        String ics = new ICalendar("-//Warta//Uji//ID", "Uji").add(event("a@uji", "2023-05-24", null)).toString();
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feed");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String folded = ICalendar.fold("X".repeat(74) + "é" + "€".repeat(30));
        for (String line : folded.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\uFFFD"));
        }
        assertEquals("X".repeat(74) + "é" + "€".repeat(30), folded.replace("\r\n ", ""));
    }
}
