package org.warta.pages;



import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent tracks of the bake's steps at the same time, one thread each, the steps of a track one after
 * the other: the bake uses every core while each step stays single-threaded. When a step fails, its track stops;
 * the others finish the step they are in and start no other. The failure of the first track in list order that
 * failed is thrown, the others' suppressed in it. Interrupted, it interrupts the tracks (a step that checks, the
 * PDFs, stops early) and waits until every track has stopped.
 */
public final class Tracks {
    private Tracks() {
    }

    /** One step of a track. */
    @FunctionalInterface
    public interface Step<T> {
        void run(T step) throws PageException;
    }

    /** Waits until every thread of {@code threads} has ended, an interrupt notwithstanding (it is kept). */
    private static void awaitUninterruptibly(ExecutorService threads) {
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.SECONDS)) break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Runs every track's steps with {@code step}; returns when all have finished. */
    public static <T> void run(List<List<T>> tracks, Step<T> step) throws PageException {
        AtomicInteger number = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(tracks.size(), work -> {
            Thread thread = new Thread(work, "warta-bake-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<T> track : tracks) {
                running.add(threads.submit(() -> {
                    for (T each : track) {
                        if (failed.get()) return null;
                        try {
                            step.run(each);
                        } catch (PageException | RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> track : running) {
                try {
                    track.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e.getCause();
                    else first.addSuppressed(e.getCause());
                } catch (InterruptedException e) {
                    // stopped (the preview is closing): no track starts another step, and none is left writing
                    // into a folder that is about to be deleted
                    failed.set(true);
                    // the steps running are interrupted too: a long one (the PDFs) stops early rather than run to its end
                    threads.shutdownNow();
                    awaitUninterruptibly(threads);
                    Thread.currentThread().interrupt();
                    throw new PageException("bake dihentikan", e);
                }
            }
            if (first instanceof PageException rendering) throw rendering;
            if (first instanceof RuntimeException runtime) throw runtime;
            if (first instanceof Error error) throw error;
        } finally {
            threads.shutdownNow();
        }
    }
}
