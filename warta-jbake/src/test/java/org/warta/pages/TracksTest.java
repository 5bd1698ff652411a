package org.warta.pages;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TracksTest {

    /** A stopped bake (the preview closing) interrupts a long step that checks, as the PDFs do, and waits for it. */
    @Test
    void anInterruptedBakeInterruptsTheStepsRunningAndWaitsForThem() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawInterrupt = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread bake = new Thread(() -> {
            try {
                Tracks.run(List.of(List.of("panjang"), List.of("pendek")), step -> {
                    if (step.equals("pendek")) return;
                    started.countDown();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < until) {
                        if (Thread.currentThread().isInterrupted()) {
                            sawInterrupt.set(true);
                            break;
                        }
                    }
                    ended.set(true);
                });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        bake.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        long stop = System.nanoTime();
        bake.interrupt();
        bake.join(10_000);
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stop) < 5, "stopped long before the step's 30 s");
        assertTrue(sawInterrupt.get(), "the long step was interrupted");
        assertTrue(ended.get(), "and had ended when the bake returned");
        assertTrue(thrown.get() instanceof PageException, String.valueOf(thrown.get()));
        assertEquals("bake dihentikan", thrown.get().getMessage());
    }
}
