package org.warta.site;

import org.warta.jbake.FixtureProject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteSettingsTest {

    @Test
    void thePreviewsDraftSettingInJbakePropertiesFailsTheBakeInsteadOfPublishingDrafts(@TempDir Path dir) throws IOException {
        FixtureProject project = new FixtureProject(dir);
        project.write("berita/2024/konsep.md", FixtureProject.release("Konsep rahasia", "2024-01-05", "status: draft\n", "Belum terbit."));
        Files.writeString(project.dir.resolve("jbake.properties"), "\n" + SiteSettings.PREVIEW_DRAFTS + "=true\n",
                StandardOpenOption.APPEND);

        // the crawl meets it first and stops the bake (JBake does not catch it)
        IllegalStateException error = assertThrows(IllegalStateException.class, project::bake);

        String said = messages(error);
        assertTrue(said.contains(SiteSettings.PREVIEW_DRAFTS) && said.contains("Hapus baris itu"), said);
        assertFalse(Files.exists(project.out("/berita/2024/konsep/index.html")), "no draft published");
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) text.append(t.getMessage()).append('\n');
        return text.toString();
    }
}
