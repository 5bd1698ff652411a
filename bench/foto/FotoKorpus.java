import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a corpus of {@code bench/korpus/Korpus.java} into the photo benchmark's (bench/foto.sh): every release gets a
 * lead photo of its own, {@code <slug>-foto.jpg} beside it, and is made online (the 1 % drafts and 1 % withdrawn
 * releases lose their status, so that both tools process all N photos). Release number i (files in path order)
 * gets base photo i mod B with one JPEG comment segment added after the APPn segments, naming the release: every
 * file has bytes of its own (so neither tool's cache, both keyed by content, can share work between them) while
 * its pixels, and so the decoding work, are the base's. Also writes the same releases as Hugo leaf bundles
 * ({@code <section>/<year>/<slug>/index.md}, the photo hard-linked beside it).
 *
 * <pre>java bench/foto/FotoKorpus.java &lt;project folder&gt; &lt;hugo content folder&gt; &lt;base.jpg&gt; [&lt;base.jpg&gt; …]</pre>
 */
public final class FotoKorpus {
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: FotoKorpus <project folder> <hugo content folder> <base.jpg> [<base.jpg> ...]");
            System.exit(2);
        }
        Path content = Path.of(args[0]).resolve("content");
        Path hugo = Path.of(args[1]);
        List<byte[]> bases = new ArrayList<>();
        for (int i = 2; i < args.length; i++) bases.add(Files.readAllBytes(Path.of(args[i])));
        List<Path> releases;
        try (Stream<Path> files = Files.walk(content)) {
            releases = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        long bytes = 0;
        for (int i = 0; i < releases.size(); i++) {
            Path md = releases.get(i);
            String slug = md.getFileName().toString().replaceFirst("\\.md$", "");
            String photo = slug + "-foto.jpg";
            String text = withPhoto(Files.readString(md, StandardCharsets.UTF_8), photo, i, i % bases.size());
            Files.writeString(md, text, StandardCharsets.UTF_8);
            byte[] jpeg = commented(bases.get(i % bases.size()), "Warta bench foto " + content.relativize(md));
            Files.write(md.resolveSibling(photo), jpeg);
            bytes += jpeg.length;
            Path bundle = hugo.resolve(content.relativize(md).getParent()).resolve(slug);
            Files.createDirectories(bundle);
            Files.writeString(bundle.resolve("index.md"), text, StandardCharsets.UTF_8);
            Files.createLink(bundle.resolve(photo), md.resolveSibling(photo));
        }
        System.out.printf("%d releases with a photo each (%d bases), %.1f MB of photos%n", releases.size(), bases.size(),
                bytes / 1e6);
    }

    /** The release with no status line and its image block replaced by the photo's. */
    static String withPhoto(String release, String photo, int i, int base) {
        String[] parts = release.split("\n---\n", 2);
        List<String> kept = new ArrayList<>();
        boolean inImage = false;
        for (String line : parts[0].split("\n", -1)) {
            if (line.startsWith("image:")) {
                inImage = true;
                continue;
            }
            if (inImage && line.startsWith("  ")) continue;
            inImage = false;
            if (line.startsWith("status: ")) continue;
            kept.add(line);
        }
        kept.add("image:");
        kept.add("  src: " + photo);
        kept.add("  alt: \"Foto kegiatan nomor " + i + ": peserta dan narasumber di ruang acara\"");
        kept.add("  caption: \"Suasana kegiatan (foto uji, dasar " + (base + 1) + ").\"");
        kept.add("  credit: \"Humas Dinas Koperasi\"");
        return String.join("\n", kept) + "\n---\n" + parts[1];
    }

    /** A JPEG with a comment segment (COM) added after its APPn segments; the compressed picture is untouched. */
    static byte[] commented(byte[] jpeg, String comment) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) throw new IllegalArgumentException("not a JPEG");
        int at = 2;
        while ((jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xF0) == 0xE0) {
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[jpeg.length + 4 + text.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        out[at] = (byte) 0xFF;
        out[at + 1] = (byte) 0xFE;
        out[at + 2] = (byte) ((text.length + 2) >> 8);
        out[at + 3] = (byte) (text.length + 2);
        System.arraycopy(text, 0, out, at + 4, text.length);
        System.arraycopy(jpeg, at, out, at + 4 + text.length, jpeg.length - at);
        return out;
    }
}
