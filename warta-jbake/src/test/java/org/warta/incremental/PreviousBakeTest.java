package org.warta.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviousBakeTest {
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    @Test
    void aPageWithTheSameModelIsTakenOverFromTheLastGoodBake(@TempDir Path dir) throws IOException {
        PreviousBake previous = new PreviousBake();
        Path first = dir.resolve("bake-1");
        previous.begin(first);
        assertFalse(previous.takeOver("berita/index.html", ordered("title", "Berita")), "nothing to take over yet");
        write(first, "berita/index.html", "halaman 1");
        previous.commit();

        Path second = dir.resolve("bake-2");
        previous.begin(second);
        assertTrue(previous.takeOver("berita/index.html", ordered("title", "Berita")));
        assertEquals("halaman 1", Files.readString(second.resolve("berita/index.html")));
        assertTrue(previous.takenOver("berita/index.html"));
        assertFalse(previous.takeOver("arsip/index.html", ordered("title", "Arsip")), "a page the last bake did not have");
        assertEquals(1, previous.pagesTaken());
        previous.abandon(); // this bake failed; its folder is gone

        Path third = dir.resolve("bake-3");
        previous.begin(third);
        assertFalse(previous.takeOver("berita/index.html", ordered("title", "Berita terbaru")), "a changed model");
        assertFalse(previous.takenOver("berita/index.html"));
        write(third, "berita/index.html", "halaman 3");
        previous.commit();

        previous.forget();
        previous.begin(dir.resolve("bake-4"));
        assertFalse(previous.takeOver("berita/index.html", ordered("title", "Berita terbaru")), "forgotten after a template change");
    }

    private static void write(Path folder, String file, String text) throws IOException {
        Files.createDirectories(folder.resolve(file).getParent());
        Files.writeString(folder.resolve(file), text);
    }
}
