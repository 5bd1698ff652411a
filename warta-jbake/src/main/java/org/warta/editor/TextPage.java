package org.warta.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.content.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * A release file as text: for what the form cannot show (a front matter YAML cannot read, a misspelt field name),
 * with the same live checks, each message naming its line.
 */
final class TextPage {
    static final String TEXT = "teks";

    private TextPage() {
    }

    /**
     * A file's text as the text view shows it: UTF-8; a file that is not UTF-8 (saved by an old Windows program) as
     * Windows-1252, with a note saying so, so that saving it makes it UTF-8 instead of losing its accented letters.
     */
    record Shown(String text, String notice) {
        static Shown of(byte[] bytes) {
            try {
                return new Shown(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString(), null);
            } catch (CharacterCodingException notUtf8) {
                return new Shown(new String(bytes, Charset.forName("windows-1252")), "Berkas ini bukan UTF-8; "
                        + "ditampilkan sebagai Windows-1252 (pengodean lama Windows). Periksa huruf beraksen dan tanda kutipnya, "
                        + "lalu Simpan: berkas disimpan sebagai UTF-8.");
            }
        }
    }

    /** The text typed (LF line ends) as the file's bytes: UTF-8, in the line end the file had (CRLF stays CRLF). */
    static byte[] bytes(String text, byte[] current) {
        String file = new String(current, StandardCharsets.ISO_8859_1);
        int lf = file.indexOf('\n');
        boolean crlf = lf > 0 && file.charAt(lf - 1) == '\r';
        return (crlf ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.UTF_8);
    }

    static String render(String file, String text, String version, List<Problem> problems, String notice, String token) {
        Document page = Layout.page("Teks: " + file, token);
        Element main = Layout.main(page);
        main.appendElement("h1").text("Sunting sebagai teks");
        main.appendElement("p").addClass("fakta").text("berkas content/" + file);
        if (notice != null) main.appendElement("p").addClass("kabar").attr("role", "status").text(notice);
        Element summary = main.appendElement("div").addClass("ringkasan-masalah").id("masalah").attr("tabindex", "-1");
        String query = "?berkas=" + URLEncoder.encode(file, StandardCharsets.UTF_8);
        main.appendElement("p").appendElement("a").attr("href", "/_tulis/sunting" + query).text("Kembali ke formulir");
        Element form = main.appendElement("form").id("formulir").attr("method", "post").attr("action", "/_tulis/simpan-teks" + query)
                .attr("data-berkas", file).attr("data-mode", "teks");
        form.appendElement("input").attr("type", "hidden").attr("name", Guard.FIELD).val(token);
        form.appendElement("input").attr("type", "hidden").attr("name", "versi").val(version);
        Element box = form.appendElement("div").addClass("kolom kolom-isi").id("k-teks");
        box.appendElement("label").attr("for", "f-teks").text("Isi berkas");
        box.appendElement("p").addClass("bantuan").id("b-teks").text("Front matter di antara dua baris ---, lalu isi dalam "
                + "Markdown. Pesan di atas menyebut nomor baris.");
        box.appendElement("p").addClass("galat").id("g-teks").attr("hidden", "");
        Element area = box.appendElement("textarea").id("f-teks").attr("name", TEXT).attr("rows", "30")
                .attr("spellcheck", "false").attr("aria-describedby", "b-teks g-teks");
        area.appendText("\n" + text);
        form.appendElement("div").addClass("aksi").appendElement("button").attr("type", "submit").attr("name", "aksi")
                .val(Action.SAVE.key).addClass("utama").text(Action.SAVE.label);
        FormPage.problems(page, summary, problems);
        return page.outerHtml();
    }
}
