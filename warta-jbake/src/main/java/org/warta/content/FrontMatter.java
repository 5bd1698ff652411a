package org.warta.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release file split into its YAML front matter and its Markdown body.
 *
 * <p>Values are plain Java: {@code Map} (key order kept), {@code List}, {@code String}, {@code Long},
 * {@code Double}, {@code Boolean} or {@code null}. Dates stay text, exactly as written, so that an offset is
 * never lost. Every value's line in the file is kept under its path ({@code event.start},
 * {@code speakers[1].name}), and so is every scalar's text as written.</p>
 */
public final class FrontMatter {
    /** The largest release file read: about 600,000 words of text, far beyond any release. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Levels of lists and fields in the front matter; the contract's deepest is three ({@code speakers[0].name}). */
    static final int MAX_NESTING = 10;
    /** YAML references ({@code *name}) to lists and fields: each may repeat a whole subtree. */
    static final int MAX_ALIASES = 20;
    static final int MAX_FRONT_MATTER_CHARACTERS = 100_000;
    /** Values read from the front matter, aliases expanded: a few aliases of aliases can otherwise make millions. */
    static final int MAX_VALUES = 5_000;
    /** The path under which {@link #lines()} keeps the body's first line. */
    public static final String BODY = "isi";
    /** Problems with characters that cannot be shown are reported for this many lines of a file, then summed up. */
    private static final int MAX_CHARACTER_PROBLEMS = 10;
    private static final String DELIMITER = "---";

    private final String file;
    private final int startLine;
    private final Map<String, Object> values;
    private final Map<String, Integer> lines;
    private final Map<String, String> texts;
    private final String yaml;
    private final String body;
    /** The lists and fields being read, outermost first: an alias back to one of them would never end. */
    private final java.util.Set<Node> reading = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int valuesRead;

    private FrontMatter(String file, int startLine, Map<String, Object> values, Map<String, Integer> lines,
                        Map<String, String> texts, String yaml, String body) {
        this.file = file;
        this.startLine = startLine;
        this.values = values;
        this.lines = lines;
        this.texts = texts;
        this.yaml = yaml;
        this.body = body;
    }

