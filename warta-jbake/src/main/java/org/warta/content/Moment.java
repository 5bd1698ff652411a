package org.warta.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as an author wrote it: a calendar date alone, or a date-time with its UTC offset.
 * A date alone means midnight in the site's time zone, which the moment keeps, so that moments compare in
 * time order whichever form each was written in ({@code 2023-05-24} comes before {@code 2023-05-24T05:00+07:00}
 * in Jakarta).
 *
 * @param date     the calendar date (for a date-time, the date at its own offset)
 * @param dateTime the date-time with its offset, or null for a date alone
 * @param zone     the site's time zone, in which a date alone starts
 */
public record Moment(LocalDate date, OffsetDateTime dateTime, ZoneId zone) implements Comparable<Moment>, java.io.Serializable {

    public Moment {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads {@code 2023-05-24} or an ISO 8601 date-time with an offset ({@code 2023-05-24T19:30:00+08:00}).
     *
     * @param zone the site's time zone: a date alone means midnight there
     */
    public static Optional<Moment> parse(String text, ZoneId zone) {
        if (text == null) return Optional.empty();
        String value = text.strip();
        try {
            if (value.length() == 10) return Optional.of(new Moment(LocalDate.parse(value), null, zone));
            OffsetDateTime dateTime = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Optional.of(new Moment(dateTime.toLocalDate(), dateTime, zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean hasTime() {
        return dateTime != null;
    }

    /** The instant: the date-time itself, or midnight of the date in the site's zone. */
    public Instant instant() {
        return instant(zone);
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

    /** Chronological order; a date alone counts as midnight in the site's zone. */
    @Override
    public int compareTo(Moment other) {
        return instant().compareTo(other.instant());
    }
}
