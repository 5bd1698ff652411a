package org.warta.content;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MomentTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aDateAloneIsMidnightInTheSiteZone() {
        Moment m = Moment.parse("2023-05-24", WIB).orElseThrow();
        assertFalse(m.hasTime());
        assertEquals(Instant.parse("2023-05-23T17:00:00Z"), m.instant(WIB));
        assertEquals("2023-05-24", m.iso());
        assertEquals("2023-05-24T00:00:00+07:00", m.rfc3339(WIB));
    }

    @Test
    void aDateTimeKeepsItsOffset() {
        Moment m = Moment.parse("2023-05-24T19:30:00+08:00", WIB).orElseThrow();
        assertTrue(m.hasTime());
        assertEquals(Instant.parse("2023-05-24T11:30:00Z"), m.instant(WIB));
        assertEquals("2023-05-24T19:30:00+08:00", m.iso());
        assertEquals("2023-05-24T19:30:00+08:00", m.rfc3339(WIB));
        assertEquals(2023, m.year());
    }

    @Test
    void rejectsWhatIsNotADateOrLacksAnOffset() {
        assertTrue(Moment.parse("24-05-2023", WIB).isEmpty());
        assertTrue(Moment.parse("2023-02-30", WIB).isEmpty());
        assertTrue(Moment.parse("2023-05-24T19:30:00", WIB).isEmpty());
        assertTrue(Moment.parse("kemarin", WIB).isEmpty());
    }

    @Test
    void aDateAloneSortsAsMidnightInTheSiteZoneNotInUtc() {
        Moment dateAlone = Moment.parse("2023-05-24", WIB).orElseThrow();
        Moment earlyMorning = Moment.parse("2023-05-24T05:00:00+07:00", WIB).orElseThrow();
        // midnight in Jakarta is 17:00 UTC the day before; midnight UTC would be 07:00 WIB, after 05:00
        assertTrue(dateAlone.compareTo(earlyMorning) < 0);
        assertTrue(earlyMorning.compareTo(dateAlone) > 0);
        Moment inJayapura = Moment.parse("2023-05-24", ZoneId.of("Asia/Jayapura")).orElseThrow();
        assertTrue(inJayapura.compareTo(dateAlone) < 0, "midnight WIT comes two hours before midnight WIB");
    }
}
