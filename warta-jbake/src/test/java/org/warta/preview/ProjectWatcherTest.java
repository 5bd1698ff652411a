package org.warta.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's watcher on a real folder: what counts as a change and what does not. */
class ProjectWatcherTest {
    @TempDir
    Path project;

    private ProjectWatcher watcher() throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "site.title=x\n");
        for (String folder : List.of("content/berita/2024", "templates", "assets/css")) {
            Files.createDirectories(project.resolve(folder));
        }
        return new ProjectWatcher(project);
    }

    /** The next change, or an empty set when none comes within two seconds. */
    private static TreeSet<String> next(ProjectWatcher watcher) throws Exception {
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try {
            Future<TreeSet<String>> change = waiting.submit(() -> watcher.awaitChange(100));
            try {
                return change.get(2, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException none) {
                change.cancel(true);
                return new TreeSet<>();
            }
        } finally {
            waiting.shutdownNow();
        }
    }

    @Test
    void seesContentTemplatesAssetsAndSettings() throws Exception {
        try (ProjectWatcher watcher = watcher()) {
            Files.writeString(project.resolve("content/berita/2024/a.md"), "---\n");
            assertEquals(new TreeSet<>(List.of("content/berita/2024/a.md")), next(watcher));
            Files.writeString(project.resolve("templates/release.ftl"), "x");
            Files.writeString(project.resolve("assets/css/warta.css"), "x");
            assertEquals(new TreeSet<>(List.of("assets/css/warta.css", "templates/release.ftl")), next(watcher),
                    "changes close together are one change");
            Files.writeString(project.resolve("jbake.properties"), "site.title=y\n");
            assertEquals(new TreeSet<>(List.of("jbake.properties")), next(watcher));
        }
    }

    @Test
    void watchesFoldersMadeAfterItStarted() throws Exception {
        try (ProjectWatcher watcher = watcher()) {
            Files.createDirectories(project.resolve("content/berita/2025"));
            next(watcher);
            Files.writeString(project.resolve("content/berita/2025/b.md"), "---\n");
            assertEquals(new TreeSet<>(List.of("content/berita/2025/b.md")), next(watcher));
        }
    }

    @Test
    void ignoresOtherFilesAndEditorsOwn() throws Exception {
        try (ProjectWatcher watcher = watcher()) {
            Files.writeString(project.resolve("README.md"), "x");
            Files.createDirectories(project.resolve("target"));
            Files.writeString(project.resolve("content/berita/2024/.a.md.swp"), "x");
            Files.writeString(project.resolve("content/berita/2024/a.md~"), "x");
            Path temporary = project.resolve("content/berita/2024/sedX1y2Z3");
            Files.writeString(temporary, "x");
            Files.delete(temporary);
            assertEquals(new TreeSet<>(), next(watcher), "nothing a bake reads changed");
        }
    }

    @Test
    void editorFilesAreRecognised() {
        assertTrue(ProjectWatcher.ignored(".rilis.md.swp"));
        assertTrue(ProjectWatcher.ignored("rilis.md~"));
        assertTrue(ProjectWatcher.ignored("4913"));
        assertFalse(ProjectWatcher.ignored("rilis.md"));
    }
}
