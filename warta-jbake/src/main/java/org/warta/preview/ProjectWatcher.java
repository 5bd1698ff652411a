package org.warta.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches what a bake reads: {@code content/}, {@code templates/} and {@code assets/} with every folder below
 * them (folders made later too), and {@code jbake.properties}. Editors' own files (hidden files, {@code name~},
 * Vim's swap and probe files) are not changes. The preview's output lives outside these folders, so a bake
 * never wakes the watcher.
 */
final class ProjectWatcher implements Closeable {
    /** The folder of the releases. */
    static final String CONTENT = "content";
    static final List<String> FOLDERS = List.of(CONTENT, "templates", "assets");
    static final String SETTINGS = "jbake.properties";

    private final Path project;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    ProjectWatcher(Path project) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.project, false);
        for (String folder : FOLDERS) {
            Path dir = this.project.resolve(folder);
            if (Files.isDirectory(dir)) register(dir, true);
        }
    }

    /**
     * Waits for a change, then until {@code quietMillis} pass without another (an editor's save is often
     * several events; a copied folder many).
     *
     * @return the changed files, relative to the project, sorted
     * @throws InterruptedException when the waiting thread is interrupted
     */
    TreeSet<String> awaitChange(long quietMillis) throws InterruptedException {
        Map<Path, Boolean> changed = new HashMap<>();
        try {
            while (changed.isEmpty()) collect(service.take(), changed);
            WatchKey key;
            while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) collect(key, changed);
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("watcher closed");
        }
        TreeSet<String> names = new TreeSet<>();
        changed.forEach((file, created) -> {
            // a file made and gone within one change is a tool's temporary file (sed -i, some editors)
            if (!(created && Files.notExists(file))) names.add(project.relativize(file).toString().replace('\\', '/'));
        });
        return names.isEmpty() ? awaitChange(quietMillis) : names;
    }

    /** Adds each changed file, marked true when it was created in this change. */
    private void collect(WatchKey key, Map<Path, Boolean> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.put(dir, false);
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            String name = file.getFileName().toString();
            if (ignored(name)) continue;
            boolean projectRoot = dir.equals(project);
            if (projectRoot && !name.equals(SETTINGS)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) register(file, true);
            changed.merge(file, event.kind() == ENTRY_CREATE, Boolean::logicalOr);
        }
        if (!key.reset()) folders.remove(key);
    }

    /** Files an editor writes beside the one being edited. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (!part.toString().isEmpty() && ignored(part.toString())) return true;
        return false;
    }

    private void register(Path dir, boolean below) {
        try (Stream<Path> dirs = below ? Files.walk(dir) : Stream.of(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                if (hidden(dir.relativize(d))) continue;
                folders.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
