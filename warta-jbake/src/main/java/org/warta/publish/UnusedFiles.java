package org.warta.publish;

import org.warta.photos.Photos;
import org.warta.site.Catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.warta.content.Release;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files beside the releases in {@code content/} that no online release uses: an attachment or photo of a
 * draft, of a release dated next year, or forgotten there. JBake copies every such file into the site after
 * Warta's rendering tool has run, so the tool cannot keep them out itself: it lists them in the bake folder
 * ({@value #LIST}) and {@link #remove} deletes them before the site is checked and published (the publisher and the
 * preview both call it). A file is used when an online release names it as its image or an attachment, or links to
 * it or shows it in its body.
 */
public final class UnusedFiles {
    /** The list in the bake folder: one site path a line ({@code berita/2027/foto.jpg}). */
    public static final String LIST = ".warta-tidak-terbit.txt";
    private static final int NAMED_IN_LOG = 10;

    private UnusedFiles() {
    }

    /**
     * Lists the files that will be copied from {@code content/} ({@code copied}: in JBake's bake, what its asset
     * step copies) that no online release uses, and the sources of photos (published as the photo stage made them,
     * never as they are).
     *
     * @return the names in the project of the files no release uses ({@code content/berita/2027/foto.jpg}), for the bake's log
     */
    public static List<String> list(Catalog catalog, List<Path> copied, Path destination) throws IOException {
        Path content = catalog.site().contentDir().toAbsolutePath().normalize();
        // reading every body's links is the costly part: not done when nothing lies beside the releases
        Set<String> used = copied.isEmpty() ? Set.of() : used(catalog);
        List<String> unused = new ArrayList<>();
        for (Path file : copied) {
            String sitePath = content.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            if (!used.contains(sitePath)) unused.add(sitePath);
        }
        unused.sort(null);
        Files.writeString(destination.resolve(LIST), String.join("\n", unused) + (unused.isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8);
        // a photo's source is used (its cleaned files are published instead): the photo stage's log line counts it
        return unused.stream().filter(path -> !catalog.photos().isSource(path)).map(path -> "content/" + path).toList();
    }

    /** One line for the bake's log naming the files left out, or null when there are none. */
    public static String logLine(List<String> unused) {
        if (unused.isEmpty()) return null;
        String named = String.join(", ", unused.subList(0, Math.min(NAMED_IN_LOG, unused.size())));
        if (unused.size() > NAMED_IN_LOG) named += " dan " + (unused.size() - NAMED_IN_LOG) + " lainnya";
        return "Warta: " + unused.size() + " berkas di content/ tidak dipakai rilis yang terbit, tidak diterbitkan: " + named;
    }

    /**
     * Deletes from a bake folder the files its bake listed, and the list.
     *
     * @return how many files were deleted
     * @throws IllegalStateException when the folder has no list: it was not baked by Warta's rendering tool to the end
     */
    public static int remove(Path site) throws IOException {
        Path list = site.resolve(LIST);
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException(site + ": bake tidak lengkap (" + LIST + " tidak ada); jalankan mvn package lagi");
        }
        int removed = 0;
        Path root = site.toAbsolutePath().normalize();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Path file = root.resolve(line).normalize();
            if (file.startsWith(root) && Files.deleteIfExists(file)) removed++;
        }
        Files.delete(list);
        return removed;
    }

    /** Site paths ({@code berita/2023/paparan.pdf}) that the online releases use. */
    private static Set<String> used(Catalog catalog) {
        Set<String> used = new HashSet<>();
        URI host = URI.create(catalog.site().host() + "/");
        for (Release r : catalog.online()) {
            // a photo's source is not published: the files made of it are (Photos)
            for (Release.Image image : images(r)) {
                if (image.url() != null && !catalog.photos().isSource(image.url().substring(1))) used.add(image.url().substring(1));
            }
            for (Release.Attachment attachment : r.attachments()) {
                if (attachment.url() != null) used.add(attachment.url().substring(1));
            }
            URI page = host.resolve(r.permalink().substring(1));
            for (Element element : Jsoup.parseBodyFragment(catalog.body(r)).select("a[href], img[src]")) {
                String address = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String path = sitePath(page, address);
                if (path != null && !catalog.photos().isSource(path)) used.add(path);
            }
        }
        return used;
    }

    private static List<Release.Image> images(Release r) {
        List<Release.Image> images = new ArrayList<>(r.photos());
        if (r.image() != null) images.add(r.image());
        return images;
    }

    /** The site path an address on a page names, or null when it leaves the site or cannot be read. */
    private static String sitePath(URI page, String address) {
        try {
            URI target = page.resolve(address.strip());
            if (!page.getScheme().equals(target.getScheme()) || !String.valueOf(page.getAuthority()).equals(String.valueOf(target.getAuthority()))) {
                return null;
            }
            String path = target.getRawPath();
            if (path == null || !path.startsWith("/")) return null;
            return URLDecoder.decode(path.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
