package org.warta.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.incremental.CacheFile;
import org.warta.incremental.CacheKey;
import org.warta.incremental.Stamp;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the link check read from each page of the last published site, with the page's {@link Stamp}, kept in
 * {@code target/warta-cache/tautan.bin}: the next check reads again only the pages that are not the same file (a
 * page the bake took over from its cache is a hard link to the last one: same stamp). A {@link CacheFile}, keyed by
 * Warta's code (which decides what a page names); one that is damaged or of other code is not used, and every page
 * is read.
 */
final class KeptLinks implements LinkMemory {
    private static final Logger LOG = LoggerFactory.getLogger(KeptLinks.class);
    private static final String CLASSES = "org.warta.publish.LinkCheck$PageLinks;org.warta.publish.KeptLinks$Page;"
            + "org.warta.incremental.Stamp";
    private final Path file;

    /** A page's file as it was read, and what it named. */
    record Page(Stamp stamp, LinkCheck.PageLinks links) implements Serializable {
    }

    KeptLinks(Path project) {
        this.file = project.resolve("target").resolve("warta-cache").resolve("tautan.bin");
    }

    @Override
    public List<String> problems(Path site, String host) {
        CacheKey key = key();
        Map<String, LinkCheck.PageLinks> same = new HashMap<>();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Page> kept = CacheFile.read(file, key, HashMap.class, CLASSES);
            kept.forEach((page, before) -> {
                if (before.stamp().equals(Stamp.of(site.resolve(page)))) same.put(page, before.links());
            });
        } catch (NoSuchFileException e) {
            // the first build: every page is read
        } catch (IOException | ClassCastException e) {
            LOG.info("Warta: ingatan pemeriksaan tautan tidak dipakai: {}; semua halaman dibaca", e.getMessage());
        }
        LinkCheck check = new LinkCheck(site, host, new LinkCheck.Links(same), page -> true);
        List<String> problems = check.problems();
        Map<String, Page> read = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        check.links().pages().forEach((page, links) -> {
            Stamp stamp = Stamp.of(site.resolve(page));
            if (stamp != null) read.put(page, new Page(stamp, canonical(links, canonical)));
        });
        try {
            CacheFile.write(file, key, read);
        } catch (IOException e) {
            LOG.warn("Warta: ingatan pemeriksaan tautan tidak dapat disimpan di {} ({})", file, e.toString());
        }
        return problems;
    }

    /**
     * The same links with each address one object however many pages name it (the menu, the stylesheet): kept
     * once in the file (Java serialization writes an object it met before as a reference), a fifth of the bytes.
     */
    private static LinkCheck.PageLinks canonical(LinkCheck.PageLinks links, Map<String, String> canonical) {
        List<List<String>> addresses = links.addresses().stream()
                .map(list -> list.stream().map(a -> canonical.computeIfAbsent(a, x -> x)).toList()).toList();
        List<String> withoutAlt = links.withoutAlt().stream().map(a -> canonical.computeIfAbsent(a, x -> x)).toList();
        return new LinkCheck.PageLinks(addresses, withoutAlt);
    }

    private static CacheKey key() {
        try {
            return new CacheKey("kode Warta").code("warta", KeptLinks.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
