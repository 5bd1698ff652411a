package org.warta.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

/**
 * Who may change files through the editor: only the editor's own pages, open in the author's browser. Another web
 * page open in the same browser can send a request to 127.0.0.1 too, so a request that writes must carry this run's
 * token (which only a page served by the preview holds: the browser keeps other sites from reading it) and come
 * from the preview's own origin. A request whose Host is not the preview's own address (DNS rebinding: another
 * name pointed at 127.0.0.1) is refused before this, by the server, for every request.
 */
final class Guard {
    /** The header the editor's script sends the token in; a form without script sends field {@value #FIELD}. */
    static final String HEADER = "X-Warta-Token";
    static final String FIELD = "token";

    private final String token;
    private final Set<String> origins;

    /** @param port the preview's port: its origins are {@code http://localhost:<port>} and {@code http://127.0.0.1:<port>} */
    Guard(int port) {
        this(port, newToken());
    }

    Guard(int port, String token) {
        this.token = token;
        // a browser leaves port 80 out of an origin
        this.origins = port == 80 ? Set.of("http://localhost", "http://127.0.0.1")
                : Set.of("http://localhost:" + port, "http://127.0.0.1:" + port);
    }

    /** 32 random bytes, URL-safe Base64: a new one each run. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /**
     * Why a request that writes is refused, or null when it may write: from another origin (or with no
     * {@code Origin}, which every browser sends with a POST), a cross-site fetch, or without this run's token.
     */
    String refusal(Exchange.Request request, List<String> formToken) {
        String early = refusalOfOrigin(request.headers());
        if (early != null) return early;
        String given = request.header(HEADER);
        if (given == null && formToken != null && !formToken.isEmpty()) given = formToken.get(0);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "token penyunting tidak ada atau salah (halaman dari pratinjau yang lain? muat ulang halamannya)";
        }
        return null;
    }

    /**
     * Why a request that writes is refused before its body is read (headers, names in lower case), or null: from
     * another origin or site; and, for a request whose token can only be in a header (an upload), without it.
     */
    String refusalBeforeBody(Map<String, String> headers, boolean tokenInHeader) {
        String early = refusalOfOrigin(headers);
        if (early != null || !tokenInHeader) return early;
        String given = headers.get(HEADER.toLowerCase(Locale.ROOT));
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "token penyunting tidak ada atau salah (halaman dari pratinjau yang lain? muat ulang halamannya)";
        }
        return null;
    }

    private String refusalOfOrigin(Map<String, String> headers) {
        String origin = headers.get("origin");
        if (origin == null || !origins.contains(origin)) {
            return "permintaan ini bukan dari halaman penyunting (Origin " + (origin == null ? "tidak ada" : "\"" + origin + "\"") + ")";
        }
        String site = headers.get("sec-fetch-site");
        if (site != null && !site.equals("same-origin")) return "permintaan ini dikirim dari situs lain (" + site + ")";
        return null;
    }
}
