package org.warta.photos;

import org.warta.site.Paths;
import org.warta.content.MarkdownBody;
import org.warta.site.Failures;
import org.warta.site.SiteSettings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.content.FrontMatter;
import org.warta.content.Problem;
import org.warta.content.Release;
import org.warta.content.Slugs;
import org.warta.image.Format;
import org.warta.image.Photo;
import org.warta.image.PhotoCache;
import org.warta.image.PhotoException;
import org.warta.image.PhotoProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bake's photo stage, between the catalog and the pages. Every raster image an online release shows (its
 * {@code image}, its {@code photos}, the images in its body) is read, checked and made into the files readers get
 * ({@link PhotoProcessor}) on every core, or taken from the {@link PhotoCache}. Pages show them through
 * {@link #view}; a photo that cannot be made is a problem of the release that names it, at the field's line. The
 * source files are never published ({@code org.warta.publish.UnusedFiles} leaves them out): only what this stage made, under
 * {@value #ROOT}{@code <key>/}, none of it carrying the source's metadata. SVG drawings are shown as they are.
 */
public final class Photos {
    /** Where photos are published: {@code /foto/<key>/<file>}. */
    public static final String ROOT = Paths.PHOTOS;
    /** The largest source file read: a 108-megapixel phone's JPEG is about 30 MB. */
    public static final long MAX_SOURCE_BYTES = 50L << 20;
    /** How wide the article column shows a photo (at most 42rem): what {@code sizes} tells the browser. */
    public static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
    /** How long a photo no bake uses stays in the cache (a replaced photo, a deleted release). */
    static final java.time.Duration CACHE_KEPT = java.time.Duration.ofDays(30);
        /** Memory one worker may need for a photo (a 16-megapixel picture, decoded, upright and scaled). */
    private static final long MEMORY_PER_WORKER = 400L << 20;
    /** The size SVG drawings are shown at (they scale; only the proportions matter). */
    private static final int SVG_WIDTH = 960;
    private static final int SVG_HEIGHT = 540;
    private static final Logger LOG = LoggerFactory.getLogger(Photos.class);

    /** One photo to make: the source file, its site path and base name, and what is written into its files. */
    private record Job(Path source, String sitePath, String name, PhotoProcessor.Credit credit) {
    }

    /** Where a release names a photo, for its problems. */
    private record Use(Release release, String field, int line) {
    }

    /** What became of a job: a photo, an SVG drawing shown as it is, or a problem. */
    private record Outcome(Photo photo, String svgUrl, String problem, boolean cached) {
        static Outcome problem(String message) {
            return new Outcome(null, null, message, false);
        }
    }

    /** An image a release shows, in page order (lead, gallery, body), with what became of it. */
    private record Shown(Release.Image image, Outcome outcome) {
    }

    private final SiteSettings site;
    private final PhotoCache cache;
    private final Map<Release.Image, Outcome> byImage;
    private final Map<Release, List<Shown>> byRelease;
    private final Map<Release, String> bodies;
    private final Set<String> sources;
    private final List<Problem> problems;
    /**
     * Views already made, by image and by release: once per bake (null too), each map under its own lock, since the
     * bake writes several steps at the same time.
     */
    private final Map<Release.Image, Map<String, Object>> views = new IdentityHashMap<>();
    private final Map<Release, Map<String, Object>> thumbnails = new IdentityHashMap<>();

    private Photos(SiteSettings site, PhotoCache cache, Map<Release.Image, Outcome> byImage, Map<Release, List<Shown>> byRelease,
                   Map<Release, String> bodies, Set<String> sources, List<Problem> problems) {
        this.site = site;
        this.cache = cache;
        this.byImage = byImage;
        this.byRelease = byRelease;
        this.bodies = bodies;
        this.sources = sources;
        this.problems = problems;
    }

    /** The photo cache of a project: {@code target/warta-cache/foto/}, emptied by {@code mvn clean}. */
    public static Path cacheDir(SiteSettings site) {
        return site.projectDir().resolve("target").resolve("warta-cache").resolve("foto");
    }

    /**
     * Makes (or takes from the cache) the photos of the online releases of a site: each one's lead photo, gallery
     * and the images in its body ({@code bodyOf}: a release's body as sanitised HTML).
     */
    public static Photos make(SiteSettings site, List<Release> online, Function<Release, String> bodyOf) {
        PhotoCache cache = new PhotoCache(cacheDir(site));
        Map<Job, List<Use>> jobs = new LinkedHashMap<>();
        Map<Release.Image, Job> imageJobs = new IdentityHashMap<>();
        Map<Release, List<Release.Image>> shownImages = new IdentityHashMap<>();
        Map<Release, Document> documents = new IdentityHashMap<>();
        Map<Release.Image, Element> bodyElements = new IdentityHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Release r : online) {
            List<Release.Image> shown = new ArrayList<>();
            if (r.image() != null && r.image().url() != null) {
                add(jobs, imageJobs, shown, site, r, r.image(), new Use(r, "image.src", r.lines().of("image.src")));
            }
            for (int i = 0; i < r.photos().size(); i++) {
                Release.Image photo = r.photos().get(i);
                if (photo.url() != null) add(jobs, imageJobs, shown, site, r, photo, new Use(r, "photos[" + i + "].src", r.lines().of("photos[" + i + "].src")));
            }
            String body = bodyOf.apply(r);
            if (body != null && body.contains("<img")) {
                Document document = Jsoup.parseBodyFragment(body);
                document.outputSettings().prettyPrint(false);
                for (Element img : document.select("img[src]")) {
                    String src = img.attr("src");
                    // another site's image was removed by the sanitiser; an address of this site (/berita/2023/foto.jpg)
                    // is looked up as a site path, a relative one beside the release, both then under assets/
                    if (src.startsWith("//") || src.startsWith("#") || MarkdownBody.browserScheme(src) != null) continue;
                    int line = bodyLine(r, src);
                    String name = decoded(src);
                    Path file = besideOrAsset(site, r, name);
                    if (file == null && src.startsWith("/")) continue; // another page of the site, or none: the link check's
                    if (file == null) {
                        problems.add(new Problem(r.file(), line, FrontMatter.BODY, "gambar \"" + src + "\" di isi berita tidak ditemukan di "
                                + folderOf(r) + "/ maupun di assets/; simpan fotonya di samping berkas berita dan tulis namanya, "
                                + "mis. ![Peserta rapat berfoto bersama](foto.jpg)"));
                        continue;
                    }
                    Release.Image image = new Release.Image(src, "/" + sitePath(site, file), img.attr("alt"),
                            img.attr("title").isBlank() ? null : img.attr("title"), null);
                    add(jobs, imageJobs, shown, site, r, image, new Use(r, FrontMatter.BODY, line));
                    bodyElements.put(image, img);
                    documents.put(r, document);
                }
            }
            if (!shown.isEmpty()) shownImages.put(r, shown);
        }

        problems.addAll(assetsWithPrivateData(site));
        long start = System.nanoTime();
        Map<Job, Outcome> outcomes = run(jobs.keySet(), cache);
        for (var entry : jobs.entrySet()) {
            String problem = outcomes.get(entry.getKey()).problem();
            if (problem == null) continue;
            for (Use use : entry.getValue()) problems.add(new Problem(use.release().file(), use.line(), use.field(), problem));
        }
        Map<Release.Image, Outcome> byImage = new IdentityHashMap<>();
        imageJobs.forEach((image, job) -> byImage.put(image, outcomes.get(job)));
        Map<Release, List<Shown>> byRelease = new IdentityHashMap<>();
        shownImages.forEach((r, images) -> byRelease.put(r, images.stream().map(i -> new Shown(i, byImage.get(i))).toList()));
        Set<String> sources = new HashSet<>();
        outcomes.forEach((job, outcome) -> {
            if (outcome.photo() != null) sources.add(job.sitePath());
        });
        Map<Release, String> bodies = new IdentityHashMap<>();
        Photos photos = new Photos(site, cache, byImage, byRelease, bodies, sources, List.copyOf(problems));
        documents.forEach((r, document) -> {
            for (Shown shown : byRelease.get(r)) {
                Element img = bodyElements.get(shown.image());
                if (img != null && shown.outcome().problem() == null) photos.replace(img, shown);
            }
            bodies.put(r, document.body().html());
        });
        log(outcomes, System.nanoTime() - start);
        try {
            int pruned = cache.prune(CACHE_KEPT);
            if (pruned > 0) LOG.info("Warta: foto: {} foto di cache tidak dipakai lebih dari {} hari, dihapus dari cache", pruned, CACHE_KEPT.toDays());
        } catch (IOException e) {
            LOG.warn("Warta: cache foto tidak dapat dirapikan ({}); hapus {} bila ruang disk menipis", e.getMessage(), cacheDir(site));
        }
        return photos;
    }

    private static void add(Map<Job, List<Use>> jobs, Map<Release.Image, Job> imageJobs, List<Release.Image> shown,
                            SiteSettings site, Release r, Release.Image image, Use use) {
        String sitePath = image.url().substring(1);
        Path file = site.contentDir().resolve(sitePath);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) file = site.assetsDir().resolve(sitePath);
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String name = Slugs.of(dot > 0 ? base.substring(0, dot) : base);
        Job job = new Job(file, sitePath, name.isEmpty() ? "foto" : name,
                new PhotoProcessor.Credit(image.caption(), image.credit(), site.office()));
        jobs.computeIfAbsent(job, k -> new ArrayList<>()).add(use);
        imageJobs.put(image, job);
        shown.add(image);
    }

    private static void log(Map<Job, Outcome> outcomes, long nanos) {
        if (outcomes.isEmpty()) return;
        long photos = outcomes.values().stream().filter(o -> o.photo() != null).count();
        long cached = outcomes.values().stream().filter(o -> o.photo() != null && o.cached()).count();
        long located = outcomes.values().stream().filter(o -> o.photo() != null && o.photo().hadLocation()).count();
        long privateData = outcomes.values().stream().filter(o -> o.photo() != null && o.photo().removed().stream()
                .anyMatch(found -> !found.startsWith("posisi") && !found.startsWith("lokasi"))).count();
        LOG.info("Warta: foto: {} foto ({} dibuat, {} dari cache) dalam {} ms; posisi lokasi dihapus dari {} foto, nomor seri, "
                        + "pemilik atau gambar mini dari {} foto; yang terbit hanya berkas bersih buatan Warta", photos, photos - cached,
                cached, nanos / 1_000_000, located, privateData);
    }

    /** Makes every job on as many workers as cores and memory allow. */
    private static Map<Job, Outcome> run(Set<Job> jobs, PhotoCache cache) {
        Map<Job, Outcome> outcomes = new LinkedHashMap<>();
        if (jobs.isEmpty()) return outcomes;
        Runtime runtime = Runtime.getRuntime();
        int workers = (int) Math.max(1, Math.min(Math.min(runtime.availableProcessors(), jobs.size()), runtime.maxMemory() / MEMORY_PER_WORKER));
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "warta-foto-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Job, Future<Outcome>> futures = new LinkedHashMap<>();
            for (Job job : jobs) futures.put(job, pool.submit(() -> outcome(job, cache)));
            for (var entry : futures.entrySet()) outcomes.put(entry.getKey(), entry.getValue().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pembuatan foto terputus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtimeException) throw runtimeException;
            throw new IllegalStateException("pembuatan foto gagal", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** Makes one photo, or says what is wrong with its file; a cache that cannot be written fails the bake. */
    private static Outcome outcome(Job job, PhotoCache cache) {
        String file = job.source().getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(job.source());
            if (size > MAX_SOURCE_BYTES) {
                return Outcome.problem(String.format(Locale.ROOT, "foto \"%s\" berukuran %.0f MB, lebih dari batas %d MB; "
                        + "perkecil fotonya (mis. sisi terpanjang 4000 piksel) lalu simpan ulang", file, size / 1048576.0, MAX_SOURCE_BYTES >> 20));
            }
            bytes = Files.readAllBytes(job.source());
        } catch (IOException e) {
            return Outcome.problem("foto \"" + file + "\" tidak dapat dibaca (" + e.getMessage() + "); periksa izin berkasnya");
        }
        Format format = Format.of(bytes);
        if (format == Format.SVG) {
            String forbidden = org.warta.image.SvgCheck.forbidden(bytes);
            if (forbidden != null) {
                return Outcome.problem("gambar SVG \"" + file + "\" memuat " + forbidden + ", yang dapat menjalankan skrip atau "
                        + "memuat berkas dari situs lain saat gambarnya dibuka; ekspor ulang sebagai SVG biasa tanpa skrip, atau simpan sebagai PNG");
            }
            return new Outcome(null, "/" + job.sitePath(), null, false);
        }
        if (format == Format.HEIF || format == Format.AVIF) {
            return Outcome.problem("foto \"" + file + "\" berisi gambar " + format.label() + " (format bawaan iPhone), yang belum dapat "
                    + "ditampilkan semua peramban; ekspor sebagai JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel, "
                    + "atau bagikan foto lewat Mail/WhatsApp), lalu simpan ulang");
        }
        if (!format.raster()) {
            return Outcome.problem("berkas \"" + file + "\" bukan gambar JPEG, PNG, WebP atau SVG (isinya " + format.label()
                    + "); buka gambarnya lalu simpan ulang sebagai JPEG");
        }
        String key = PhotoProcessor.key(bytes, job.name(), job.credit());
        Photo cached = cache.get(key);
        if (cached != null) return new Outcome(cached, null, null, true);
        try {
            PhotoProcessor.Made made = PhotoProcessor.process(bytes, job.name(), job.credit());
            return new Outcome(cache.put(key, made), null, null, false);
        } catch (PhotoException e) {
            return Outcome.problem("foto \"" + file + "\": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cache foto " + cache.folder(key) + " tidak dapat ditulis", e);
        } catch (RuntimeException e) {
            LOG.debug("Warta: {} tidak dapat diproses", job.source(), e);
            return Outcome.problem("foto \"" + file + "\" tidak dapat diproses (" + Failures.reason(e) + "); buka lalu simpan ulang "
                    + "sebagai JPEG, dan laporkan berkas ini ke pengembang Warta");
        }
    }

    /**
     * The photos under {@code assets/} that carry private data: JBake publishes that folder as it is, so such a
     * file would reach readers with its position; the publisher's {@code PrivacyGate} would refuse the site, this
     * says so earlier, naming the file.
     */
    private static List<Problem> assetsWithPrivateData(SiteSettings site) {
        List<Problem> problems = new ArrayList<>();
        Path assets = site.assetsDir();
        if (!Files.isDirectory(assets)) return problems;
        try (var files = Files.walk(assets)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                if (!Format.ofName(file.getFileName().toString()).raster()) continue;
                List<String> found = org.warta.image.PhotoMetadata.read(file).privateData();
                if (found.isEmpty()) continue;
                problems.add(new Problem(site.projectDir().relativize(file).toString().replace('\\', '/'), 1, "berkas",
                        "foto di assets/ terbit apa adanya, dan foto ini memuat " + String.join(", ", found) + "; pindahkan foto "
                                + "rilis ke samping berkas beritanya (Warta membersihkannya), atau hapus data itu dari berkasnya"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("assets/ tidak dapat dibaca", e);
        }
        return problems;
    }

    // ---- what pages ask

    /** Problems of the photos: each of the release and field that named one. */
    public List<Problem> problems() {
        return problems;
    }

    /** A release's body with its images as pictures, or {@code original} when it shows none. */
    public String body(Release r, String original) {
        return bodies.getOrDefault(r, original);
    }

    /** Whether a file beside the releases ({@code berita/2023/foto.jpg}) was made into a photo: then it is not published itself. */
    public boolean isSource(String sitePath) {
        return sources.contains(sitePath);
    }

    /** The photo of an image a release names, or null for an SVG drawing (or an image with a problem). */
    Photo photo(Release.Image image) {
        Outcome outcome = byImage.get(image);
        return outcome == null ? null : outcome.photo();
    }

    /** The address of the file a reader downloads for an image: the cleaned original, or the drawing itself. */
    public String downloadUrl(Release.Image image) {
        Outcome outcome = byImage.get(image);
        if (outcome == null || outcome.problem() != null) return image.url();
        if (outcome.svgUrl() != null) return outcome.svgUrl();
        return url(outcome.photo(), outcome.photo().one(Photo.Kind.ORIGINAL));
    }

    /** The link card's picture of a release (its lead photo, else the first of its gallery), or null. */
    public String cardUrl(Release r) {
        for (Shown shown : byRelease.getOrDefault(r, List.of())) {
            if (shown.image() == r.image() || r.photos().contains(shown.image())) {
                Outcome o = shown.outcome();
                if (o.photo() != null) return url(o.photo(), o.photo().one(Photo.Kind.CARD));
                if (o.svgUrl() != null) return o.svgUrl();
            }
        }
        return null;
    }

    /** The alt text of {@link #cardUrl}'s image. */
    public String cardAlt(Release r) {
        if (r.image() != null) return r.image().alt();
        return r.photos().isEmpty() ? null : r.photos().get(0).alt();
    }

    /**
     * An image as templates show it: {@code alt}, {@code caption}, {@code credit}, {@code width}, {@code height},
     * {@code src} and, for a photo, {@code webp} and {@code jpeg} (srcset lists), {@code original} ({@code url},
     * {@code file}, {@code size}, {@code width}, {@code height}) and {@code thumbnail}; for a drawing {@code svg}.
     * Null when the image has no outcome.
     */
    public Map<String, Object> view(Release.Image image) {
        // made once: every list page a release is on (home, section, archives, province, topics, speakers) asks again
        synchronized (views) {
            if (!views.containsKey(image)) views.put(image, newView(image));
            return views.get(image);
        }
    }

    private Map<String, Object> newView(Release.Image image) {
        Outcome outcome = byImage.get(image);
        if (outcome == null || outcome.problem() != null) return null;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("alt", image.alt());
        if (image.caption() != null) view.put("caption", image.caption());
        if (image.credit() != null) view.put("credit", image.credit());
        Map<String, Object> original = new LinkedHashMap<>();
        if (outcome.svgUrl() != null) {
            view.put("svg", true);
            view.put("src", outcome.svgUrl());
            view.put("width", SVG_WIDTH);
            view.put("height", SVG_HEIGHT);
            original.put("url", outcome.svgUrl());
            original.put("file", outcome.svgUrl().substring(outcome.svgUrl().lastIndexOf('/') + 1));
            view.put("original", original);
            return view;
        }
        Photo photo = outcome.photo();
        view.put("svg", false);
        view.put("width", photo.width());
        view.put("height", photo.height());
        view.put("src", url(photo, fallback(photo.of(Photo.Kind.WIDTH, Format.JPEG), 800)));
        view.put("webp", srcset(photo, photo.of(Photo.Kind.WIDTH, Format.WEBP)));
        view.put("jpeg", srcset(photo, photo.of(Photo.Kind.WIDTH, Format.JPEG)));
        Photo.Rendition full = photo.one(Photo.Kind.ORIGINAL);
        original.put("url", url(photo, full));
        original.put("file", full.file());
        original.put("size", size(full.bytes()));
        original.put("width", full.width());
        original.put("height", full.height());
        view.put("original", original);
        Map<String, Object> thumbnail = new LinkedHashMap<>();
        List<Photo.Rendition> small = photo.of(Photo.Kind.THUMBNAIL, Format.JPEG);
        thumbnail.put("src", url(photo, small.get(0)));
        thumbnail.put("webp", srcset(photo, photo.of(Photo.Kind.THUMBNAIL, Format.WEBP)));
        thumbnail.put("jpeg", srcset(photo, small));
        thumbnail.put("width", small.get(0).width());
        thumbnail.put("height", small.get(0).height());
        view.put("thumbnail", thumbnail);
        return view;
    }

    /** The images of a release's gallery ({@code photos}), as {@link #view} shows them. */
    public List<Map<String, Object>> gallery(Release r) {
        return r.photos().stream().map(this::view).filter(java.util.Objects::nonNull).toList();
    }

    /** The thumbnail a list shows for a release: of its lead photo, else of the first photo of its gallery; or null. */
    public Map<String, Object> thumbnail(Release r) {
        synchronized (thumbnails) {
            if (!thumbnails.containsKey(r)) thumbnails.put(r, newThumbnail(r));
            return thumbnails.get(r);
        }
    }

    private Map<String, Object> newThumbnail(Release r) {
        List<Release.Image> candidates = new ArrayList<>();
        if (r.image() != null) candidates.add(r.image());
        candidates.addAll(r.photos());
        for (Release.Image image : candidates) {
            Map<String, Object> view = view(image);
            if (view != null && view.get("thumbnail") instanceof Map<?, ?> thumbnail) {
                @SuppressWarnings("unchecked") Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) thumbnail);
                copy.put("alt", "");
                return copy;
            }
        }
        return null;
    }

    /** The press kit's download of every photo of a release ({@code <permalink>foto.zip}), or null when it has none. */
    public static String archivePath(Release r) {
        return r.permalink() + "foto-" + r.slug() + ".zip";
    }

    /** The photos of a release the press kit offers, in page order, each once. */
    private List<Shown> pressPhotos(Release r) {
        Set<String> seen = new HashSet<>();
        return byRelease.getOrDefault(r, List.of()).stream()
                .filter(s -> s.outcome().photo() != null && seen.add(s.outcome().photo().key())).toList();
    }

    /** Whether a release has photos for the press kit's archive. */
    public boolean hasArchive(Release r) {
        return !pressPhotos(r).isEmpty();
    }

    // ---- writing

    /** A file of the site this stage made: its path on the site and the file in the cache it is linked from. */
    public record SiteFile(String path, Path source) {
    }

    /**
     * The files a release's photos add to the site: the renditions of each of its photos (a photo that another
     * release showed first, named in {@code seen}, is not repeated), then the press archive of its photos, made once
     * and kept in the cache, named by everything in it, so the next bake links it (a 1,000-photo archive rebuilt
     * every bake took 69 s of a warm bake).
     */
    public List<SiteFile> files(Release r, Set<String> seen) throws IOException {
        List<SiteFile> files = new ArrayList<>();
        for (Shown shown : byRelease.getOrDefault(r, List.of())) {
            Photo photo = shown.outcome().photo();
            if (photo == null || !seen.add(photo.key())) continue;
            for (Photo.Rendition rendition : photo.renditions()) {
                files.add(new SiteFile(url(photo, rendition), cache.folder(photo.key()).resolve(rendition.file())));
            }
        }
        List<Shown> press = pressPhotos(r);
        if (press.isEmpty()) return files;
        String contents = press.stream().map(s -> s.outcome().photo().key()).collect(Collectors.joining(","))
                + "\n" + r.date().date() + "\n" + captions(r, press, site);
        files.add(new SiteFile(archivePath(r), cache.archive(PhotoProcessor.key(contents), out -> archive(r, press, site, out))));
        return files;
    }

    /**
     * A zip of a release's cleaned originals and a text of their captions and credits; the same bytes every bake.
     * The photos are stored, not compressed again (JPEG and PNG do not shrink: deflating them took the time and
     * saved nothing).
     */
    private void archive(Release r, List<Shown> press, SiteSettings site, java.io.OutputStream out) throws IOException {
        java.time.LocalDateTime time = r.date().date().atStartOfDay();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            ZipEntry text = new ZipEntry("keterangan-foto.txt");
            text.setTimeLocal(time);
            zip.putNextEntry(text);
            zip.write(captions(r, press, site).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < press.size(); i++) {
                Photo photo = press.get(i).outcome().photo();
                Photo.Rendition full = photo.one(Photo.Kind.ORIGINAL);
                Path file = cache.folder(photo.key()).resolve(full.file());
                ZipEntry entry = new ZipEntry(String.format(Locale.ROOT, "%02d-%s", i + 1, full.file()));
                entry.setTimeLocal(time);
                entry.setMethod(ZipEntry.STORED);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read; (read = in.read(buffer)) > 0; ) crc.update(buffer, 0, read);
                }
                entry.setSize(Files.size(file));
                entry.setCompressedSize(Files.size(file));
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    /** The archive's text: for each photo its file, caption, credit and alt text, then the release's title and permalink. */
    private String captions(Release r, List<Shown> press, SiteSettings site) {
        StringBuilder text = new StringBuilder();
        text.append("Foto rilis: ").append(r.title()).append('\n');
        text.append(site.host()).append(r.permalink()).append("\n\n");
        for (int i = 0; i < press.size(); i++) {
            Shown shown = press.get(i);
            Photo.Rendition full = shown.outcome().photo().one(Photo.Kind.ORIGINAL);
            text.append(String.format(Locale.ROOT, "%02d-%s", i + 1, full.file())).append(" (")
                    .append(full.width()).append(" × ").append(full.height()).append(" piksel)\n");
            if (shown.image().caption() != null) text.append("Keterangan: ").append(shown.image().caption()).append('\n');
            text.append("Kredit: ").append(shown.image().credit() != null ? shown.image().credit() : site.office()).append('\n');
            text.append("Teks alternatif: ").append(shown.image().alt()).append("\n\n");
        }
        text.append("Foto boleh dimuat ulang dengan menyebutkan kreditnya.\n");
        return text.toString();
    }

    // ---- the body's images

    /**
     * Replaces an image of the body by its picture; an image alone in its paragraph becomes a figure, its title
     * ({@code ![alt](foto.jpg "keterangan")}) the caption. A drawing keeps its img, with the site's address.
     */
    private void replace(Element img, Shown shown) {
        Outcome outcome = shown.outcome();
        if (outcome.svgUrl() != null) {
            img.attr("src", outcome.svgUrl()).attr("loading", "lazy").attr("decoding", "async");
            return;
        }
        Element picture = picture(outcome.photo(), shown.image().alt(), true, false);
        Element parent = img.parent();
        boolean alone = parent != null && parent.tagName().equals("p") && parent.childNodes().stream()
                .allMatch(n -> n == img || (n instanceof TextNode t && t.isBlank()));
        if (!alone) {
            img.replaceWith(picture);
            return;
        }
        Element figure = new Element("figure").addClass("release__photo");
        figure.appendChild(picture);
        if (shown.image().caption() != null) figure.appendElement("figcaption").text(shown.image().caption());
        parent.replaceWith(figure);
    }

    /** The markup of a photo, as the {@code picture} macro of components.ftl writes it. */
    Element picture(Photo photo, String alt, boolean lazy, boolean priority) {
        Element picture = new Element("picture");
        picture.appendElement("source").attr("type", "image/webp")
                .attr("srcset", srcset(photo, photo.of(Photo.Kind.WIDTH, Format.WEBP))).attr("sizes", SIZES);
        Element img = picture.appendElement("img")
                .attr("src", url(photo, fallback(photo.of(Photo.Kind.WIDTH, Format.JPEG), 800)))
                .attr("srcset", srcset(photo, photo.of(Photo.Kind.WIDTH, Format.JPEG))).attr("sizes", SIZES)
                .attr("alt", alt).attr("width", Integer.toString(photo.width())).attr("height", Integer.toString(photo.height()));
        if (priority) img.attr("fetchpriority", "high");
        else if (lazy) img.attr("loading", "lazy");
        img.attr("decoding", "async");
        return picture;
    }

    private static String url(Photo photo, Photo.Rendition rendition) {
        return ROOT + photo.key() + "/" + rendition.file();
    }

    private static String srcset(Photo photo, List<Photo.Rendition> renditions) {
        return renditions.stream().map(r -> url(photo, r) + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    /** The widest rendition not wider than {@code width}, else the narrowest: the src of browsers without srcset. */
    private static Photo.Rendition fallback(List<Photo.Rendition> renditions, int width) {
        Photo.Rendition chosen = renditions.get(0);
        for (Photo.Rendition r : renditions) {
            if (r.width() <= width) chosen = r;
        }
        return chosen;
    }

    /** A file size as readers read it: {@code 850 kB}, {@code 4,5 MB}. */
    static String size(long bytes) {
        if (bytes < 1_000_000) return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0).replace('.', ',');
    }

    // ---- finding the files

    /** The line of the body that names {@code src} (its first mention), else the body's first line. */
    private static int bodyLine(Release r, String src) {
        int start = r.lines().of(FrontMatter.BODY);
        int at = r.body().indexOf(src);
        if (at < 0) return start;
        int line = start;
        for (int i = 0; i < at; i++) {
            if (r.body().charAt(i) == '\n') line++;
        }
        return line;
    }

    private static String decoded(String src) {
        try {
            return URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return src;
        }
    }

    /**
     * The file an image of a body names: a relative name beside the release, a site path ({@code /berita/2023/x.jpg})
     * under {@code content/}; either then under assets/. Null when none has it (or the name cannot be a file name).
     */
    private static Path besideOrAsset(SiteSettings site, Release r, String src) {
        try {
            boolean sitePath = src.startsWith("/");
            String name = sitePath ? src.substring(1) : src;
            Path folder = sitePath ? site.contentDir().toAbsolutePath().normalize()
                    : site.projectDir().resolve(r.file()).getParent().toAbsolutePath().normalize();
            Path beside = folder.resolve(name).normalize();
            if (beside.startsWith(folder) && Files.isRegularFile(beside, LinkOption.NOFOLLOW_LINKS)) return beside;
            Path assets = site.assetsDir().toAbsolutePath().normalize();
            Path asset = assets.resolve(name).normalize();
            if (asset.startsWith(assets) && Files.isRegularFile(asset, LinkOption.NOFOLLOW_LINKS)) return asset;
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            return null; // a NUL or the like: no such file
        }
    }

    private static String folderOf(Release r) {
        String file = r.file().replace('\\', '/');
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "." : file.substring(0, slash);
    }

    /** A file's site path: {@code berita/2023/foto.jpg} beside the releases, {@code img/foto.jpg} under assets/. */
    private static String sitePath(SiteSettings site, Path file) {
        Path content = site.contentDir().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path root = absolute.startsWith(content) ? content : site.assetsDir().toAbsolutePath().normalize();
        return root.relativize(absolute).toString().replace('\\', '/');
    }
}
