package org.warta.pages;

import java.util.Map;

/**
 * The template engine as the page writer sees it: renders one page kind's template with a model into a file of
 * the site. In a bake it is JBake's renderer ({@code org.warta.jbake.JBakeTemplates}), whose templates see the
 * model as {@code content}.
 */
@FunctionalInterface
public interface Templates {
    /**
     * Renders the template of page kind {@code type} ({@code template.<type>.file} in jbake.properties) with
     * {@code model} into {@code file}, a path relative to the site ({@code berita/2023/x/index.html}).
     */
    void render(String type, String file, Map<String, Object> model) throws Exception;
}
