package org.warta.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.content.Release;
import org.warta.content.ReleaseReader;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules and their two languages: every form of an old address, the quoting that keeps an odd address inside
 * its directive, one type list. {@code NginxIT} proves them with the real server.
 */
class ServerConfigTest {
    private static ReleaseReader reader;
    private static Path root;

    @BeforeAll
    static void setUp() throws URISyntaxException {
        root = Path.of(ServerConfigTest.class.getResource("/content").toURI()).getParent();
        reader = new ReleaseReader(root, root.resolve("content"), root.resolve("assets"), java.time.ZoneId.of("Asia/Jakarta"));
    }

    private static Release withAliases(String... aliases) {
        StringBuilder yaml = new StringBuilder("---\ntitle: \"Rapat koordinasi koperasi dengan alamat lama\"\ndate: 2023-06-06\n"
                + "summary: \"Rapat koordinasi koperasi yang dahulu diterbitkan di situs lama dinas dengan alamat lain.\"\naliases:\n");
        for (String alias : aliases) yaml.append("  - '").append(alias.replace("'", "''")).append("'\n");
        yaml.append("---\nIsi.\n");
        return reader.read(root.resolve("content/berita/2023/rapat.md"), yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOldAddressRedirectsInEveryFormAReaderMayType() {
        List<ServerPolicy.Redirect> redirects = ServerPolicy.redirects(List.of(withAliases("/lama/rakorda.html",
                "/index.php/berita/rakorda/", "/siaran-pers/rakorda", "/lama/rapat%20lama.html", "/lama/pelatihan-%C3%A9/")));
        String to = "/berita/2023/rapat/";
        assertEquals(List.of(
                new ServerPolicy.Redirect("/lama/rakorda.html", to),
                new ServerPolicy.Redirect("/index.php/berita/rakorda/", to),
                new ServerPolicy.Redirect("/index.php/berita/rakorda/index.html", to),
                new ServerPolicy.Redirect("/index.php/berita/rakorda", to),
                new ServerPolicy.Redirect("/siaran-pers/rakorda/", to),
                new ServerPolicy.Redirect("/siaran-pers/rakorda/index.html", to),
                new ServerPolicy.Redirect("/siaran-pers/rakorda", to),
                // as the server matches them: decoded
                new ServerPolicy.Redirect("/lama/rapat lama.html", to),
                new ServerPolicy.Redirect("/lama/pelatihan-é/", to),
                new ServerPolicy.Redirect("/lama/pelatihan-é/index.html", to),
                new ServerPolicy.Redirect("/lama/pelatihan-é", to)), redirects);
    }

    @Test
    void anOddOldAddressStaysInsideItsDirective() {
        List<ServerPolicy.Redirect> redirects = ServerPolicy.redirects(List.of(withAliases("/lama/a\"b;c{d}$e'f.html")));
        String nginx = NginxConfig.text(redirects);
        assertTrue(nginx.contains("location = \"/lama/a\\\"b;c{d}$e'f.html\" { return 301 \"/berita/2023/rapat/\"; }\n"), nginx);
        String apache = ApacheConfig.text(redirects);
        String rule = "RewriteRule ^lama/a\\\"b\\;c\\{d\\}\\$e\\'f\\.html$ /berita/2023/rapat/ [R=301,L]\n";
        assertTrue(apache.contains(rule), apache);
        // the expression mod_rewrite reads (unquoted, up to the first space no backslash keeps) matches the address and nothing else
        Pattern read = Pattern.compile("^lama/a\\\"b\\;c\\{d\\}\\$e\\'f\\.html$");
        assertTrue(read.matcher("lama/a\"b;c{d}$e'f.html").matches());
        assertFalse(read.matcher("lama/a\"b;c{d}$e'fxhtml").matches());
        // a space (from %20) stays inside the expression: mod_rewrite keeps a space after a backslash
        assertTrue(ApacheConfig.text(ServerPolicy.redirects(List.of(withAliases("/lama/rapat%20lama.html"))))
                .contains("RewriteRule ^lama/rapat\\ lama\\.html$ /berita/2023/rapat/ [R=301,L]\n"));
    }

    @Test
    void theConfigurationsUseTheOneTypeListAndLeaveTheServerBlocksOwnLocationAlone() {
        String nginx = NginxConfig.text(List.of());
        String apache = ApacheConfig.text(List.of());
        MediaTypes.byExtension().forEach((extension, type) -> {
            assertTrue(Pattern.compile("\n    " + Pattern.quote(MediaTypes.bare(type)) + " [a-z ]*\\b" + extension + "\\b[a-z ]*;\n")
                    .matcher(nginx).find(), extension);
            assertTrue(apache.contains("AddType " + MediaTypes.bare(type) + " ." + extension + "\n"), extension);
        });
        assertEquals(MediaTypes.ATOM, MediaTypes.of("/wilayah/bali/feed.xml"));
        assertEquals("application/xml; charset=utf-8", MediaTypes.of("/sitemap.xml"));
        assertFalse(nginx.contains("location / "), "an operator's server block keeps its own location /");
        for (String header : ServerPolicy.HEADERS.keySet()) {
            assertTrue(nginx.contains("\nadd_header " + header + " "), header);
            assertTrue(apache.contains("Header always set " + header + " "), header);
        }
    }
}
