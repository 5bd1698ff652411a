package org.warta.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;

import java.io.File;

/**
 * A test-only rendering tool, listed first on the test class path, so it runs before JBake's own
 * DocumentsRenderer: it records what that renderer would find to render.
 */
public class UnrenderedProbe implements RenderingTool {
    static volatile int unrendered = -1;
    static volatile long releasesStored = -1;

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        unrendered = db.getUnrenderedContent().size();
        releasesStored = db.getDocumentCount("release");
        return 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