    /**
     * Splits and parses a release file.
     *
     * @param file  the file's name for messages, relative to the project ({@code content/berita/2023/a.md})
     * @param bytes the file's bytes: UTF-8, an optional byte-order mark, LF or CRLF line ends
     * @throws ContentException when the file is too large, empty, not UTF-8, holds control characters, has no front
     *                          matter, or its YAML is broken
     */
    public static FrontMatter parse(String file, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(file, bytes.length);
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // reported with the rest of the file's problems; the other checks read the text without them
        List<Problem> characterProblems = controlCharacters(file, text);
        if (!characterProblems.isEmpty()) text = TextCharacters.withoutForbidden(text);
        if (text.isBlank()) {
            throw problem(file, 1, "berkas", "berkas kosong; tulis front matter di antara dua baris '---', lalu isi berita");
        }
        String[] fileLines = text.split("\n", -1);
        int first = 0;
        while (first < fileLines.length && fileLines[first].isBlank()) first++;
        if (!fileLines[first].strip().equals(DELIMITER)) {
            throw problem(file, first + 1, "front matter",
                    "berkas tidak diawali front matter; baris pertama harus '---', diikuti kolom seperti 'title:' dan ditutup '---'");
        }
        int close = -1;
        for (int i = first + 1; i < fileLines.length; i++) {
            if (fileLines[i].strip().equals(DELIMITER)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw problem(file, first + 1, "front matter", "front matter tidak ditutup; tambahkan baris '---' setelah kolom terakhir");
        }
        String yaml = String.join("\n", java.util.Arrays.asList(fileLines).subList(first + 1, close));
        String body = String.join("\n", java.util.Arrays.asList(fileLines).subList(close + 1, fileLines.length));
        int startLine = first + 1;

        List<Problem> problems = new ArrayList<>(characterProblems);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // duplicates are reported below, with both lines
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_NESTING);
            options.setCodePointLimit(MAX_FRONT_MATTER_CHARACTERS);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            problems.add(YamlErrors.problem(file, startLine, yaml.split("\n", -1), e));
            throw new ContentException(problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(file, startLine, "front matter",
                    "front matter harus berupa daftar kolom 'nama: nilai', misalnya 'title: \"Rakorda Koperasi\"'"));
            throw new ContentException(problems);
        }
        FrontMatter parsed = new FrontMatter(file, startLine, new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), yaml, body);
        parsed.lines.put(BODY, close + 2);
        parsed.values.putAll(parsed.readMapping(mapping, "", problems));
        if (!problems.isEmpty()) throw new ContentException(problems);
        return parsed;
    }

    /** A release file over {@link #MAX_FILE_BYTES}, reported before it is read (by size) or decoded. */
    public static ContentException tooLarge(String file, long bytes) {
        return problem(file, 1, "berkas", String.format(java.util.Locale.forLanguageTag("id-ID"),
                "berkas terlalu besar (%.1f MB; batasnya %d MB); pecah menjadi beberapa rilis, atau lampirkan dokumen "
                        + "panjang sebagai PDF di attachments", bytes / 1_048_576.0, MAX_FILE_BYTES / 1_048_576));
    }

    /**
     * Control characters typed or pasted into the file itself (YAML rejects them in the front matter with its own
     * English; a body would carry them into feeds and calendars): one problem per line, for the first lines.
     */
    private static List<Problem> controlCharacters(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        if (TextCharacters.firstForbidden(text) < 0) return problems;
        String[] lines = text.split("\n", -1);
        int linesWith = 0;
        boolean inFrontMatter = false;
        int delimiters = 0;
        for (int i = 0; i < lines.length; i++) {
            if (delimiters < 2 && lines[i].strip().equals(DELIMITER)) {
                delimiters++;
                inFrontMatter = delimiters == 1;
                continue;
            }
            int at = TextCharacters.firstForbidden(lines[i]);
            if (at < 0) continue;
            if (++linesWith > MAX_CHARACTER_PROBLEMS) continue;
            problems.add(new Problem(file, i + 1, inFrontMatter ? "front matter" : "isi",
                    "karakter kendali " + TextCharacters.name(lines[i].codePointAt(at)) + " di kolom " + (at + 1)
                            + " tidak boleh ada (tak terlihat, biasanya ikut tersalin dari dokumen atau aplikasi lain); "
                            + "hapus karakter itu, mis. dengan mengetik ulang baris ini"));
        }
        if (linesWith > MAX_CHARACTER_PROBLEMS) {
            problems.add(new Problem(file, 1, "berkas", "karakter kendali juga ada di " + (linesWith - MAX_CHARACTER_PROBLEMS)
                    + " baris lain; simpan ulang berkas sebagai teks biasa UTF-8"));
        }
        return problems;
    }

    private Map<String, Object> readMapping(MappingNode node, String prefix, List<Problem> problems) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Problem(file, lineOf(tuple.getKeyNode()), prefix.isEmpty() ? "front matter" : prefix,
                        "nama kolom harus berupa teks"));
                continue;
            }
            String key = TextCharacters.withoutForbidden(keyNode.getValue());
            if (!key.equals(keyNode.getValue())) {
                int at = TextCharacters.firstForbidden(keyNode.getValue());
                problems.add(new Problem(file, lineOf(keyNode), prefix.isEmpty() ? "front matter" : prefix, "nama kolom \""
                        + key + "\" berisi karakter kendali " + TextCharacters.name(keyNode.getValue().codePointAt(at))
                        + "; ketik ulang nama kolomnya"));
                continue;
            }
            if (key.isBlank()) {
                problems.add(new Problem(file, lineOf(keyNode), prefix.isEmpty() ? "front matter" : prefix,
                        "ada kolom tanpa nama; tulis nama kolom sebelum titik dua, mis. title: …"));
                continue;
            }
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (map.containsKey(key)) {
                problems.add(new Problem(file, lineOf(keyNode), path, "kolom ini ditulis dua kali (juga di baris "
                        + lines.get(path) + "); hapus salah satunya"));
                continue;
            }
            lines.put(path, lineOf(keyNode));
            map.put(key, read(tuple.getValueNode(), path, problems));
        }
        return map;
    }

    private Object read(Node node, String path, List<Problem> problems) {
        if (++valuesRead > MAX_VALUES) {
            if (valuesRead == MAX_VALUES + 1) {
                problems.add(new Problem(file, lineOf(node), path, "front matter berisi lebih dari " + MAX_VALUES
                        + " nilai (rujukan YAML *nama yang berlapis?); tulis nilainya langsung di setiap kolom"));
            }
            return null;
        }
        if (node instanceof ScalarNode scalar) return scalar(scalar, path, problems);
        if (!reading.add(node)) {
            problems.add(new Problem(file, lineOf(node), path, "rujukan YAML (*nama) menunjuk ke kolom yang memuatnya "
                    + "sendiri; tulis nilainya langsung"));
            return null;
        }
        try {
            if (node instanceof MappingNode mapping) return readMapping(mapping, path, problems);
            List<Object> list = new ArrayList<>();
            List<Node> items = ((SequenceNode) node).getValue();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + i + "]";
                lines.put(itemPath, lineOf(items.get(i)));
                list.add(read(items.get(i), itemPath, problems));
            }
            return list;
        } finally {
            reading.remove(node);
        }
    }

    private Object scalar(ScalarNode scalar, String path, List<Problem> problems) {
        Node node = scalar;
        String text = scalar.getValue();
        int forbidden = TextCharacters.firstForbidden(text);
        if (forbidden >= 0) {
            problems.add(new Problem(file, lineOf(node), path, "berisi karakter kendali "
                    + TextCharacters.name(text.codePointAt(forbidden)) + " (mis. ditulis sebagai \"\\0\", \"\\x1b\" atau "
                    + "\"\\u0007\" di dalam tanda kutip) yang tidak boleh ada dalam teks; hapus kode itu"));
            text = TextCharacters.withoutForbidden(text);
        }
        texts.put(path, text);
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.valueOf(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")
                    || text.equalsIgnoreCase("on") || text.equalsIgnoreCase("y"));
            if (Tag.INT.equals(tag)) return Long.valueOf(text.replace("_", ""));
            if (Tag.FLOAT.equals(tag)) return Double.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text; // YAML 1.1 forms such as 0x1F or 1:30 stay text; the field's rule decides
        }
        return text;
    }

    private int lineOf(Node node) {
        return startLine + 1 + node.getStartMark().getLine();
    }

    private static String decode(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < bytes.length && (bytes[i] & 0x80) == 0; i++) if (bytes[i] == '\n') line++;
            throw problem(file, line, "berkas", "berkas bukan UTF-8; simpan ulang dengan pengodean UTF-8");
        }
    }

    private static ContentException problem(String file, int line, String field, String message) {
        return new ContentException(List.of(new Problem(file, line, field, message)));
    }

    /** The file's name as used in messages. */
    public String file() {
        return file;
    }

    /** 1-based line of the opening {@code ---}: the line reported for a missing field. */
    public int startLine() {
        return startLine;
    }

    /** The top-level fields, in the order written. */
    public Map<String, Object> values() {
        return values;
    }

    /** The line of a value or key, or {@link #startLine()} when the path is absent. */
    public int line(String path) {
        return lines.getOrDefault(path, startLine);
    }

    /** Every key's line, for checks made after the file is read. */
    public Release.Lines lines() {
        return new Release.Lines(Map.copyOf(lines), startLine);
    }

    /** A scalar's text as written, or null when the path is not a scalar. */
    public String text(String path) {
        return texts.get(path);
    }

    /** The front matter's YAML, without its delimiters. */
    public String yaml() {
        return yaml;
    }

    /** The Markdown body after the closing delimiter. */
    public String body() {
        return body;
    }
}
