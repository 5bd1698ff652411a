package org.warta.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchFilesTest {
    @Test
    void compactDropsCommentLinesAndIndentationAndNothingElse() {
        String source = """
                /* header
                   more */
                (function () {
                  // a note
                  var url = 'http://x/'; // kept: not a comment line
                  /** doc */
                  var re = /\\/\\*/;
                  /**
                   * long doc
                   */
                  return url;
                })();
                """;
        assertEquals("(function () {\nvar url = 'http://x/'; // kept: not a comment line\nvar re = /\\/\\*/;\nreturn url;\n})();\n",
                SearchFiles.compact(source));
    }

    @Test
    void theServedScriptStillWorksAndIsAFifthSmaller(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String source = Files.readString(Path.of("src/main/resources/org/warta/render/cari.js"), StandardCharsets.UTF_8);
        String served = SearchFiles.compact(source);
        assertTrue(served.length() < source.length() * 0.8, served.length() + " of " + source.length());
        Path file = dir.resolve("cari.js");
        Files.writeString(file, served);
        // the served file, loaded by Node as the tests load the source: same stems, same decoding
        Process node = new ProcessBuilder("node", "-e", "const c = require(process.argv[1]);"
                + "const ok = c.stem('pelatihan') === 'latih' && c.decode('~VVAPIHBA', 12).levels.join() === '0,15,8,7,1,0'"
                + " && c.parse('\"rapat koordinasi\" desa').phrases.length === 1;"
                + "process.exit(ok ? 0 : 3);", file.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), output);
    }
}
