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
        Moment m = Moment.parse("2023-05-24").orElseThrow();
        assertFalse(m.hasTime());
        assertEquals(Instant.parse("2023-05-23T17:00:00Z"), m.instant(WIB));
        assertEquals("2023-05-24", m.iso());
        assertEquals("2023-05-24T00:00:00+07:00", m.rfc3339(WIB));
    }

    @Test
    void aDateTimeKeepsItsOffset() {
        Moment m = Moment.parse("2023-05-24T19:30:00+08:00").orElseThrow();
        assertTrue(m.hasTime());
        assertEquals(Instant.parse("2023-05-24T11:30:00Z"), m.instant(WIB));
        assertEquals("2023-05-24T19:30:00+08:00", m.iso());
        assertEquals("2023-05-24T19:30:00+08:00", m.rfc3339(WIB));
        assertEquals(2023, m.year());
    }

    @Test
    void rejectsWhatIsNotADateOrLacksAnOffset() {
        assertTrue(Moment.parse("24-05-2023").isEmpty());
        assertTrue(Moment.parse("2023-02-30").isEmpty());
        assertTrue(Moment.parse("2023-05-24T19:30:00").isEmpty());
        assertTrue(Moment.parse("kemarin").isEmpty());
    }
}
