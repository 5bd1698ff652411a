package org.warta.jbake;

import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.warta.pages.Templates;

/** Pages rendered by JBake's renderer: the page kind is the JBake document type, the model the document. */
final class JBakeTemplates {
    private JBakeTemplates() {
    }

    static Templates of(Renderer renderer) {
        return (type, file, model) -> {
            DocumentModel document = new DocumentModel();
            document.setType(type);
            document.setStatus("published");
            document.setUri(file);
            document.putAll(model);
            renderer.render(document);
        };
    }
}
