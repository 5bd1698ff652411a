package org.warta.content;

/**
 * Characters that may stand in a release's text. Every text of a release ends up in XML (Atom feeds, the
 * sitemap), iCalendar and HTML; XML 1.0 forbids most C0 control characters (one NUL makes a whole feed
 * unreadable for every subscriber) and iCalendar forbids the rest, so none of them is accepted: only tab and
 * line ends of the C0 range, no DEL, no C1 controls (U+0080–U+009F, left behind by text decoded with the wrong
 * code page), no unpaired surrogates and not U+FFFE or U+FFFF.
 */
public final class TextCharacters {
    private TextCharacters() {
    }

    /** Whether {@code codePoint} may stand in a release's text. */
    public static boolean allowed(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') return true;
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) return false;
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return false; // a surrogate alone, not part of a pair
        return codePoint != 0xFFFE && codePoint != 0xFFFF;
    }

    /** The index of the first character that may not stand in a text, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (!allowed(codePoint)) return i;
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The text without the characters that may not stand in it. */
    public static String withoutForbidden(String text) {
        if (firstForbidden(text) < 0) return text;
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(TextCharacters::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code U+001B}: how a message names a character that cannot be shown. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
