package org.warta.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nu Html Checker (vnu.jar, the W3C's checker, run offline) over every HTML page of the baked sample site,
 * with its stylesheet and SVG images: not one error.
 */
class HtmlValidityIT {

    @Test
    void everyPageOfTheSampleSiteIsValidHtml() throws Exception {
        Path site = SampleSite.get().project.output;
        long pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertTrue(pages > 90, "the whole sample site: " + pages + " pages");
        assertEquals("", errors(site));
    }

    @Test
    void theCheckerReportsABrokenPage(@TempDir Path dir) throws Exception {
        Path page = SampleSite.get().project.out("/aksesibilitas/index.html");
        String broken = Files.readString(page, StandardCharsets.UTF_8).replace("<main", "<main><p><div></span>");
        Files.writeString(dir.resolve("index.html"), broken, StandardCharsets.UTF_8);
        assertTrue(errors(dir).contains("index.html:"), "vnu.jar must find the stray end tag");
    }

    /** vnu.jar's errors for every HTML, CSS and SVG file under {@code dir}, one per line: {@code file:line: message}. */
    static String errors(Path dir) throws IOException, InterruptedException {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process vnu = new ProcessBuilder(javaCommand.toString(), "-jar", TestTools.vnuJar().toString(), "--errors-only",
                "--skip-non-html", "--also-check-css", "--also-check-svg", "--format", "json", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] report = vnu.getErrorStream().readAllBytes();
        vnu.waitFor();
        JsonNode messages = new ObjectMapper().readTree(report).get("messages");
        List<String> errors = new ArrayList<>();
        for (JsonNode m : messages) {
            if (!"error".equals(m.path("type").asText()) && !"fatal".equals(m.path("subType").asText())) continue;
            errors.add(dir.toUri().relativize(URI.create(m.path("url").asText())) + ":" + m.path("lastLine").asInt()
                    + ": " + m.path("message").asText() + " «" + m.path("extract").asText().strip() + "»");
        }
        if (errors.isEmpty() && vnu.exitValue() != 0) errors.add("vnu.jar exited with " + vnu.exitValue() + ": " + new String(report, StandardCharsets.UTF_8));
        return String.join("\n", errors);
    }
}
