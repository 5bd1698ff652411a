package org.warta.jbake;

import com.orientechnologies.orient.core.Orient;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.warta.incremental.PreviousBake;
import org.warta.site.SiteSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the preview's bakes with JBake's real Oven, as {@code mvn package} bakes but with drafts shown
 * ({@link SiteSettings#PREVIEW_DRAFTS}) and the preview's memory of its last bake handed to Warta's engine and
 * rendering tool ({@link PreviousBake#KEY}).
 */
public final class PreviewOven {
    static {
        // JBake registers engines in classpath order, which a plain java -cp or exec:java does not promise:
        // Warta's engine for .md files is set here, as META-INF/org.jbake.parser.MarkupEngines.properties says.
        Engines.register("md", new ReleaseEngine());
    }

    private final DefaultJBakeConfiguration config;

    /**
     * Starts JBake's database engine now, once per JVM, and takes back the SIGINT handler it installs when it starts
     * (which calls {@code System.exit(1)}): the preview handles Ctrl-C itself, during its first bake too. JBake
     * starts the engine only when it has not been started, and never stops it.
     */
    public static synchronized void startDatabase() {
        Orient.instance().startup();
        Orient.instance().removeSignalHandler();
    }

    /** A bake of {@code project} into {@code folder} that takes over from {@code previous}. */
    public PreviewOven(Path project, Path folder, PreviousBake previous) {
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), folder.toFile(), true);
        config.setProperty(SiteSettings.PREVIEW_DRAFTS, true);
        config.setProperty(PreviousBake.KEY, previous);
    }

    public Path contentFolder() {
        return config.getContentFolder().toPath();
    }

    public Path assetFolder() {
        return config.getAssetFolder().toPath();
    }

    public Path templateFolder() {
        return config.getTemplateFolder().toPath();
    }

    /** The site's own address ({@code site.host}). */
    public String host() {
        return String.valueOf(config.get("site.host"));
    }

    /**
     * Bakes; returns what went wrong in the files JBake reported. Warta's rendering tool stops the bake by throwing
     * {@link org.warta.site.BakeStopped}.
     */
    public List<Throwable> bake() {
        try {
            Oven oven = new Oven(config);
            oven.bake();
            return oven.getErrors();
        } finally {
            ReadAhead.finish(config); // a bake stopped during its crawl leaves no worker reading
        }
    }
}
