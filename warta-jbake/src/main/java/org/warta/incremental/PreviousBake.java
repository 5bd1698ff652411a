package org.warta.incremental;

import org.warta.content.Release;
import org.warta.content.ParsedRelease;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the previous good bake made, so that the next bake takes over what has not changed instead of making it
 * again: a release file whose text is the same is not parsed again (the text is remembered as a digest), a page
 * whose template model is the same is not rendered again and a data file made of the same inputs is not made again
 * (each is linked from the previous bake's folder), and a release page taken over keeps its search document. The
 * preview's link check reads only the pages that were not {@linkplain #takenOver taken over}.
 *
 * <p>Why the result is the bake's own: a template is a function of its model, so the same template with the same
 * model writes the same bytes. "The same model" is the same {@link ModelDigest} (value for value, in iteration
 * order); a model holding a value without a value form has none, so it is made again. Only the digests are kept,
 * 32 bytes a page: keeping the models themselves held a second bake's worth of maps (at 10,000 releases the
 * idle preview's heap was ~870 MB, and a rebuild in a 2 GB heap spent most of its time collecting garbage). Everything else a
 * page could depend on (templates, assets, settings, files beside the releases) makes the preview
 * {@linkplain #forget() forget} all of it. PreviewIT compares the preview's folder with a full bake byte for
 * byte after edits.</p>
 *
 * <p>The preview keeps one in memory, in its bake's configuration under {@link #KEY}; {@code mvn package} keeps one
 * between builds in {@code target/} ({@link BakeCache}). One bake at a time: {@link #begin}, then {@link #commit} or
 * {@link #abandon}.</p>
 */
public final class PreviousBake {
    /** The configuration key under which the preview hands this to the crawl and the rendering tool. */
    public static final String KEY = "warta.pratinjau.bake-sebelumnya";

    /** A release file's parse without the file's text (a digest of it stands for it): all a later parse takes over. */
    record Parse(ModelDigest.Digest source, Release release, String bodyHtml) implements Serializable {
    }

    /** What a release page was made into for the search index, and the release it was made of. */
    record Indexed(Release release, Object document) {
    }

    /**
     * What a good bake left for the next one: the folder it wrote, the digest of each file's model (by file,
     * {@code berita/2023/x/index.html}), each release file's parse (by absolute path) and each release page's search
     * document (by file).
     */
    record Memory(Path folder, Map<String, ModelDigest.Digest> models, Map<String, Parse> parsed,
                  Map<String, Indexed> indexed) {
        static Memory empty() {
            return new Memory(null, new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    private Memory memory;
    /**
     * Whether search documents are remembered: in the preview's memory, not in the one {@code mvn package} keeps on
     * disk, where they would hold every release's text a second time until the bake's end (at 50,000 releases a
     * quarter of a gigabyte more at the peak) to save reading back the pages of a second bake.
     */
    private final boolean keepsDocuments;

    private Path nextFolder;
    private Map<String, ModelDigest.Digest> nextModels;
    private Map<String, Parse> nextParsed;
    private Map<String, Indexed> nextIndexed;
    private Set<String> taken;
    private int pagesTaken;
    private int releasesTaken;

    /** A memory of no bake: the first bake makes everything. */
    public PreviousBake() {
        this(Memory.empty(), true);
    }

    /** A memory of the bake that left {@code memory}, remembering search documents or not. */
    PreviousBake(Memory memory, boolean keepsDocuments) {
        this.memory = memory;
        this.keepsDocuments = keepsDocuments;
    }

    /** Starts a bake into {@code folder}: what it makes is remembered apart until {@link #commit}. */
    public synchronized void begin(Path folder) {
        nextFolder = folder;
        nextModels = new HashMap<>();
        nextParsed = new HashMap<>();
        nextIndexed = new HashMap<>();
        taken = new HashSet<>();
        pagesTaken = 0;
        releasesTaken = 0;
    }

    /** The bake begun last succeeded: the next one takes over from its folder. */
    public synchronized void commit() {
        memory = new Memory(nextFolder, nextModels, nextParsed, nextIndexed);
        nextModels = null;
    }

    /** The bake begun last failed; its folder is gone. The next one takes over from the last good bake. */
    public synchronized void abandon() {
        nextModels = null;
    }

    /** Templates, assets or settings changed: the next bake makes everything. */
    public synchronized void forget() {
        memory = Memory.empty();
    }

    /** What the last good bake left (after {@link #commit}), for {@link BakeCache} to keep. */
    synchronized Memory memory() {
        return memory;
    }

    /**
     * The previous parse of a release file when its text is the same; null otherwise. (What else a parse reads,
     * the images and attachments beside it, is not a release file: changing it makes the preview forget, and it is
     * part of {@link BakeCache}'s key.)
     */
    public ParsedRelease parsed(Path file, String source) {
        Parse before;
        synchronized (this) {
            before = memory.parsed().get(file.toString());
        }
        if (before == null || !before.source().equals(digest(source))) return null;
        synchronized (this) {
            releasesTaken++;
        }
        return new ParsedRelease(before.release(), before.bodyHtml(), source, System.nanoTime());
    }

    /** Remembers a release file's parse for the next bake. */
    public void keepParsed(Path file, ParsedRelease parse) {
        Parse before;
        synchronized (this) {
            before = memory.parsed().get(file.toString());
        }
        // a parse taken over from the last bake is kept as it was, its text not digested a second time
        Parse kept = before != null && before.release() == parse.release()
                ? before : new Parse(digest(parse.source()), parse.release(), parse.bodyHtml()); // outside the lock
        synchronized (this) {
            if (nextParsed != null) nextParsed.put(file.toString(), kept);
        }
    }

    private static ModelDigest.Digest digest(String source) {
        return ModelDigest.of(java.nio.ByteBuffer.wrap(source.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the page {@code file} of the bake begun last by linking the previous bake's file, when that page had
     * the same model (a template's model, or all a data file is made of); remembers the model's digest for the
     * next bake either way.
     *
     * @return whether the page was taken over; false means it must be rendered
     */
    public boolean takeOver(String file, Object model) throws IOException {
        ModelDigest.Digest digest = ModelDigest.of(model); // outside the lock: the slow part
        return takeOver(file, digest);
    }

    private synchronized boolean takeOver(String file, ModelDigest.Digest digest) throws IOException {
        if (digest != null) nextModels.put(file, digest);
        ModelDigest.Digest before = memory.models().get(file);
        if (memory.folder() == null || digest == null || !digest.equals(before)) return false;
        Path source = memory.folder().resolve(file);
        if (!Files.isRegularFile(source)) return false;
        Path target = nextFolder.resolve(file);
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without hard links: a copy is as good
            Files.copy(source, target);
        }
        taken.add(file);
        pagesTaken++;
        return true;
    }

    /** Whether the bake begun last took the page {@code file} over unchanged. */
    public synchronized boolean takenOver(String file) {
        return taken != null && taken.contains(file);
    }

    /** The previous search document of a release whose page was taken over and which is itself the same. */
    public synchronized <D> D indexed(String file, Release release, Class<D> type) {
        Indexed before = memory.indexed().get(file);
        return before != null && takenOver(file) && before.release().equals(release) && type.isInstance(before.document())
                ? type.cast(before.document()) : null;
    }

    /** Remembers a release's search document for the next bake. */
    public synchronized void keepIndexed(String file, Release release, Object document) {
        if (keepsDocuments && nextIndexed != null) nextIndexed.put(file, new Indexed(release, document));
    }

    /** Pages the bake begun last took over instead of rendering. */
    public synchronized int pagesTaken() {
        return pagesTaken;
    }

    /** Release files the bake begun last did not parse again. */
    public synchronized int releasesTaken() {
        return releasesTaken;
    }
}
