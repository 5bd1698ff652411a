package org.warta.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's errors as an author can act on them: in Indonesian, at the line where the mistake was made (an
 * unclosed quote is reported where it opens, not where the file ends), naming the field written on that line.
 * The parser's own English is never shown; an error not recognised here gets a general hint at its line.
 */
final class YamlErrors {
    /** A top-level key at the start of a line: {@code title:}. */
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:");
    /** A value that starts with a quote: {@code title: "…}, {@code - '…}, {@code - name: "…}. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s\"'#:][^:#]*:\\s+)?([\"'])");
    private static final String INDENTATION = "baris ini menjorok tidak sejajar dengan baris setingkatnya; kolom yang "
            + "setingkat harus diawali jumlah spasi yang sama, dan butir daftar ('- ') menjorok di bawah nama daftarnya";
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");

    private YamlErrors() {
    }

    /**
     * @param file      the file's name for the message
     * @param startLine the 1-based line of the opening {@code ---}
     * @param yamlLines the front matter's lines, without the delimiters
     * @param error     what SnakeYAML threw
     */
    static Problem problem(String file, int startLine, String[] yamlLines, YAMLException error) {
        if (!(error instanceof MarkedYAMLException marked)) return unmarked(file, startLine, error);
        String context = marked.getContext() == null ? "" : marked.getContext();
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        int at = line(marked.getProblemMark());
        int opened = marked.getContextMark() == null ? at : line(marked.getContextMark());
        String message;
        int index = at;
        Matcher cannotStart = CANNOT_START.matcher(problem);
        int unclosed = unclosedQuote(yamlLines, Math.max(at, opened));
        if (unclosed >= 0 && unclosed < Math.max(at, opened)
                || context.contains("quoted scalar") && problem.contains("end of stream")) {
            // A value whose quote is not closed on its line runs on into the next lines: the parser stumbles later
            // (at the next quote, or at the end of the text), but the mistake is where the quote opened.
            index = unclosed >= 0 ? unclosed : opened;
            message = "tanda kutip yang dibuka di baris ini tidak ditutup; akhiri nilainya dengan tanda kutip yang sama, "
                    + "mis. title: \"Rakorda Koperasi Sulawesi Tenggara\"";
        } else if (problem.startsWith("found unknown escape character")) {
            message = "garis miring terbalik (\\) di dalam tanda kutip ganda memulai kode khusus; tulis \\\\ untuk garis "
                    + "miring terbalik, atau apit nilainya dengan tanda kutip tunggal '…'";
        } else if (problem.startsWith("mapping values are not allowed") && indented(yamlLines, at)) {
            message = INDENTATION;
        } else if (problem.startsWith("mapping values are not allowed")) {
            message = "ada titik dua (:) di dalam nilai; bila nilainya memuat ':', apit dengan tanda kutip, "
                    + "mis. title: \"Rakorda: Koperasi Naik Kelas\"";
        } else if (problem.contains("(TAB)")) {
            message = "baris ini diawali tab; front matter hanya menerima spasi untuk menjorokkan baris, ganti tab dengan spasi";
        } else if (cannotStart.matches()) {
            message = "nilai tidak boleh diawali '" + cannotStart.group(1) + "'; apit nilainya dengan tanda kutip, "
                    + "mis. \"" + cannotStart.group(1) + "…\"";
        } else if (problem.startsWith("could not find expected ':'")) {
            index = opened;
            message = "baris ini bukan pasangan 'nama: nilai'; tambahkan titik dua setelah nama kolom, atau bila ini "
                    + "lanjutan teks baris sebelumnya, apit seluruh teks itu dengan tanda kutip";
        } else if (context.startsWith("while parsing a flow")) {
            index = opened;
            message = "daftar atau kolom yang dibuka dengan '[' atau '{' di baris ini tidak ditutup dengan benar; "
                    + "tutup dengan ']' atau '}' dan pisahkan isinya dengan koma";
        } else if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected")
                || context.startsWith("while parsing a block")) {
            message = INDENTATION;
        } else if (problem.startsWith("found undefined alias")) {
            message = "tanda * di awal nilai dibaca sebagai rujukan YAML; bila maksudnya teks, apit dengan tanda kutip";
        } else {
            message = "front matter tidak dapat dibaca di baris ini; periksa titik dua setelah nama kolom, tanda kutip "
                    + "yang berpasangan dan spasi di awal baris";
        }
        return new Problem(file, startLine + 1 + index, field(yamlLines, index), message);
    }

    /** The limits set in {@link FrontMatter}'s loader options, which SnakeYAML reports without a place. */
    private static Problem unmarked(String file, int startLine, YAMLException error) {
        String text = error.getMessage() == null ? "" : error.getMessage();
        String message;
        if (text.startsWith("Nesting Depth exceeded")) {
            message = "front matter bertingkat terlalu dalam (lebih dari " + FrontMatter.MAX_NESTING
                    + " tingkat '[', '{' atau menjorok); kolom kontrak paling dalam bertingkat tiga";
        } else if (text.startsWith("Number of aliases")) {
            message = "terlalu banyak rujukan YAML (*nama), lebih dari " + FrontMatter.MAX_ALIASES
                    + "; tulis nilainya langsung di setiap kolom";
        } else if (text.contains("exceeds the limit")) {
            message = "front matter terlalu panjang (lebih dari " + FrontMatter.MAX_FRONT_MATTER_CHARACTERS
                    + " karakter); isi panjang tempatkan di isi berita, setelah baris '---' penutup";
        } else {
            message = "front matter tidak dapat dibaca; periksa titik dua setelah nama kolom, tanda kutip yang "
                    + "berpasangan dan spasi di awal baris";
        }
        return new Problem(file, startLine, "front matter", message);
    }

    /**
     * The first line up to {@code last} whose value opens a quote that the line does not close, or -1. A quoted value
     * may go on over several lines in YAML, but an author who does that on purpose is rare; one who forgot the
     * closing quote is not.
     */
    static int unclosedQuote(String[] yamlLines, int last) {
        for (int i = 0; i <= last && i < yamlLines.length; i++) {
            Matcher value = QUOTED_VALUE.matcher(yamlLines[i]);
            if (!value.find()) continue;
            char quote = value.group(1).charAt(0);
            String rest = yamlLines[i].substring(value.end());
            if (!closes(rest, quote)) return i;
        }
        return -1;
    }

    /** Whether a quoted value's text after its opening quote holds the closing one. */
    private static boolean closes(String rest, char quote) {
        for (int j = 0; j < rest.length(); j++) {
            char c = rest.charAt(j);
            if (quote == '"' && c == '\\') {
                j++;
            } else if (c == quote) {
                if (quote == '\'' && j + 1 < rest.length() && rest.charAt(j + 1) == '\'') j++;
                else return true;
            }
        }
        return false;
    }

    private static boolean indented(String[] yamlLines, int index) {
        return index >= 0 && index < yamlLines.length && !yamlLines[index].isEmpty()
                && Character.isWhitespace(yamlLines[index].charAt(0));
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine();
    }

    private static String field(String[] yamlLines, int index) {
        if (index < 0 || index >= yamlLines.length) return "front matter";
        Matcher key = TOP_KEY.matcher(yamlLines[index]);
        return key.find() ? key.group(1) : "front matter";
    }
}
