package org.warta.pages;

/** A page or file of the site that could not be made or written; the bake stops and names it. */
public class PageException extends Exception {
    public PageException(String message) {
        super(message);
    }

    public PageException(String message, Throwable cause) {
        super(message, cause);
    }
}
