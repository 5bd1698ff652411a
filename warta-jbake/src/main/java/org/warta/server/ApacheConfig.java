package org.warta.server;

import java.util.List;
import java.util.Map;

/**
 * The site's {@code .htaccess}: the {@link ServerPolicy} as Apache directives, for hosts that give an office a
 * folder on Apache and nothing else. Needs {@code AllowOverride All} (or {@code FileInfo Indexes Options}) and
 * mod_rewrite, mod_headers and mod_mime, which Debian's {@code apache2} enables but for mod_rewrite and mod_headers
 * ({@code a2enmod rewrite headers}).
 */
public final class ApacheConfig {
    static final String HEAD = """
            # Warta: Apache configuration of the published site, written by every bake (a change here is lost at the
            # next bake: change Warta instead). Needs AllowOverride All for the site's folder and the modules rewrite,
            # headers and mime (Debian: a2enmod rewrite headers). Every old address of a release answers 301; pages,
            # feeds and data are cached five minutes, photos a year; .gz files beside the text files are sent to
            # browsers that accept gzip.

            Options -Indexes -MultiViews
            DirectoryIndex index.html
            ErrorDocument 404 /404.html

            """;

    private ApacheConfig() {
    }

    public static String text(List<ServerPolicy.Redirect> redirects) {
        StringBuilder out = new StringBuilder(HEAD);
        out.append("# the site's own list of types, the same the preview serves by (org.warta.server.MediaTypes)\n");
        for (Map.Entry<String, String> type : MediaTypes.byExtension().entrySet()) {
            out.append("AddType ").append(MediaTypes.bare(type.getValue())).append(" .").append(type.getKey()).append('\n');
            if (type.getValue().contains("charset=")) out.append("AddCharset utf-8 .").append(type.getKey()).append('\n');
        }
        out.append("# a precompressed file is its original sent gzip-encoded\n");
        out.append("RemoveType .gz\nAddEncoding gzip .gz\n");
        out.append("<FilesMatch \"^").append(MediaTypes.FEED_NAME.replace(".", "\\.")).append("(\\.gz)?$\">\n")
                .append("    ForceType \"").append(MediaTypes.ATOM).append("\"\n</FilesMatch>\n\n");

        out.append("<IfModule mod_headers.c>\n");
        ServerPolicy.HEADERS.forEach((name, value) -> out.append("    Header always set ").append(name).append(' ')
                .append(quoted(value)).append('\n'));
        // decided when the answer is known: a photo is cached a year, a redirect or error under its folder is not; one
        // Cache-Control only (mod_expires, where a host runs it, would add its own)
        String photo = "%{REQUEST_URI} =~ m#^" + ServerPolicy.IMMUTABLE_FOLDER + "# && %{REQUEST_STATUS} -in {'200', '206', '304'}";
        out.append("    Header unset Cache-Control\n");
        out.append("    Header always set Cache-Control ").append(quoted(ServerPolicy.SHORT)).append(" \"expr=!(").append(photo).append(")\"\n");
        out.append("    Header always set Cache-Control ").append(quoted(ServerPolicy.IMMUTABLE)).append(" \"expr=").append(photo).append("\"\n");
        out.append("    <FilesMatch \"\\.gz$\">\n        Header append Vary Accept-Encoding\n    </FilesMatch>\n");
        out.append("</IfModule>\n\n");

        out.append("<IfModule mod_rewrite.c>\n    RewriteEngine On\n");
        out.append("    # old addresses of releases (aliases)\n");
        for (ServerPolicy.Redirect redirect : redirects) {
            // a rule in .htaccess matches the path without its leading '/'
            out.append("    RewriteRule ^").append(regex(redirect.from().substring(1))).append("$ ")
                    .append(redirect.to()).append(" [R=301,L]\n");
        }
        out.append("    # hidden files (this one) are not the site's\n");
        out.append("    RewriteRule (^|/)\\. - [R=404,L]\n");
        out.append("    # a folder without a page of its own (/foto/) is an unknown address, as on nginx: not a listing, not 403\n");
        out.append("    RewriteCond %{REQUEST_FILENAME} -d\n");
        out.append("    RewriteCond %{REQUEST_FILENAME}/index.html !-f\n");
        out.append("    RewriteRule ^ - [R=404,L]\n");
        out.append("    # the .gz beside a file, to a browser that accepts gzip; a folder's index.html.gz for its address\n");
        out.append("    RewriteCond %{HTTP:Accept-Encoding} gzip\n");
        out.append("    RewriteCond %{REQUEST_FILENAME}index.html.gz -f\n");
        out.append("    RewriteRule ^(.*/)?$ $1index.html.gz [L,E=no-gzip:1]\n");
        out.append("    RewriteCond %{HTTP:Accept-Encoding} gzip\n");
        out.append("    RewriteCond %{REQUEST_FILENAME}.gz -f\n");
        out.append("    RewriteRule ^(.+)$ $1.gz [L,E=no-gzip:1]\n");
        out.append("</IfModule>\n");
        return out.toString();
    }

    /**
     * An exact path as a regular expression, written unquoted: every ASCII character but letters, digits, {@code /},
     * {@code -} and {@code _} escaped with a backslash, characters beyond ASCII as themselves. mod_rewrite reads its
     * arguments itself: in quotes a {@code "} would end one whatever stands before it, and unquoted a backslash keeps a
     * space inside it ({@code \ }, a space to the expression too).
     */
    static String regex(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && c != '/' && c != '-' && c != '_') out.append('\\');
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** A header's value in Apache's double quotes; the values of {@link ServerPolicy#HEADERS} hold no quote. */
    static String quoted(String text) {
        if (text.indexOf('"') >= 0) throw new IllegalArgumentException("kutip dalam nilai header: " + text);
        return "\"" + text + "\"";
    }
}
