package org.warta.view;

import org.junit.jupiter.api.Test;
import org.warta.content.Moment;

import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IndonesianDatesTest {
    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");
    @Test
    void writesDatesAsIndonesianReadersDo() {
        Moment m = Moment.parse("2023-05-24", WIB).orElseThrow();
        assertEquals("Rabu, 24 Mei 2023", IndonesianDates.day(m));
        assertEquals("24 Mei 2023", IndonesianDates.shortDay(m));
        assertEquals("Agustus 2019", IndonesianDates.month(2019, 8));
        assertNull(IndonesianDates.time(m));
    }

    @Test
    void writesTimesWithIndonesianZoneNames() {
        assertEquals("pukul 19.30 WITA", IndonesianDates.time(Moment.parse("2023-05-24T19:30:00+08:00", WIB).orElseThrow()));
        assertEquals("pukul 09.00 WIB", IndonesianDates.time(Moment.parse("2019-09-24T09:00:00+07:00", WIB).orElseThrow()));
        assertEquals("pukul 10.15 WIT", IndonesianDates.time(Moment.parse("2024-02-26T10:15:00+09:00", WIB).orElseThrow()));
        assertEquals("UTC", IndonesianDates.zoneName(ZoneOffset.UTC));
        assertEquals("UTC+05:30", IndonesianDates.zoneName(ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void viewCarriesIsoAndReadableForms() {
        Map<String, Object> view = IndonesianDates.view(Moment.parse("2023-05-24T19:30:00+08:00", WIB).orElseThrow());
        assertEquals(Map.of("iso", "2023-05-24T19:30:00+08:00", "day", "Rabu, 24 Mei 2023", "short", "24 Mei 2023",
                "time", "pukul 19.30 WITA"), view);
    }

    @Test
    void aMeetingSpanNamesTheEndDayOnlyWhenItDiffers() {
        Moment start = Moment.parse("2024-02-10T09:00:00+07:00", WIB).orElseThrow();
        assertEquals("Sabtu, 10 Februari 2024, pukul 09.00 WIB sampai pukul 15.00 WIB",
                IndonesianDates.span(start, Moment.parse("2024-02-10T15:00:00+07:00", WIB).orElseThrow()));
        assertEquals("Rabu, 24 Mei 2023, pukul 19.30 WITA sampai Jumat, 26 Mei 2023",
                IndonesianDates.span(Moment.parse("2023-05-24T19:30:00+08:00", WIB).orElseThrow(), Moment.parse("2023-05-26", WIB).orElseThrow()));
        assertEquals("Senin, 1 April 2024 sampai Rabu, 3 April 2024",
                IndonesianDates.span(Moment.parse("2024-04-01", WIB).orElseThrow(), Moment.parse("2024-04-03", WIB).orElseThrow()));
        assertEquals("Sabtu, 10 Februari 2024, pukul 09.00 WIB", IndonesianDates.span(start, null));
        assertEquals("Sabtu, 10 Februari 2024, pukul 09.00 WIB", IndonesianDates.span(start, start));
    }
}
