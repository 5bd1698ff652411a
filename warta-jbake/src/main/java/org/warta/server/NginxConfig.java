package org.warta.server;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code target/server/nginx.conf}: the {@link ServerPolicy} as nginx directives, to be included inside the
 * {@code server { }} block whose {@code root} is the published site. Only modules Debian's {@code nginx} package
 * has built in.
 *
 * <p>nginx gives a location's own {@code add_header} lines instead of the server's, never both: the one location
 * with a cache lifetime of its own repeats the headers of every answer. The file defines no {@code location /}, so
 * that the server block may keep its own.</p>
 */
public final class NginxConfig {
    /** The prefix of the file, which tells an operator what it is and how to use it. */
    static final String HEAD = """
            # Warta: nginx configuration of the published site, written by every bake (a change here is lost at the
            # next bake: change Warta instead). Include it inside the server block whose root is the published site:
            #
            #     server {
            #         listen 80;
            #         server_name warta.example.go.id;
            #         root /srv/warta/site;
            #         include /srv/warta/server/nginx.conf;
            #     }
            #
            # The server block needs no index, error_page, add_header or types of its own: this file sets them. A
            # location of its own with an add_header line (HSTS, say) would drop this file's headers there: nginx gives
            # a location its own add_header lines or the server's, never both; repeat them in it.
            #
            # Then `nginx -t` and `systemctl reload nginx`. Every old address of a release answers 301; pages, feeds and
            # data are cached five minutes, photos a year; .gz files beside the text files are sent to browsers that
            # accept gzip (gzip_static, built into Debian's nginx).

            """;

    private NginxConfig() {
    }

    /** The configuration for a site whose releases' old addresses are {@code redirects}. */
    public static String text(List<ServerPolicy.Redirect> redirects) {
        StringBuilder out = new StringBuilder(HEAD);
        out.append("index index.html;\n");
        out.append("# the site's page for an unknown address; a folder without a page of its own (/foto/) is one too\n");
        out.append("error_page 404 /404.html;\n");
        out.append("error_page 403 =404 /404.html;\n");
        out.append("server_tokens off;\n");
        out.append("# redirects name no scheme, host or port (Location: /berita/…): right behind a TLS proxy or on another port\n");
        out.append("absolute_redirect off;\n");
        out.append("# no symbolic link inside the site is followed (the root itself may be one)\n");
        out.append("disable_symlinks on from=$document_root;\n");
        out.append("gzip_static on;\n");
        out.append("gzip_vary on;\n\n");
        out.append("# the site's own list of types, the same the preview serves by (org.warta.server.MediaTypes)\n");
        out.append("types {\n");
        Map<String, List<String>> byType = MediaTypes.byExtension().entrySet().stream().collect(Collectors.groupingBy(
                e -> MediaTypes.bare(e.getValue()), java.util.TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byType.forEach((type, extensions) -> out.append("    ").append(type).append(' ').append(String.join(" ", extensions)).append(";\n"));
        out.append("}\n");
        out.append("default_type application/octet-stream;\n");
        out.append("charset utf-8;\n");
        out.append("# text/html has its charset without being listed\n");
        out.append("charset_types ").append(MediaTypes.byExtension().values().stream().filter(t -> t.contains("charset="))
                .map(MediaTypes::bare).filter(t -> !t.equals("text/html")).distinct().sorted().collect(Collectors.joining(" "))).append(' ')
                .append(MediaTypes.bare(MediaTypes.ATOM)).append(";\n\n");

        out.append("# every answer's headers, inherited by each location below that has no add_header of its own\n");
        headers(out, "", ServerPolicy.SHORT);
        out.append('\n');
        out.append("location ^~ ").append(ServerPolicy.IMMUTABLE_FOLDER).append(" {\n");
        headers(out, "    ", ServerPolicy.IMMUTABLE);
        out.append("}\n");
        out.append("# hidden files (.htaccess) are not the site's\n");
        out.append("location ~ /\\. {\n    return 404;\n}\n");
        out.append("location ~ /").append(MediaTypes.FEED_NAME.replace(".", "\\.")).append("$ {\n    types { }\n    default_type ")
                .append(MediaTypes.bare(MediaTypes.ATOM)).append(";\n}\n");
        out.append("\n# old addresses of releases (aliases)\n");
        for (ServerPolicy.Redirect redirect : redirects) {
            out.append("location = ").append(quoted(redirect.from())).append(" { return 301 ").append(quoted(redirect.to())).append("; }\n");
        }
        return out.toString();
    }

    /** The headers of every answer ({@code always}: the 404 page and redirects too) and the cache lifetime. */
    private static void headers(StringBuilder out, String indent, String cacheControl) {
        out.append(indent).append("add_header Cache-Control ").append(quoted(cacheControl)).append(" always;\n");
        ServerPolicy.HEADERS.forEach((name, value) -> out.append(indent).append("add_header ").append(name).append(' ')
                .append(quoted(value)).append(" always;\n"));
    }

    /**
     * A string in nginx's double quotes: {@code \} and {@code "} escaped, so that no character of an old address
     * ({@code ;}, {@code {}, {@code '}) ends the directive. A location is matched as written, no variable in it.
     */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
