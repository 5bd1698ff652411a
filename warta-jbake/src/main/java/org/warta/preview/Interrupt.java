package org.warta.preview;

import sun.misc.Signal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C in the terminal stops the preview the way Enter does: the preview's thread is interrupted, the preview
 * closes (deleting its folder) and Maven ends with its "BUILD SUCCESS" and exit status 0. Without this, SIGINT
 * ends the JVM with status 1: JBake's OrientDB installs a SIGINT handler that calls {@code System.exit(1)} when it
 * starts, i.e. during the first bake, replacing the JVM's own; so {@link #install} is called again after every
 * bake. A second Ctrl-C while the preview is still closing halts the JVM (status 130), so a stop that hangs can
 * always be forced; the run folder may then stay behind.
 */
final class Interrupt {
    private static final Signal INT = new Signal("INT");
    private final Thread thread;
    private final PrintStream log;
    private final AtomicBoolean asked = new AtomicBoolean();

    /** Ctrl-C interrupts {@code thread} (the one running the preview) once {@link #install}ed. */
    Interrupt(Thread thread, PrintStream log) {
        this.thread = thread;
        this.log = log;
    }

    /** Makes Ctrl-C (SIGINT) interrupt the preview's thread, in place of whatever handler was installed since. */
    void install() {
        try {
            Signal.handle(INT, signal -> {
                if (asked.getAndSet(true)) {
                    log.println("Pratinjau: Ctrl-C kedua, berhenti paksa.");
                    Runtime.getRuntime().halt(130);
                }
                log.println("Pratinjau: Ctrl-C diterima, berhenti …");
                thread.interrupt();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSignal) {
            // a platform without SIGINT, or a JVM started with -Xrs: Ctrl-C ends the JVM through the shutdown hook
        }
    }
}
