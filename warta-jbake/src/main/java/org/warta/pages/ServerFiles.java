package org.warta.pages;

import org.warta.server.ApacheConfig;
import org.warta.server.NginxConfig;
import org.warta.server.ServerPolicy;
import org.warta.site.Catalog;
import org.warta.site.Paths;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The web servers' configuration of the site: Apache's {@code .htaccess} and nginx's configuration. */
public final class ServerFiles {
    private ServerFiles() {
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        List<ServerPolicy.Redirect> redirects = ServerPolicy.redirects(catalog.online());
        writer.writeFile(Paths.HTACCESS, redirects, () -> ApacheConfig.text(redirects).getBytes(StandardCharsets.UTF_8));
        writer.writeFile(Paths.NGINX_CONF, redirects, () -> NginxConfig.text(redirects).getBytes(StandardCharsets.UTF_8));
    }
}
