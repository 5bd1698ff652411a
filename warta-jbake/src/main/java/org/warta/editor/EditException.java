package org.warta.editor;

/** The form's values cannot be written into the release file so that they read back as given. */
public final class EditException extends RuntimeException {
    private final String field;

    /**
     * @param field   the top-level field that could not be written ({@code isi} for the body), or null
     * @param message what went wrong, in Indonesian, for the person editing
     */
    public EditException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The top-level field that could not be written, or null when the whole file is concerned. */
    public String field() {
        return field;
    }
}
