package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;
import org.warta.view.IndonesianDates;
import org.warta.view.ReleaseView;


import org.warta.content.Release;
import org.warta.export.ICalendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings the listed releases report: {@code /agenda/} (meetings not yet over, soonest first, then past
 * ones, latest first, {@value #PAST_PER_PAGE} a page at {@code /agenda/halaman/<n>/}) and {@code /agenda.ics},
 * every meeting for a calendar. "Not yet over" is judged on the bake's day, in the site's time zone.
 */
public final class AgendaPages {
    static final String CALENDAR = Paths.CALENDAR;
    static final int PAST_PER_PAGE = 20;

    private AgendaPages() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        Instant now = catalog.now();
        SiteSettings site = catalog.site();
        LocalDate today = now.atZone(site.zone()).toLocalDate();
        List<Release> meetings = catalog.listed().stream().filter(r -> r.event() != null).toList();
        Comparator<Release> byStart = Comparator.comparing((Release r) -> r.event().start().instant(site.zone()))
                .thenComparing(Release::permalink);
        List<Release> upcoming = meetings.stream().filter(r -> !lastDay(r).isBefore(today)).sorted(byStart).toList();
        List<Release> past = meetings.stream().filter(r -> lastDay(r).isBefore(today)).sorted(byStart.reversed()).toList();

        int pages = Math.max(1, (past.size() + PAST_PER_PAGE - 1) / PAST_PER_PAGE);
        for (int number = 1; number <= pages; number++) {
            List<Release> slice = past.subList((number - 1) * PAST_PER_PAGE, Math.min(past.size(), number * PAST_PER_PAGE));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("upcoming", number == 1 ? upcoming.stream().map(AgendaPages::item).toList() : List.of());
            data.put("past", slice.stream().map(AgendaPages::item).toList());
            data.put("first", number == 1);
            data.put("today", IndonesianDates.view(new org.warta.content.Moment(today, null, site.zone())));
            data.put("calendar", CALENDAR);
            data.put("pagination", PageWriter.pagination(Paths.AGENDA, number, pages));
            String title = number == 1 ? "Agenda kegiatan" : "Agenda kegiatan (halaman " + number + ")";
            writer.write("agenda", Paths.page(Paths.AGENDA, number), title,
                    "Rapat koordinasi, pelatihan dan sosialisasi yang akan datang dan yang telah berlangsung.", data);
        }
        writer.writeFile(CALENDAR, meetings, () -> {
            ICalendar calendar = ReleaseFiles.calendar(site, "Agenda " + site.office());
            meetings.stream().sorted(byStart).forEach(r -> calendar.add(ReleaseFiles.event(r, site)));
            return calendar.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static LocalDate lastDay(Release r) {
        return r.event().end() != null ? r.event().end().date() : r.event().start().date();
    }

    private static Map<String, Object> item(Release r) {
        Map<String, Object> item = ReleaseView.event(r.event());
        item.put("name", r.event().name() != null ? r.event().name() : r.title());
        item.put("release", Map.of("title", r.title(), "path", r.permalink()));
        if (r.regency() != null) item.put("regency", r.regency());
        if (r.province() != null) item.put("province", ReleaseView.term(Paths.PROVINCES, r.province()));
        item.put("calendar", Paths.calendar(r));
        return item;
    }
}
