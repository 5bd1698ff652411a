package org.warta.publish;

import java.nio.file.Path;
import java.util.List;

/** How the publisher's link check remembers what it read from each page between builds. */
public interface LinkMemory {
    /** Every broken target of the site in {@code site}, as {@link LinkCheck#problems()}. */
    List<String> problems(Path site, String host);

    /** Remembers nothing: every page is read. */
    LinkMemory NONE = (site, host) -> new LinkCheck(site, host).problems();

    /** Remembers in {@code <project>/target/warta-cache/tautan.bin} ({@link KeptLinks}). */
    static LinkMemory in(Path project) {
        return new KeptLinks(project);
    }
}
