package org.warta.incremental;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.content.ParsedRelease;
import org.warta.content.ReleaseReader;
import org.warta.search.SearchIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache of {@code mvn package}'s last bake, with every release of the project's sample content: kept and read
 * back whole; ignored, never trusted, when it is of other inputs, damaged or refers to files changed since.
 */
class BakeCacheTest {
    private static final Path PROJECT = Path.of(System.getProperty("warta.project", ".."));
    private static final List<ParsedRelease> RELEASES = new ArrayList<>();

    @BeforeAll
    static void readSample() throws IOException {
        ReleaseReader reader = new ReleaseReader(PROJECT, PROJECT.resolve("content"), PROJECT.resolve("assets"),
                ZoneId.of("Asia/Jakarta"));
        try (Stream<Path> files = Files.walk(PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                RELEASES.add(ParsedRelease.read(reader, PROJECT, PROJECT.resolve("content"), file));
            }
        }
        assertTrue(RELEASES.size() >= 10, "the sample has its releases: " + RELEASES.size());
    }

    private static CacheKey key(String templates) {
        return new CacheKey("templat").text("templat", templates);
    }

    /** A bake into {@code folder} of every sample release: each one's page, parse and search document. */
    private static void bake(PreviousBake memory, Path folder) throws IOException {
        memory.begin(folder);
        for (ParsedRelease parsed : RELEASES) {
            String file = pageOf(parsed);
            if (!memory.takeOver(file, modelOf(parsed))) {
                Files.createDirectories(folder.resolve(file).getParent());
                Files.writeString(folder.resolve(file), "<h1>" + parsed.release().title() + "</h1>" + parsed.bodyHtml());
            }
            memory.keepParsed(Path.of(parsed.release().file()), parsed);
            memory.keepIndexed(file, parsed.release(), document(parsed));
        }
        memory.commit();
    }

    private static SearchIndex.Document document(ParsedRelease parsed) {
        return new SearchIndex.Document(parsed.release().permalink(), parsed.release().title(), parsed.release().summary(),
                parsed.release().body(), parsed.release().date().date().toString(), "", parsed.release().date().year(),
                parsed.release().section(), parsed.release().province(), parsed.release().topics(), false);
    }

    private static String pageOf(ParsedRelease parsed) {
        return parsed.release().permalink().substring(1) + "index.html";
    }

    private static Map<String, Object> modelOf(ParsedRelease parsed) {
        return Map.of("title", parsed.release().title(), "body", parsed.bodyHtml());
    }

    /** A cache kept after one bake into {@code dir/bake-1}. */
    private static BakeCache kept(Path dir, String templates) throws IOException {
        BakeCache cache = new BakeCache(dir, key(templates));
        PreviousBake memory = cache.open();
        bake(memory, dir.resolve("bake-1"));
        cache.save(memory);
        return cache;
    }

    @Test
    void aSecondBakeTakesOverEveryReleaseAndPageFromTheCache(@TempDir Path dir) throws IOException {
        kept(dir, "v1");
        PreviousBake memory = new BakeCache(dir, key("v1")).open();
        Path second = dir.resolve("bake-2");
        memory.begin(second);
        for (ParsedRelease parsed : RELEASES) {
            ParsedRelease again = memory.parsed(Path.of(parsed.release().file()), parsed.source());
            assertNotNull(again, parsed.release().file());
            assertEquals(parsed.release(), again.release(), "the whole release, field for field");
            assertEquals(parsed.bodyHtml(), again.bodyHtml());
            assertEquals(parsed.source(), again.source());
            assertTrue(memory.takeOver(pageOf(parsed), modelOf(parsed)), pageOf(parsed));
            assertEquals(Files.readString(dir.resolve("bake-1").resolve(pageOf(parsed))),
                    Files.readString(second.resolve(pageOf(parsed))));
            assertNull(memory.indexed(pageOf(parsed), parsed.release(), SearchIndex.Document.class),
                    "search documents are not kept on disk: the page is read back");
        }
        assertEquals(RELEASES.size(), memory.releasesTaken());
        assertEquals(RELEASES.size(), memory.pagesTaken());

        ParsedRelease first = RELEASES.get(0);
        assertNull(memory.parsed(Path.of(first.release().file()), first.source() + "\nSatu kalimat lagi."),
                "a release file whose text changed is parsed again");

        assertFalse(memory.takeOver("berita/lain/index.html", Map.of("title", "lain")), "a page the cache does not know");

        // what the second bake took over, it keeps for the third
        for (ParsedRelease parsed : RELEASES) {
            memory.keepParsed(Path.of(parsed.release().file()), memory.parsed(Path.of(parsed.release().file()), parsed.source()));
        }
        memory.commit();
        BakeCache cache = new BakeCache(dir, key("v1"));
        cache.save(memory);
        PreviousBake third = new BakeCache(dir, key("v1")).open();
        third.begin(dir.resolve("bake-3"));
        for (ParsedRelease parsed : RELEASES) {
            assertEquals(parsed.release(), third.parsed(Path.of(parsed.release().file()), parsed.source()).release());
        }
    }

