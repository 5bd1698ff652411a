package org.warta.preview;

import org.warta.content.Problem;

import java.util.List;

/**
 * The page the preview shows instead of the site while the project cannot be baked: every problem with its
 * file, line, field and what to write, and any other failure (a template error, a broken link) as printed.
 * It is written here, not by a template, because a broken template must be shown too.
 */
final class ErrorPage {
    private static final String STYLE = """
            body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
            main{max-width:60rem;margin:0 auto;padding:1rem}
            h1{font-size:1.5rem;line-height:1.25;color:#8a1c1c}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #ccc}
            code,pre{font-family:ui-monospace,monospace;font-size:.95rem}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:.75rem}
            td:first-child{overflow-wrap:anywhere}
            @media (max-width:40rem){thead{display:none}tr,td{display:block}td{border:0;padding:.125rem 0}
            tr{border-bottom:1px solid #ccc;padding:.5rem 0}}
            """;

    private ErrorPage() {
    }

    /** Shown before the first bake has ended. */
    static String waiting() {
        return page("Pratinjau sedang dipanggang", "<h1>Sebentar, situs sedang dipanggang…</h1>"
                + "<p>Halaman ini dimuat ulang sendiri begitu selesai.</p>");
    }

    static String of(List<Problem> problems, List<String> failures) {
        StringBuilder body = new StringBuilder();
        int count = problems.size() + failures.size();
        body.append("<h1>").append(count).append(" masalah")
                .append(": situs belum bisa dipanggang</h1>")
                .append("<p>Tidak ada yang diterbitkan. Perbaiki yang tertulis di bawah lalu simpan berkasnya: ")
                .append("halaman ini dimuat ulang sendiri, dan situs muncul lagi begitu semuanya benar. ")
                .append("Panduan: <code>docs/panduan-penulis.md</code>.</p>");
        if (!problems.isEmpty()) {
            body.append("<table><caption>Masalah pada konten</caption><thead><tr><th scope=\"col\">Berkas dan baris</th>")
                    .append("<th scope=\"col\">Kolom</th><th scope=\"col\">Apa yang salah, dan apa yang ditulis</th>")
                    .append("</tr></thead><tbody>");
            for (Problem problem : problems) {
                body.append("<tr><td><code>").append(escape(problem.file())).append(':').append(problem.line())
                        .append("</code></td><td><code>").append(escape(problem.field())).append("</code></td><td>")
                        .append(escape(problem.message())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        if (!failures.isEmpty()) {
            body.append("<h2>").append(problems.isEmpty() ? "Yang gagal" : "Yang juga gagal").append("</h2>");
            for (String failure : failures) body.append("<pre>").append(escape(failure)).append("</pre>");
        }
        return page("Pratinjau: " + count + " masalah", body.toString());
    }

    private static String page(String title, String main) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body><main>" + main + "</main></body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
