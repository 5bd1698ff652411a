package org.warta.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchFilesTest {
    @Test
    void compactDropsCommentsIndentationAndSpacesButNotInStringsOrRegularExpressions() {
        String source = """
                /* header
                   more */
                (function () {
                  // a note
                  var url = 'http://x/ y'; // a comment after code
                  /** doc */
                  var re = /\\/\\* [a/b] /g, half = n / 2, text = "a // b";
                  /**
                   * long doc
                   */
                  if (a + +b || c - -d) return /x y/.test(typeof url);
                  return url;
                })();
                """;
        assertEquals("(function(){\nvar url='http://x/ y';\nvar re= /\\/\\* [a/b] /g,half=n / 2,text=\"a // b\";\n"
                + "if(a+ +b||c- -d)return /x y/.test(typeof url);\nreturn url;\n})();\n", SearchFiles.compact(source));
    }

    @Test
    void theServedScriptPassesEveryTestOfTheSourceAndIsAThirdSmaller(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String source = Files.readString(Path.of("src/main/resources/org/warta/search/cari.js"), StandardCharsets.UTF_8);
        String served = SearchFiles.compact(source);
        assertTrue(served.length() < source.length() * 0.67, served.length() + " of " + source.length());
        Path file = dir.resolve("cari.js");
        Files.writeString(file, served);
        // the served file passes the whole Node test suite of the source
        ProcessBuilder tests = new ProcessBuilder("node", "--test", "src/test/js/cari.test.js").redirectErrorStream(true);
        tests.environment().put("CARI_JS", file.toAbsolutePath().toString());
        Process node = tests.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(output.contains("# pass 20") && output.contains("# fail 0"), output);
        assertEquals(0, node.waitFor(), output);
    }
}
