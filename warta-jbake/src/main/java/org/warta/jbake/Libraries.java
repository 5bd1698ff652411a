package org.warta.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The libraries Warta's own code calls, as this JVM really loaded them. JBake's plugin realm brings older
 * versions of some (jbake-core pulls jsoup 1.14.3, whose sanitiser keeps {@code jav&#x09;ascript:} links, and
 * SnakeYAML 1.30, without a nesting limit), and which version wins is decided by the build file, not by this
 * module. So every bake checks what was loaded, and stops rather than sanitise or parse with an older library
 * than the one Warta is tested with. The versions here are the poms' ({@code LibrariesTest} keeps them equal).
 */
public final class Libraries {
    /** A library: the class that proves which jar was loaded, its Maven coordinates and the least version allowed. */
    public record Library(String name, Class<?> probe, String groupId, String artifactId, String minimum) {
    }

    public static final List<Library> REQUIRED = List.of(
            new Library("jsoup", org.jsoup.Jsoup.class, "org.jsoup", "jsoup", "1.17.2"),
            new Library("SnakeYAML", org.yaml.snakeyaml.Yaml.class, "org.yaml", "snakeyaml", "2.2"),
            new Library("flexmark", com.vladsch.flexmark.parser.Parser.class, "com.vladsch.flexmark", "flexmark", "0.62.2"),
            new Library("Jackson", com.fasterxml.jackson.databind.ObjectMapper.class, "com.fasterxml.jackson.core",
                    "jackson-databind", "2.17.2"),
            new Library("openhtmltopdf", com.openhtmltopdf.pdfboxout.PdfRendererBuilder.class, "io.github.openhtmltopdf",
                    "openhtmltopdf-pdfbox", "1.1.40"),
            new Library("PDFBox", org.apache.pdfbox.pdmodel.PDDocument.class, "org.apache.pdfbox", "pdfbox", "3.0.3"));

    private Libraries() {
    }

    /** Whether this JVM loaded the tested libraries: checked once, for the engine that reads every release file. */
    public static boolean asTested() {
        return Once.AS_TESTED;
    }

    /** The check made once, when first asked. */
    private static final class Once {
        static final boolean AS_TESTED = asTestedNow();

        private static boolean asTestedNow() {
            try {
                check();
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }
    }

    /**
     * Checks every required library.
     *
     * @return what was loaded, for the bake's log ({@code jsoup 1.17.2, SnakeYAML 2.2})
     * @throws IllegalStateException naming the library, the version and the jar loaded, and what to do
     */
    public static String check() {
        for (Library library : REQUIRED) {
            String loaded = loadedVersion(library);
            if (compare(loaded, library.minimum()) < 0) {
                throw new IllegalStateException(library.name() + " " + loaded + " dimuat dari " + location(library)
                        + ", padahal Warta diuji dengan " + library.minimum() + "; nyatakan " + library.groupId() + ":"
                        + library.artifactId() + ":" + library.minimum() + " di <dependencies> plugin JBake dan exec "
                        + "(lihat pom.xml, jsoup.version)");
            }
        }
        return REQUIRED.stream().map(l -> l.name() + " " + loadedVersion(l)).collect(Collectors.joining(", "));
    }

    /** The version of the jar the probe class was loaded from, from the jar's own Maven metadata. */
    public static String loadedVersion(Library library) {
        Path jar = jarOf(library);
        if (jar != null && Files.isRegularFile(jar)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                var entry = file.getEntry("META-INF/maven/" + library.groupId() + "/" + library.artifactId() + "/pom.properties");
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Properties properties = new Properties();
                        properties.load(in);
                        String version = properties.getProperty("version");
                        if (version != null) return version.strip();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + jar, e);
            }
        }
        String manifest = library.probe().getPackage().getImplementationVersion();
        if (manifest != null) return manifest.strip();
        throw new IllegalStateException("the version of " + library.name() + " loaded from " + location(library) + " is unknown");
    }

    /** Compares dotted versions by number ({@code 1.9} before {@code 1.17.2}); a qualifier after '-' is ignored. */
    static int compare(String a, String b) {
        String[] x = a.split("-", 2)[0].split("\\.");
        String[] y = b.split("-", 2)[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? number(x[i]) : 0;
            int q = i < y.length ? number(y[i]) : 0;
            if (p != q) return Integer.compare(p, q);
        }
        return 0;
    }

    private static int number(String part) {
        String digits = part.replaceAll("\\D.*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static Path jarOf(Library library) {
        var source = library.probe().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return null;
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String location(Library library) {
        Path jar = jarOf(library);
        return jar == null ? "(tempat tidak diketahui)" : jar.toString();
    }
}
