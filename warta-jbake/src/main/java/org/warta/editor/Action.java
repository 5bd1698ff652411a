package org.warta.editor;

import org.warta.content.Moment;
import org.warta.content.Problem;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editorial actions, as the content contract defines them (its §3): save; publish (no {@code status}, the
 * release is online from its date); schedule (the same with a date not yet reached: an embargo); correct (a
 * {@code changes} entry with today's date and the note, and {@code updated}); withdraw (status {@code withdrawn}
 * and a {@code changes} entry giving the reason). Nothing is ever deleted.
 */
enum Action {
    SAVE("simpan", "Simpan"),
    PUBLISH("terbitkan", "Terbitkan"),
    SCHEDULE("jadwalkan", "Jadwalkan"),
    CORRECT("koreksi", "Simpan koreksi"),
    WITHDRAW("tarik", "Tarik rilis");

    /** The field holding the note of a correction or the reason of a withdrawal. */
    static final String NOTE = "catatan";

    final String key;
    final String label;

    Action(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The action a form's button names; saving when none. */
    static Action of(String key) {
        for (Action action : values()) if (action.key.equals(key)) return action;
        return SAVE;
    }

    /**
     * Applies the action to a release's front matter.
     *
     * @param values the front matter the form made; changed in place
     * @param note   the note of a correction or the reason of a withdrawal, as typed
     * @param file   the file's name for problems ({@code content/berita/2023/a.md})
     * @return what stops the action (a correction without a note, a schedule for a past date), or nothing
     */
    List<Problem> apply(Map<String, Object> values, String note, String file, Clock clock, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        String status = values.get("status") instanceof String s ? s.strip() : "published";
        note = note == null ? "" : note.strip();
        switch (this) {
            case SAVE -> {
            }
            case PUBLISH, SCHEDULE -> {
                if (status.equals("withdrawn")) {
                    problems.add(new Problem(file, 1, "status", "rilis ini sudah ditarik; rilis yang ditarik tidak diterbitkan "
                            + "lagi. Tulis rilis baru bila perlu"));
                    break;
                }
                Moment date = Moment.parse(values.get("date") instanceof String d ? d : null, zone).orElse(null);
                if (this == SCHEDULE && date != null && !date.instant().isAfter(clock.instant())) {
                    problems.add(new Problem(file, 1, "date", "tanggal terbit " + date.iso() + " sudah lewat; untuk "
                            + "menjadwalkan, tulis tanggal (dan jam) yang belum tiba, atau pakai Terbitkan"));
                    break;
                }
                values.remove("status");
            }
            case CORRECT -> {
                if (!status.equals("published")) {
                    problems.add(new Problem(file, 1, "status", status.equals("draft")
                            ? "rilis ini masih draf: belum ada yang perlu dikoreksi di depan publik; cukup Simpan"
                            : "rilis yang ditarik tidak dikoreksi lagi"));
                    break;
                }
                if (note.isEmpty()) {
                    problems.add(new Problem(file, 1, NOTE, "tulis apa yang dikoreksi, mis. \"Jumlah peserta diperbaiki "
                            + "dari 43 menjadi 34.\"; catatan ini tampil di halaman rilis"));
                    break;
                }
                addChange(values, note, clock, zone);
                values.put("updated", updated(values, clock, zone));
            }
            case WITHDRAW -> {
                if (status.equals("withdrawn")) {
                    problems.add(new Problem(file, 1, "status", "rilis ini sudah ditarik"));
                    break;
                }
                if (note.isEmpty()) {
                    problems.add(new Problem(file, 1, NOTE, "tulis alasan penarikan, mis. \"Kegiatan dibatalkan.\"; "
                            + "alasan ini tampil di halaman rilis, yang tetap ada di alamatnya"));
                    break;
                }
                addChange(values, note, clock, zone);
                values.put("status", "withdrawn");
            }
        }
        return problems;
    }

    /** A {@code changes} entry dated today, first in the list (the newest first, as the guide shows). */
    @SuppressWarnings("unchecked")
    private static void addChange(Map<String, Object> values, String note, Clock clock, ZoneId zone) {
        List<Object> changes = new ArrayList<>();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("date", Shelf.Dates.today(clock, zone).toString());
        change.put("note", note);
        changes.add(change);
        if (values.get("changes") instanceof List<?> old) changes.addAll((List<Object>) old);
        values.put("changes", changes);
    }

    /**
     * Today as {@code updated}: a date, unless the release's date is a time later today (a date alone would come
     * before it), then the time now with the site's offset.
     */
    private static String updated(Map<String, Object> values, Clock clock, ZoneId zone) {
        String today = Shelf.Dates.today(clock, zone).toString();
        Moment date = Moment.parse(values.get("date") instanceof String d ? d : null, zone).orElse(null);
        Moment day = Moment.parse(today, zone).orElseThrow();
        if (date == null || day.compareTo(date) >= 0) return today;
        return OffsetDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT));
    }
}
