package org.warta.view;

import org.warta.content.Moment;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Dates as readers see them: {@code Rabu, 24 Mei 2023}, {@code pukul 19.30 WITA}; and as machines read them. */
public final class IndonesianDates {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    private IndonesianDates() {
    }

    /** {@code Rabu, 24 Mei 2023} */
    public static String day(Moment moment) {
        return DAY.format(moment.date());
    }

    /** {@code 24 Mei 2023} */
    public static String shortDay(Moment moment) {
        return SHORT_DAY.format(moment.date());
    }

    /** {@code Mei 2023} for a year and month. */
    public static String month(int year, int month) {
        return MONTH.format(java.time.YearMonth.of(year, month));
    }

    /** {@code pukul 19.30 WITA}, or null for a date alone. */
    public static String time(Moment moment) {
        if (!moment.hasTime()) return null;
        return "pukul " + TIME.format(moment.dateTime()) + " " + zoneName(moment.dateTime().getOffset());
    }

    /** WIB, WITA, WIT for Indonesia's offsets; otherwise {@code UTC+hh:mm}. */
    public static String zoneName(ZoneOffset offset) {
        return switch (offset.getTotalSeconds()) {
            case 7 * 3600 -> "WIB";
            case 8 * 3600 -> "WITA";
            case 9 * 3600 -> "WIT";
            default -> "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        };
    }

    /** Whether a meeting's end is a time on the same day as its start (shown as "sampai pukul 13.00 WIB"). */
    public static boolean sameDay(Moment start, Moment end) {
        return end != null && start.hasTime() && end.hasTime() && start.date().equals(end.date());
    }

    /** {@code Rabu, 24 Mei 2023, pukul 19.30 WITA sampai pukul 22.00 WITA}: a meeting's time as readers see it. */
    public static String span(Moment start, Moment end) {
        String from = day(start) + (start.hasTime() ? ", " + time(start) : "");
        if (end == null || end.equals(start)) return from;
        if (sameDay(start, end)) return from + " sampai " + time(end);
        return from + " sampai " + day(end) + (end.hasTime() ? ", " + time(end) : "");
    }

    /**
     * The model of the {@code date} macro: {@code iso} for the {@code datetime} attribute, {@code day} as
     * readers see it, {@code short}, and {@code time} when the moment has one.
     */
    public static Map<String, Object> view(Moment moment) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iso", moment.iso());
        view.put("day", day(moment));
        view.put("short", shortDay(moment));
        String time = time(moment);
        if (time != null) view.put("time", time);
        return view;
    }
}
