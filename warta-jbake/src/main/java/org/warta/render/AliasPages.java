package org.warta.render;

import org.jbake.template.RenderingException;
import org.warta.content.Addresses;
import org.warta.content.ContentException;
import org.warta.content.Problem;
import org.warta.content.Release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page at each old address ({@code aliases}) of an online release, leading to it. Written after every
 * other page, so that an old address that would overwrite one of them is caught, whatever page it is.
 */
final class AliasPages {
    private AliasPages() {
    }

    /** @throws ContentException when an old address is a page of the site */
    static void write(Catalog catalog, PageWriter writer) throws RenderingException {
        List<Problem> problems = new ArrayList<>();
        for (Release release : catalog.online()) {
            for (int i = 0; i < release.aliases().size(); i++) {
                String alias = release.aliases().get(i);
                String field = "aliases[" + i + "]";
                if (writer.wrote(Addresses.fileOf(alias))) {
                    problems.add(new Problem(release.file(), release.lines().of(field), field, "alamat lama \"" + alias
                            + "\" adalah halaman situs ini; alamat lama tidak boleh menimpanya, hapus baris ini"));
                }
            }
        }
        if (!problems.isEmpty()) throw new ContentException(problems);
        for (Release release : catalog.online()) {
            Map<String, Object> target = Map.of("title", release.title(), "url", release.permalink());
            for (String alias : release.aliases()) {
                writer.write("alias", "/" + Addresses.fileOf(alias), release.title(), release.summary(), Map.of("release", target));
            }
        }
    }
}
