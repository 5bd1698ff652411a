package org.warta.jbake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.warta.incremental.PreviousBake;
import org.warta.site.SiteSettings;

/**
 * What Warta takes from a JBake bake's configuration: the site's settings ({@code jbake.properties} and the
 * project's folders) and, in the preview, its memory of the last bake.
 */
public final class JBakeSettings {
    private JBakeSettings() {
    }

    /** The site's settings of this bake; drafts are shown only in the preview's bakes. */
    public static SiteSettings site(JBakeConfiguration config) {
        return SiteSettings.from(config::get, config.getSourceFolder().toPath(), config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(), previewDrafts(config));
    }

    /** The preview's memory in a bake's configuration ({@link PreviousBake#KEY}); null in a published bake. */
    public static PreviousBake previousBake(JBakeConfiguration config) {
        Object value = config.get(PreviousBake.KEY);
        if (value == null) return null;
        if (value instanceof PreviousBake memory) return memory;
        throw new IllegalStateException(PreviousBake.KEY + " = \"" + value + "\": kunci ini hanya dipasang oleh pratinjau; "
                + "hapus dari jbake.properties.");
    }

    /** Whether drafts are shown: only in the preview, which also hands its {@link PreviousBake} to the bake. */
    private static boolean previewDrafts(JBakeConfiguration config) {
        Object value = config.get(SiteSettings.PREVIEW_DRAFTS);
        if (value == null) return false;
        if (previousBake(config) == null) {
            throw new IllegalStateException(SiteSettings.PREVIEW_DRAFTS + " = \"" + value + "\": kunci ini hanya dipasang oleh "
                    + "pratinjau; di jbake.properties ia akan menerbitkan draf. Hapus baris itu.");
        }
        return Boolean.parseBoolean(String.valueOf(value));
    }
}
