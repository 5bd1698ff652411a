package org.warta.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checking tools from the npm registry that {@code mvn verify} installs into {@code warta-jbake/node_modules}
 * ({@code npm ci}, versions pinned in package-lock.json). A missing tool is an error that says how to get it.
 */
public final class TestTools {
    private TestTools() {
    }

    /** The Nu Html Checker, runnable with {@code java -jar}. */
    public static Path vnuJar() {
        return require("vnu-jar/build/dist/vnu.jar");
    }

    private static String axe;

    /** axe-core's browser bundle (650 KB, read once), to inject into a page. */
    public static synchronized String axeScript() {
        if (axe == null) {
            try {
                axe = Files.readString(require("axe-core/axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private static Path require(String file) {
        Path modules = Path.of(System.getProperty("warta.node.modules", "node_modules"));
        Path path = modules.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: the test tools come from the npm registry. Run "
                    + "`mvn verify` (it runs `npm ci` in warta-jbake) or `npm ci --ignore-scripts` in warta-jbake.");
        }
        return path;
    }
}
