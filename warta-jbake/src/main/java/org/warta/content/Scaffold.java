package org.warta.content;

/**
 * The placeholder texts of a new release file ({@code scripts/rilis-baru}, {@code org.warta.author.NewRelease}),
 * which its author replaces. A release that is not a draft may not keep one (the contract: a summary or body that
 * is still the scaffold's placeholder is an error); a draft may, since every new file is one.
 */
public final class Scaffold {
    /** The placeholder of {@code summary}. */
    public static final String SUMMARY =
            "Tulis ringkasan 50–400 karakter di sini: apa, siapa, di mana dan kapan, dalam satu atau dua kalimat.";
    /** The placeholder of the body. */
    public static final String BODY = "Tulis isi rilis di sini, dalam Markdown. Paragraf dipisah satu baris kosong.";

    private Scaffold() {
    }

    /**
     * Whether {@code text} still holds {@code placeholder}'s opening words, up to "di sini" (what follows them may
     * have been edited, or the author wrote after them and left them).
     */
    public static boolean holds(String text, String placeholder) {
        String opening = placeholder.substring(0, placeholder.indexOf(" di sini") + " di sini".length());
        return text != null && text.replaceAll("\\s+", " ").contains(opening);
    }
}
