package org.warta.server;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ServedSite} behind Debian's nginx: a bare {@code server} block whose {@code root} is {@code target/site} and
 * which includes {@code target/server/nginx.conf}, nothing else; {@code nginx -t} accepts it without a warning.
 */
class NginxIT extends ServedSite {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private Process nginx;

    @Override
    protected void start(Path project, Path folder, int port) throws Exception {
        assertTrue(Files.isExecutable(NGINX), NGINX + " is missing: these tests need Debian's nginx. Install it with "
                + "`sudo apt-get install -y nginx` (.ci/run does this on CI).");
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                error_log %1$s/error.log;
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        server_name localhost;
                        root %3$s;
                        include %4$s;
                    }
                }
                """.formatted(folder, port, project.resolve("target/site"), project.resolve("target/server/nginx.conf")));
        String checked = run(NGINX.toString(), "-t", "-p", folder.toString(), "-c", conf.toString());
        assertFalse(checked.contains("[warn]"), "nginx -t warns of nothing:\n" + checked);
        nginx = new ProcessBuilder(NGINX.toString(), "-p", folder.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.log").toFile()).start();
    }

    @Override
    protected void stop() throws InterruptedException {
        if (nginx == null) return;
        nginx.destroy();
        nginx.waitFor();
    }
}
