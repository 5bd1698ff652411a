package org.warta.render;

import org.warta.content.ProjectFiles;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** A failure that is not the content's fault, told in one line: the deepest reason, in Indonesian where known. */
final class Failures {
    private Failures() {
    }

    /** {@code ruang disk penuh (target/warta-staging/berita/…/index.html)}, or the deepest cause's first line. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                String file = io instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
                return ProjectFiles.reason(io) + file;
            }
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) deepest = deepest.getCause();
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        String line = message.strip().lines().findFirst().orElse(deepest.getClass().getSimpleName());
        // Freemarker follows a template error with every token it could have parsed there
        int expected = line.indexOf(", but was expecting one of");
        if (expected >= 0) line = line.substring(0, expected);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