    @Test
    void aCacheMadeOfOtherSettingsTemplatesOrCodeIsNotUsed(@TempDir Path dir) throws IOException {
        kept(dir, "v1");
        assertNothingTakenOver(new BakeCache(dir, key("v2")).open(), dir);
    }

    @Test
    void aDamagedCacheIsNotUsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/warta-cache/bake/bake.bin");
        kept(dir, "v1");
        byte[] good = Files.readAllBytes(file);

        // one byte changed in a release's text, deep in the stored objects: only the checksum tells
        byte[] flipped = good.clone();
        int at = indexOf(flipped, RELEASES.get(3).release().title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(at > 0, "the title is stored as text");
        flipped[at] ^= 1;
        Files.write(file, flipped);
        assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);

        // cut short, at several places
        for (int length : new int[]{0, 10, 40, good.length / 2, good.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(good, length));
            assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);
        }

        // something else under the cache's name
        Files.writeString(file, "bukan cache");
        assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);

        // and the same bytes again are used again
        Files.write(file, good);
        PreviousBake memory = new BakeCache(dir, key("v1")).open();
        memory.begin(dir.resolve("bake-3"));
        assertTrue(memory.takeOver(pageOf(RELEASES.get(0)), modelOf(RELEASES.get(0))));
    }

    @Test
    void aStoredObjectOfAClassAMemoryIsNotMadeOfIsRefusedBeforeItIsBuilt(@TempDir Path dir) throws IOException {
        BakeCache cache = kept(dir, "v1");
        // a valid header and checksum around objects no memory holds (a gadget chain would start so), also inside a map
        cache.writeRaw(new org.warta.incremental.gadget.Gadget());
        assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);
        cache.writeRaw(new java.util.HashMap<>(Map.of("a", new org.warta.incremental.gadget.Gadget())));
        assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);
        assertEquals(0, org.warta.incremental.gadget.Gadget.READ.get(), "the filter refused the class before reading it");
        cache.writeRaw(new java.io.File("/etc/passwd"));
        assertNothingTakenOver(new BakeCache(dir, key("v1")).open(), dir);
    }

    @Test
    void aFileOfTheLastSiteChangedSinceIsMadeAgainTheOthersAreTakenOver(@TempDir Path dir) throws IOException {
        kept(dir, "v1");
        Path site = dir.resolve("bake-1");
        Path edited = site.resolve(pageOf(RELEASES.get(0)));
        Files.writeString(edited, "<p>diubah tangan</p>", StandardOpenOption.APPEND);
        Path replaced = site.resolve(pageOf(RELEASES.get(1)));
        String before = Files.readString(replaced);
        Files.delete(replaced);
        Files.writeString(replaced, before); // the same bytes, another file: not the one the bake wrote
        Files.delete(site.resolve(pageOf(RELEASES.get(2))));

        PreviousBake memory = new BakeCache(dir, key("v1")).open();
        memory.begin(dir.resolve("bake-2"));
        for (int i = 0; i < RELEASES.size(); i++) {
            assertEquals(i > 2, memory.takeOver(pageOf(RELEASES.get(i)), modelOf(RELEASES.get(i))), pageOf(RELEASES.get(i)));
        }
    }

    @Test
    void theNextBakeTakesOverFromWhereThePublisherMovedTheSite(@TempDir Path dir) throws IOException {
        kept(dir, "v1");
        Path published = dir.resolve("site-1");
        Files.move(dir.resolve("bake-1"), published);
        BakeCache.published(dir, dir.resolve("bake-1"), published);

        PreviousBake memory = new BakeCache(dir, key("v1")).open();
        memory.begin(dir.resolve("bake-2"));
        for (ParsedRelease parsed : RELEASES) assertTrue(memory.takeOver(pageOf(parsed), modelOf(parsed)));

        // a pointer from another bake's folder says nothing about this one
        BakeCache.published(dir, dir.resolve("lain"), Files.createDirectories(dir.resolve("site-9")));
        memory = new BakeCache(dir, key("v1")).open();
        memory.begin(dir.resolve("bake-3"));
        assertFalse(memory.takeOver(pageOf(RELEASES.get(0)), modelOf(RELEASES.get(0))), "bake-1 is gone");
    }

    /** Nothing of the kept bake is used: no parse, no page, no search document. */
    private static void assertNothingTakenOver(PreviousBake memory, Path dir) throws IOException {
        memory.begin(dir.resolve("bake-x-" + System.nanoTime()));
        for (ParsedRelease parsed : RELEASES) {
            assertNull(memory.parsed(Path.of(parsed.release().file()), parsed.source()));
            assertFalse(memory.takeOver(pageOf(parsed), modelOf(parsed)));
            assertNull(memory.indexed(pageOf(parsed), parsed.release(), SearchIndex.Document.class));
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) if (bytes[i + j] != part[j]) continue outer;
            return i;
        }
        return -1;
    }
}
