package org.warta.site;

import org.warta.content.ProjectFiles;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.List;

/** A failure that is not the content's fault, told in one line: the deepest reason, in Indonesian where known. */
public final class Failures {
    private Failures() {
    }

    /** {@code ruang disk penuh (target/warta-staging/berita/…/index.html)}, or the deepest cause's first line. */
    public static String reason(Throwable failure) {
        IOException deepestIo = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) deepestIo = io;
        }
        if (deepestIo != null) {
            String file = deepestIo instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
            return cut(ProjectFiles.reason(deepestIo)) + file;
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) deepest = deepest.getCause();
        return cut(deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage());
    }

    /**
     * The first line that says something, at most 300 characters; a Freemarker syntax error's first line ends
     * with a colon before its explanation, so that one is kept too.
     */
    private static String cut(String message) {
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) return message;
        String line = lines.get(0);
        if (line.endsWith(":") && lines.size() > 1) line = line + " " + lines.get(1);
        // Freemarker follows a template error with every token it could have parsed there
        int expected = line.indexOf(", but was expecting one of");
        if (expected >= 0) line = line.substring(0, expected);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
