package org.warta.image;

/**
 * A photo Warta cannot publish, with what its author can do about it, in Indonesian, without the file's name (the
 * caller knows which file and field named it and reports it as {@code content/<path>:<line>: <field>: …}).
 */
public final class PhotoException extends Exception {
    public PhotoException(String message) {
        super(message);
    }

    public PhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
