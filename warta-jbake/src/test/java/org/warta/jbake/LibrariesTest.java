package org.warta.jbake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The versions {@link Libraries} requires are the ones both poms declare: warta-jbake's own dependencies (what the
 * tests run) and the root pom's pins in the JBake and exec plugin realms (what production runs). RealBuildIT checks
 * what the real realm loads.
 */
class LibrariesTest {
    private static final Path PROJECT = Path.of(System.getProperty("warta.project", ".."));

    @Test
    void thePomsPinTheVersionsTheBakeRequires() throws IOException {
        String root = Files.readString(PROJECT.resolve("pom.xml"));
        String module = Files.readString(PROJECT.resolve("warta-jbake/pom.xml"));
        for (Libraries.Library library : Libraries.REQUIRED) {
            String artifact = "<artifactId>" + Pattern.quote(library.artifactId()) + "</artifactId>\\s*<version>";
            // what the tests run: warta-jbake's own dependency (a version, or a property of that pom)
            String declared = group(module, artifact + "([^<]+)<");
            if (declared.startsWith("${")) declared = group(module, "<" + Pattern.quote(declared.substring(2, declared.length() - 1)) + ">([^<]+)<");
            assertEquals(library.minimum(), declared, "warta-jbake's dependency on " + library.artifactId());
            // what production runs: a pin in the JBake and in the exec plugin's dependencies, by one root property
            String property = group(root, artifact + "\\$\\{([^}]+)}</version>");
            assertEquals(library.minimum(), group(root, "<" + Pattern.quote(property) + ">([^<]+)<"), "root pom " + property);
            Matcher pins = Pattern.compile(artifact + "\\$\\{" + Pattern.quote(property) + "}</version>").matcher(root);
            int count = 0;
            while (pins.find()) count++;
            assertEquals(2, count, library.artifactId() + " pinned in the JBake and the exec plugin's dependencies");
        }
    }

    @Test
    void theTestsLoadTheRequiredVersions() {
        for (Libraries.Library library : Libraries.REQUIRED) {
            assertEquals(library.minimum(), Libraries.loadedVersion(library), library.name());
        }
        assertEquals("jsoup 1.17.2, SnakeYAML 2.2, flexmark 0.62.2, Jackson 2.17.2, openhtmltopdf 1.1.40, PDFBox 3.0.3", Libraries.check());
        assertTrue(Libraries.asTested());
    }

    @Test
    void versionsCompareByNumber() {
        assertTrue(Libraries.compare("1.14.3", "1.17.2") < 0);
        assertTrue(Libraries.compare("1.9", "1.17.2") < 0);
        assertTrue(Libraries.compare("1.30", "2.2") < 0);
        assertTrue(Libraries.compare("2.2", "2.2") == 0);
        assertTrue(Libraries.compare("2.3-SNAPSHOT", "2.2") > 0);
        assertTrue(Libraries.compare("1.17.2.1", "1.17.2") > 0);
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex);
        return matcher.group(1).strip();
    }
}
