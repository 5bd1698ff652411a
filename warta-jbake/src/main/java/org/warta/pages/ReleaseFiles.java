package org.warta.pages;

import org.warta.site.Paths;
import org.warta.site.Catalog;
import org.warta.site.SiteSettings;
import org.warta.view.IndonesianDates;
import org.warta.view.ReleaseRecord;
import org.warta.view.ReleaseView;


import org.warta.content.Release;
import org.warta.export.ICalendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Each online release in other forms, beside its page: {@code index.txt} (plain text, for pasting and for the
 * page's copy button), {@code index.md} (the author's Markdown source) and, when it reports a meeting,
 * {@code acara.ics} (the meeting for a calendar).
 */
public final class ReleaseFiles {
    private ReleaseFiles() {
    }


    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        for (Release r : catalog.online()) {
            // each made of the release alone (the text of its body too), or of its source
            writer.writeFile(Paths.text(r), r, () -> text(r, catalog).getBytes(StandardCharsets.UTF_8));
            writer.writeFile(Paths.source(r), catalog.source(r), () -> catalog.source(r).getBytes(StandardCharsets.UTF_8));
            if (r.event() != null) {
                writer.writeFile(Paths.calendar(r), r, () -> calendar(catalog.site(), r.title())
                        .add(event(r, catalog.site())).toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** An empty calendar of this site. */
    static ICalendar calendar(SiteSettings site, String name) {
        return new ICalendar("-//Warta//" + site.office() + "//ID", name);
    }

    /** The meeting a release reports, as a calendar event; its UID is made of the permalink and the site's host. */
    static ICalendar.Event event(Release r, SiteSettings site) {
        Release.Event e = r.event();
        List<String> place = new ArrayList<>();
        place.add(e.venue());
        if (r.regency() != null) place.add(r.regency());
        if (r.province() != null) place.add(r.province());
        String url = site.host() + r.permalink();
        String uid = r.section() + "-" + r.date().year() + "-" + r.slug() + "@" + URI.create(site.host()).getHost();
        return new ICalendar.Event(uid, e.name() != null ? e.name() : r.title(),
                r.title() + "\n\n" + r.summary() + "\n\n" + url, String.join(", ", place), url,
                e.start(), e.end(), r.lastChange().instant(site.zone()), r.changes().size(), r.topics());
    }

    /** {@code Dinas …. "Judul". Siaran pers nomor …, 25 Mei 2023. https://…/berita/2023/judul/} */
    static String citation(Release r, SiteSettings site) {
        String kind = r.number() == null ? ReleaseView.sectionName(r.section()) : "Siaran pers nomor " + r.number();
        return site.office() + ". \u201C" + r.title() + "\u201D. " + kind + ", "
                + IndonesianDates.shortDay(r.date()) + ". " + site.host() + r.permalink();
    }

    /** A photo in the plain text: its full-size file, caption and credit. */
    private static void photoLine(StringBuilder text, String label, Release.Image image, Catalog catalog) {
        text.append(label).append(catalog.site().host()).append(catalog.photos().downloadUrl(image));
        if (image.caption() != null) text.append(" — ").append(image.caption());
        if (image.credit() != null) text.append(" (kredit: ").append(image.credit()).append(')');
        text.append('\n');
    }

    /**
     * The release as plain text: title, number, dates, place, meeting, speakers, body, figures, source, the paragraph
     * about the office, contact, permalink.
     */
    static String text(Release r, Catalog catalog) {
        SiteSettings site = catalog.site();
        StringBuilder text = new StringBuilder();
        text.append(r.title()).append("\n\n");
        List<String> kicker = new ArrayList<>();
        kicker.add(ReleaseView.sectionName(r.section()));
        if (r.regency() != null) kicker.add(r.regency());
        if (r.province() != null) kicker.add(r.province());
        text.append(String.join(" · ", kicker)).append('\n');
        if (r.number() != null) text.append("Nomor siaran pers: ").append(r.number()).append('\n');
        text.append("Terbit: ").append(IndonesianDates.span(r.date(), null)).append('\n');
        if (!r.lastChange().equals(r.date())) text.append("Diperbarui: ").append(IndonesianDates.span(r.lastChange(), null)).append('\n');
        if (r.status() == Release.Status.WITHDRAWN) {
            text.append("\nRILIS INI TELAH DITARIK.");
            if (!r.changes().isEmpty()) {
                Release.Change last = ReleaseRecord.newestFirst(r.changes()).get(0);
                text.append(" ").append(IndonesianDates.shortDay(last.date())).append(": ").append(last.note());
            }
            text.append('\n');
        }
        text.append('\n').append(r.summary()).append("\n\n");
        if (r.event() != null) {
            Release.Event e = r.event();
            if (e.name() != null) text.append("Kegiatan: ").append(e.name()).append('\n');
            text.append("Waktu: ").append(IndonesianDates.span(e.start(), e.end()));
            text.append('\n').append("Tempat: ").append(e.venue()).append('\n');
            if (e.participants() != null) text.append("Peserta: ").append(e.participants()).append(" orang\n");
            if (e.theme() != null) text.append("Tema: ").append(e.theme()).append('\n');
            if (e.organizer() != null) text.append("Penyelenggara: ").append(e.organizer()).append('\n');
            text.append('\n');
        }
        if (!r.speakers().isEmpty()) {
            text.append("Narasumber:\n");
            for (Release.Speaker s : r.speakers()) {
                text.append("- ").append(s.name()).append(", ").append(s.role());
                if (s.organization() != null) text.append(", ").append(s.organization());
                text.append('\n');
            }
            text.append('\n');
        }
        String body = catalog.plainText(r);
        if (!body.isEmpty()) text.append(body).append("\n\n");
        if (!r.figures().isEmpty()) {
            text.append("Angka penting:\n");
            for (Release.Figure f : r.figures()) {
                text.append("- ").append(f.label()).append(": ").append(f.value());
                if (f.unit() != null) text.append(' ').append(f.unit());
                if (f.year() != null) text.append(" (").append(f.year()).append(')');
                text.append('\n');
            }
            text.append('\n');
        }
        if (r.image() != null) photoLine(text, "Foto: ", r.image(), catalog);
        for (Release.Image photo : r.photos()) photoLine(text, "Foto galeri: ", photo, catalog);
        if (r.source() != null) {
            text.append("Sumber: ").append(r.source().name());
            if (r.source().url() != null) text.append(", ").append(r.source().url());
            text.append('\n');
        }
        if (site.about() != null) text.append("\nTentang ").append(site.office()).append('\n').append(site.about()).append("\n\n");
        Release.Contact contact = ReleaseRecord.contact(r, site);
        text.append("Kontak media: ").append(contact.name());
        if (contact.phone() != null) text.append(", ").append(contact.phone());
        if (contact.email() != null) text.append(", ").append(contact.email());
        text.append('\n');
        if (!r.changes().isEmpty()) {
            text.append("\nRiwayat perubahan:\n");
            for (Release.Change c : ReleaseRecord.newestFirst(r.changes())) {
                text.append("- ").append(IndonesianDates.shortDay(c.date())).append(": ").append(c.note()).append('\n');
            }
        }
        text.append("\nKutip: ").append(citation(r, site)).append('\n');
        text.append("Tautan tetap: ").append(site.host()).append(r.permalink()).append('\n');
        return text.toString();
    }
}
