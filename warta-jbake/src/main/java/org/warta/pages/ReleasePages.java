package org.warta.pages;

import org.warta.site.Paths;
import org.warta.photos.Photos;
import org.warta.site.Catalog;
import org.warta.view.ReleaseView;
import org.warta.view.StructuredData;


import org.warta.content.Release;

import java.util.List;
import java.util.Map;

/** One page per release at its permalink, with the previous (older) and next (newer) release of its section. */
public final class ReleasePages {
    private ReleasePages() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        Map<String, List<Release>> sections = catalog.bySection();
        Map<Release, Integer> positions = new java.util.IdentityHashMap<>();
        sections.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) positions.put(list.get(i), i);
        });
        java.util.Set<String> termPages = new java.util.HashSet<>();
        catalog.byProvince().keySet().forEach(slug -> termPages.add(Paths.term(Paths.PROVINCES, slug)));
        catalog.byTopic().keySet().forEach(slug -> termPages.add(Paths.term(Paths.TOPICS, slug)));
        catalog.bySpeaker().keySet().forEach(slug -> termPages.add(Paths.term(Paths.SPEAKERS, slug)));
        for (Release release : catalog.online()) {
            Release older = null;
            Release newer = null;
            Integer position = positions.get(release);
            if (position != null) {
                List<Release> section = sections.get(release.section());
                if (position + 1 < section.size()) older = section.get(position + 1);
                if (position > 0) newer = section.get(position - 1);
            }
            Map<String, Object> view = ReleaseView.full(release, catalog.body(release), older, newer, termPages::contains);
            Photos photos = catalog.photos();
            Map<String, Object> image = release.image() == null ? null : photos.view(release.image());
            if (image != null) view.put("image", image);
            view.put("photos", photos.gallery(release));
            if (photos.hasArchive(release)) view.put("photoArchive", Photos.archivePath(release));
            if (release.contact() == null) view.put("contact", catalog.site().view().get("contact"));
            view.put("citation", ReleaseFiles.citation(release, catalog.site()));
            view.put("jsonld", StructuredData.of(release, catalog));
            String card = photos.cardUrl(release);
            if (card != null) {
                view.put("socialImage", catalog.site().host() + card);
                view.put("socialImageAlt", photos.cardAlt(release));
            }
            view.put("published", release.date().rfc3339(catalog.site().zone()));
            view.put("modified", release.lastChange().rfc3339(catalog.site().zone()));
            writer.write("release", release.permalink(), release.title(), release.summary(), Map.of("release", view));
        }
    }
}
