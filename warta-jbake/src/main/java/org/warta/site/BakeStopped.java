package org.warta.site;

import org.warta.content.Problem;

import java.util.List;

/**
 * Thrown by Warta's rendering tool to stop JBake's whole bake, so that JBake copies no file from {@code assets/}
 * or {@code content/} into a site that must not be published (a rendering tool's ordinary RenderingException lets
 * the copy go on). Its message is one line that Maven prints as the build's failure; the content problems it
 * carries were printed one per line before it; the failure behind it is kept as a suppressed exception, shown
 * with its stack trace only by {@code mvn -e} or {@code -X} (as a cause, Maven would print its message again).
 */
public final class BakeStopped extends RuntimeException {
    private final transient List<Problem> problems;

    /**
     * @param line     what stopped the bake, where and why, in one line
     * @param problems the content problems behind it, or none
     * @param failure  the failure behind it, or null
     */
    public BakeStopped(String line, List<Problem> problems, Throwable failure) {
        super(line);
        this.problems = List.copyOf(problems);
        if (failure != null) addSuppressed(failure);
    }

    /** The content problems that stopped the bake; empty when something else did. */
    public List<Problem> problems() {
        return problems;
    }

    /** The failure behind this stop, or null. */
    public Throwable failure() {
        Throwable[] suppressed = getSuppressed();
        return suppressed.length == 0 ? null : suppressed[0];
    }
}
