package org.warta.server;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ServedSite} behind Debian's Apache: the site's folder with {@code AllowOverride All} and the modules the
 * {@code .htaccess} names (rewrite, headers, mime, dir), no type list of Apache's own; the {@code .htaccess} at the
 * site's root does the rest.
 */
class ApacheIT extends ServedSite {
    private static final Path APACHE = Path.of("/usr/sbin/apache2");
    private static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    private Path conf;

    @Override
    protected void start(Path project, Path folder, int port) throws Exception {
        assertTrue(Files.isExecutable(APACHE), APACHE + " is missing: these tests need Debian's Apache. Install it with "
                + "`sudo apt-get install -y apache2` (.ci/run does this on CI).");
        StringBuilder modules = new StringBuilder();
        // the modules Debian's apache2 enables as installed (a2query -m), and the two the .htaccess asks for
        for (String module : new String[]{"mpm_event", "access_compat", "alias", "auth_basic", "authn_core", "authn_file",
                "authz_core", "authz_host", "authz_user", "autoindex", "deflate", "dir", "env", "filter", "mime", "negotiation",
                "reqtimeout", "setenvif", "status", "rewrite", "headers"}) {
            modules.append("LoadModule ").append(module).append("_module ").append(MODULES.resolve("mod_" + module + ".so")).append('\n');
        }
        // as root Apache's workers run as www-data; as anyone else, as that user
        String user = "root".equals(System.getProperty("user.name")) ? "User www-data\nGroup www-data\n" : "";
        conf = folder.resolve("httpd.conf");
        Files.writeString(conf, """
                ServerRoot %1$s
                PidFile %1$s/httpd.pid
                ErrorLog %1$s/error.log
                LogLevel warn
                Listen 127.0.0.1:%2$d
                ServerName localhost
                %3$s%4$s
                TypesConfig /dev/null
                DocumentRoot %5$s
                <Directory />
                    AllowOverride None
                    Require all denied
                </Directory>
                <Directory %5$s>
                    AllowOverride All
                    Require all granted
                </Directory>
                """.formatted(folder, port, modules, user, project.resolve("target/site")));
        run(APACHE.toString(), "-t", "-f", conf.toString());
        run(APACHE.toString(), "-f", conf.toString(), "-k", "start");
    }

    @Override
    protected void stop() throws Exception {
        if (conf == null) return;
        run(APACHE.toString(), "-f", conf.toString(), "-k", "stop");
        // a line of the .htaccess Apache could not read answers 500 and is logged as an alert
        String log = Files.readString(conf.resolveSibling("error.log"));
        assertTrue(log.lines().noneMatch(l -> l.contains(":alert]") || l.contains(":error]")), "Apache's error log:\n" + log);
    }
}
