package org.warta.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as an author wrote it: a calendar date alone, or a date-time with its UTC offset.
 * A date alone means midnight in the site's time zone.
 *
 * @param date     the calendar date (for a date-time, the date at its own offset)
 * @param dateTime the date-time with its offset, or null for a date alone
 */
public record Moment(LocalDate date, OffsetDateTime dateTime) implements Comparable<Moment> {

    /** Reads {@code 2023-05-24} or an ISO 8601 date-time with an offset ({@code 2023-05-24T19:30:00+08:00}). */
    public static Optional<Moment> parse(String text) {
        if (text == null) return Optional.empty();
        String value = text.strip();
        try {
            if (value.length() == 10) return Optional.of(new Moment(LocalDate.parse(value), null));
            OffsetDateTime dateTime = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Optional.of(new Moment(dateTime.toLocalDate(), dateTime));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean hasTime() {
        return dateTime != null;
    }

    /** The instant: the date-time itself, or midnight of the date in the given zone. */
    public Instant instant(ZoneId zone) {
        return hasTime() ? dateTime.toInstant() : date.atStartOfDay(zone).toInstant();
    }

    /** ISO 8601 as in a {@code datetime} attribute: {@code 2023-05-24} or {@code 2023-05-24T19:30:00+08:00}. */
    public String iso() {
        return hasTime() ? dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : date.toString();
    }

    /** RFC 3339 date-time (feeds, sitemaps): a date alone becomes midnight in the given zone. */
    public String rfc3339(ZoneId zone) {
        OffsetDateTime value = hasTime() ? dateTime : date.atStartOfDay(zone).toOffsetDateTime();
        return value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public int year() {
        return date.getYear();
    }

    /** Chronological order; a date alone counts as midnight UTC, the same for both sides. */
    @Override
    public int compareTo(Moment other) {
        return instant(ZoneOffset.UTC).compareTo(other.instant(ZoneOffset.UTC));
    }
}
