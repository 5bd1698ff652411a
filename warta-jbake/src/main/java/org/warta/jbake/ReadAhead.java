package org.warta.jbake;

import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.warta.content.ParsedRelease;

import java.io.File;
import java.io.FileFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads and checks the release files of one bake ahead of JBake's crawl, on the cores the crawl leaves idle.
 *
 * <p>JBake's crawl is one thread: for each file it hashes the file, asks the content store, calls the engine and
 * stores the document. The engine's part (YAML, the contract's checks, Markdown and sanitising) is most of it, and
 * each file's is independent of the others'. When the crawl asks for its first release, the files it will visit
 * are listed the way it visits them (its own filter, each folder sorted), and worker threads (one fewer than the
 * cores) parse them in that order; the crawl's thread {@linkplain #take takes} each one's result, parsing it
 * itself when no worker has started it. Either way a file is parsed once, by the same code, so the results (and
 * every problem a file has) are what a single thread gives; but for a body nested so deep that it exhausts a
 * thread's stack, which a worker (a shallower stack than the crawl's) may report where the crawl would not. A file
 * changed on disk between its parse and the crawl's visit is read as it was when parsed (the preview bakes again).</p>
 *
 * <p>One per bake, kept in the bake's configuration; its workers end when every file is parsed or when the crawl
 * is {@linkplain #finish finished}.</p>
 */
final class ReadAhead {
    private static final String KEY = "warta.baca-rilis-di-depan";
    private final Map<Path, FutureTask<ParsedRelease>> tasks = new HashMap<>();
    /** Set when the crawl is over (or stopped): the workers start no other file. */
    private final AtomicBoolean finished = new AtomicBoolean();

    private ReadAhead(List<File> files, Function<Path, ParsedRelease> parse, int workers) {
        List<FutureTask<ParsedRelease>> order = new ArrayList<>();
        for (File file : files) {
            Path path = file.toPath();
            FutureTask<ParsedRelease> task = new FutureTask<>(() -> parse.apply(path));
            tasks.put(path, task);
            order.add(task);
        }
        AtomicInteger next = new AtomicInteger();
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < order.size() && !finished.get(); n = next.getAndIncrement()) {
                    order.get(n).run();
                }
            }, "warta-baca-" + (i + 1));
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * This bake's read-ahead, started on the first call: {@code parse} reads and checks one file (throwing what
     * the engine catches for that file).
     */
    static ReadAhead of(JBakeConfiguration config, Function<Path, ParsedRelease> parse) {
        synchronized (config) {
            Object kept = config.get(KEY);
            if (kept instanceof ReadAhead readAhead && !readAhead.finished.get()) return readAhead;
            List<File> files = new ArrayList<>();
            crawlOrder(config.getContentFolder(), FileUtil.getFileFilter(config), files);
            int workers = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
            ReadAhead readAhead = new ReadAhead(files, parse, workers);
            config.setProperty(KEY, readAhead);
            return readAhead;
        }
    }

    /**
     * Ends this bake's read-ahead, once its crawl is over (the rendering tool starts) or stopped: its workers start no
     * other file, and a later crawl with the same configuration (JBake's own watch mode reuses it) reads anew.
     */
    static void finish(JBakeConfiguration config) {
        synchronized (config) {
            if (config.get(KEY) instanceof ReadAhead readAhead) readAhead.finished.set(true);
        }
    }

    /** The release files below {@code folder} in the order JBake's Crawler visits them (Crawler.crawl). */
    private static void crawlOrder(File folder, FileFilter filter, List<File> files) {
        File[] contents = folder.listFiles(filter);
        if (contents == null) return;
        Arrays.sort(contents);
        for (File file : contents) {
            if (file.isFile() && file.getName().endsWith(".md")) files.add(file);
            else if (file.isDirectory()) crawlOrder(file, filter, files);
        }
    }

    /**
     * The file's release, parsed by a worker or now by this thread; throws what parsing it threw. A file the
     * read-ahead did not list (made after the crawl began) is parsed now.
     */
    ParsedRelease take(Path file, Function<Path, ParsedRelease> parse) {
        FutureTask<ParsedRelease> task = tasks.get(file);
        if (task == null) return parse.apply(file);
        task.run(); // nothing when a worker has started it
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("dihentikan saat membaca " + file, e);
        }
    }
}
