package org.warta.jbake;

import org.jbake.model.DocumentModel;

/**
 * A release as JBake's content store keeps it.
 *
 * <p>Warta's own rendering tools write every release page in one linear pass. JBake's built-in
 * DocumentsRenderer renders every document still marked unrendered, reloading all documents of the type
 * for each one (quadratic), so a release is never marked unrendered: the crawler's
 * {@code setRendered(false)} is kept as {@code true}, and DocumentsRenderer finds nothing to render.</p>
 */
public class ReleaseDocument extends DocumentModel {
    /** The JBake document type of every release. */
    public static final String TYPE = "release";
    /** The key of the parsed release in {@link CrawledReleases}. */
    public static final String PARSED = "warta_parsed";
    /** The problems of an invalid release file, each in its printed form (see {@code Problem.parse}). */
    public static final String PROBLEMS = "warta_problems";
    /** The status of a release file with problems: never published, reported by the rendering tool. */
    public static final String INVALID = "warta_invalid";
    /** The release file's path. */
    public static final String PATH = "warta_path";

    @Override
    public void setRendered(boolean rendered) {
        super.setRendered(true);
    }
}
