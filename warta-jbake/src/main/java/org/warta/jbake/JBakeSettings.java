package org.warta.jbake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.warta.incremental.BakeCache;
import org.warta.incremental.CacheKey;
import org.warta.incremental.PreviousBake;
import org.warta.site.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Warta takes from a JBake bake's configuration: the site's settings ({@code jbake.properties} and the
 * project's folders) and the memory of the last bake: the preview's, or the one {@code mvn package} keeps in
 * {@code target/} ({@link BakeCache}).
 */
public final class JBakeSettings {
    /** Where a published bake keeps its {@link Cached} while it runs. */
    private static final String CACHE = "warta.cache-bake";
    /** Files of assets/ up to this size are keyed by their bytes, larger ones by size and time. */
    private static final long ASSET_BYTES = 1 << 20;

    private JBakeSettings() {
    }

    /** A published bake's cache and the memory it opened, begun into the bake's folder. */
    private record Cached(BakeCache cache, PreviousBake memory) {
    }

    /** The site's settings of this bake; drafts are shown only in the preview's bakes. */
    public static SiteSettings site(JBakeConfiguration config) {
        return SiteSettings.from(config::get, config.getSourceFolder().toPath(), config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(), previewDrafts(config));
    }

    /**
     * The memory of the last bake this bake takes over from: the preview's ({@link PreviousBake#KEY}), or in a
     * published bake the cache's, opened on the first call and begun into the bake's folder.
     */
    public static PreviousBake previousBake(JBakeConfiguration config) {
        PreviousBake preview = previewMemory(config);
        return preview != null ? preview : cached(config).memory();
    }

    /** The preview's memory; null in a published bake. */
    private static PreviousBake previewMemory(JBakeConfiguration config) {
        Object value = config.get(PreviousBake.KEY);
        if (value == null) return null;
        if (value instanceof PreviousBake memory) return memory;
        throw new IllegalStateException(PreviousBake.KEY + " = \"" + value + "\": kunci ini hanya dipasang oleh pratinjau; "
                + "hapus dari jbake.properties.");
    }

    private static Cached cached(JBakeConfiguration config) {
        synchronized (config) {
            if (config.get(CACHE) instanceof Cached cached) return cached;
            BakeCache cache = new BakeCache(config.getSourceFolder().toPath(), key(config));
            PreviousBake memory = cache.open();
            memory.begin(config.getDestinationFolder().toPath().toAbsolutePath().normalize());
            Cached cached = new Cached(cache, memory);
            config.setProperty(CACHE, cached);
            return cached;
        }
    }

    /**
     * A published bake succeeded: its memory is kept for the next {@code mvn package}. Nothing for the preview's
     * bakes (the preview keeps its own). The configuration forgets it, so that a bake made again with it opens the
     * cache anew.
     */
    public static void bakeSucceeded(JBakeConfiguration config) {
        if (previewMemory(config) != null) return;
        synchronized (config) {
            if (!(config.get(CACHE) instanceof Cached cached)) return;
            cached.memory().commit();
            cached.cache().save(cached.memory());
            config.setProperty(CACHE, null);
        }
    }

    /**
     * The cache's key: everything a bake is made of besides its release files (which it compares one by one):
     * the settings, templates, assets, the other files of content/, and the code that bakes (Warta's own, the
     * libraries', Java's).
     */
    private static CacheKey key(JBakeConfiguration config) {
        try {
            Path project = config.getSourceFolder().toPath();
            return new CacheKey("pengaturan, templat, aset, berkas content/ selain rilis atau kode Warta")
                    .text("java", Runtime.version().toString())
                    .text("pustaka", Libraries.check())
                    .text("jbake", codeSource(org.jbake.app.Oven.class).getFileName().toString())
                    .text("freemarker", codeSourceOf("freemarker.template.Configuration"))
                    .text("draf", String.valueOf(previewDrafts(config)))
                    .file("jbake.properties", project.resolve("jbake.properties"))
                    .tree("templat", config.getTemplateFolder().toPath(), file -> true, file -> true)
                    .tree("aset", config.getAssetFolder().toPath(), file -> true, file -> size(file) <= ASSET_BYTES)
                    .tree("content", config.getContentFolder().toPath(), file -> !file.toString().endsWith(".md"), file -> false)
                    .code("warta", JBakeSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the jar the class {@code name} is loaded from in JBake's class loader; "-" without it. */
    private static String codeSourceOf(String name) {
        try {
            return codeSource(Class.forName(name, false, org.jbake.app.Oven.class.getClassLoader())).getFileName().toString();
        } catch (ClassNotFoundException e) {
            return "-";
        }
    }

    /** The jar (or folder) a class was loaded from. */
    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(type + " dimuat dari tempat yang tidak dikenal", e);
        }
    }

    /** Whether drafts are shown: only in the preview, which also hands its {@link PreviousBake} to the bake. */
    private static boolean previewDrafts(JBakeConfiguration config) {
        Object value = config.get(SiteSettings.PREVIEW_DRAFTS);
        if (value == null) return false;
        if (previewMemory(config) == null) {
            throw new IllegalStateException(SiteSettings.PREVIEW_DRAFTS + " = \"" + value + "\": kunci ini hanya dipasang oleh "
                    + "pratinjau; di jbake.properties ia akan menerbitkan draf. Hapus baris itu.");
        }
        return Boolean.parseBoolean(String.valueOf(value));
    }
}
