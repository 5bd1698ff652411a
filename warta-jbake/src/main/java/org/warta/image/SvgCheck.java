package org.warta.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG drawing must not hold to be published as it is. A reader who opens the drawing's address sees it as
 * a page of this site: a script in it would run with the site's rights, an event handler too, and a reference to
 * another site would tell that site who reads. Drawings exported from Inkscape or Illustrator hold none of these.
 */
public final class SvgCheck {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "<\\s*(script|foreignobject|iframe|embed|object|handler|listener)\\b"   // elements that run or embed
                    + "|\\son[a-z]+\\s*="                                            // event handlers
                    + "|(java|vb)script\\s*:"                                        // script addresses
                    + "|<!entity"                                                    // entities (expansion bombs)
                    + "|@import"                                                     // style sheets from elsewhere
                    + "|(?:href|src)\\s*=\\s*[\"']?\\s*(?:https?:|//|data:)"          // files from elsewhere
                    + "|url\\(\\s*[\"']?\\s*(?:https?:|//)");
    private static final Pattern NAMED = Pattern.compile("<\\s*([a-z]+)|(on[a-z]+)\\s*=|(javascript|vbscript)\\s*:|(<!entity)|(@import)|(href|src)\\s*=|(url)\\(");

    private SvgCheck() {
    }

    /** What the drawing holds that may not be published ({@code <script>}), or null when it holds nothing of it. */
    public static String forbidden(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        Matcher matcher = FORBIDDEN.matcher(text);
        if (!matcher.find()) return null;
        String found = matcher.group().strip();
        Matcher named = NAMED.matcher(found);
        if (named.find()) {
            for (int i = 1; i <= named.groupCount(); i++) {
                if (named.group(i) == null) continue;
                return switch (i) {
                    case 1 -> "<" + named.group(1) + ">";
                    case 2 -> "atribut " + named.group(2);
                    case 3 -> named.group(3) + ":";
                    case 6, 7 -> "rujukan ke berkas di situs lain";
                    default -> named.group(i);
                };
            }
        }
        return found;
    }
}
