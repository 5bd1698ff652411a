package org.warta.editor;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request to the editor and its answer, free of any HTTP server's types. */
final class Exchange {
    private Exchange() {
    }

    /**
     * One request.
     *
     * @param method  {@code GET}, {@code HEAD} or {@code POST}
     * @param target  the request target
     * @param headers the request's headers, names in lower case (first value of each)
     * @param body    the request's body (empty for GET)
     */
    record Request(String method, URI target, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The query's parameter, or null. */
        String query(String name) {
            List<String> values = decode(target.getRawQuery()).get(name);
            return values == null ? null : values.get(0);
        }

        /** The body as an HTML form's fields ({@code application/x-www-form-urlencoded}). */
        Map<String, List<String>> form() {
            return decode(new String(body, StandardCharsets.UTF_8));
        }

        boolean post() {
            return method.equals("POST");
        }
    }

    /** One answer. @param headers extra headers ({@code Location}) */
    record Response(int status, String type, byte[] body, Map<String, String> headers) {
        static Response html(int status, String html) {
            return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Response json(int status, String json) {
            return new Response(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
        }

        /** 303 See Other: after a POST, the browser asks for {@code location} with GET. */
        static Response seeOther(String location) {
            return new Response(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
        }
    }

    /** {@code a=1&b=x+y} as names and their values in order; a name given twice keeps both values. */
    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) return values;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                values.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException broken) {
                // a broken escape (%zz): the pair is not a field of any form the editor wrote
            }
        }
        return values;
    }
}
