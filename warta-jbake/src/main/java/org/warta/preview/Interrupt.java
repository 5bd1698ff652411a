package org.warta.preview;

import sun.misc.Signal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C in the terminal stops the preview the way Enter does: the preview is asked to stop (after the bake under
 * way, whose code may swallow an interrupt), its thread interrupted; it closes (deleting its folder) and Maven ends
 * with its "BUILD SUCCESS" and exit status 0. Without this, SIGINT ends the JVM with status 1: JBake's OrientDB installs a SIGINT handler that calls {@code System.exit(1)} when it
 * starts; the preview starts it before installing this one and takes that handler away
 * ({@link org.warta.jbake.PreviewOven#startDatabase}), and installs this one again after every bake all the same.
 * A second Ctrl-C while the preview is still closing halts the JVM (status 130), so a stop that hangs can always
 * be forced; the run folder may then stay behind.
 */
final class Interrupt {
    private static final Signal INT = new Signal("INT");
    private final Runnable stop;
    private final PrintStream log;
    private final AtomicBoolean asked = new AtomicBoolean();

    /** Ctrl-C runs {@code stop} (which ends the preview's run) once {@link #install}ed. */
    Interrupt(Runnable stop, PrintStream log) {
        this.stop = stop;
        this.log = log;
    }

    /** Makes Ctrl-C (SIGINT) stop the preview, in place of whatever handler was installed since. */
    void install() {
        try {
            Signal.handle(INT, signal -> {
                if (asked.getAndSet(true)) {
                    log.println("Pratinjau: Ctrl-C kedua, berhenti paksa.");
                    Runtime.getRuntime().halt(130);
                }
                log.println("Pratinjau: Ctrl-C diterima, berhenti …");
                stop.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSignal) {
            // a platform without SIGINT, or a JVM started with -Xrs: Ctrl-C ends the JVM through the shutdown hook
        }
    }
}
