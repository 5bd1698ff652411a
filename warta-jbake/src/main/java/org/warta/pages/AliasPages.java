package org.warta.pages;

import org.warta.site.Catalog;


import org.warta.content.Addresses;
import org.warta.content.Problem;
import org.warta.content.Release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page at each old address ({@code aliases}) of an online release, leading to it. Old addresses are checked
 * against every page the bake plans to write, whatever kind of page it is, and written after them.
 */
public final class AliasPages {
    private AliasPages() {
    }

    /**
     * The old addresses that are pages the bake writes, as planned by {@code plan}; release pages excepted,
     * which {@link Addresses#check} reports, drafts included.
     */
    public static List<Problem> collisions(Catalog catalog, PageWriter plan) {
        // as a file system that ignores case sees them (Windows, macOS): /Index.html would be the home page there
        Set<String> planned = new HashSet<>();
        plan.files().forEach(file -> planned.add(Addresses.folded(file)));
        Set<String> releasePages = new HashSet<>();
        catalog.online().forEach(r -> releasePages.add(Addresses.folded(Addresses.fileOf(r.permalink()))));
        List<Problem> problems = new ArrayList<>();
        for (Release release : catalog.online()) {
            for (int i = 0; i < release.aliases().size(); i++) {
                String alias = release.aliases().get(i);
                String field = "aliases[" + i + "]";
                String file = Addresses.aliasFile(alias);
                String folded = Addresses.folded(file);
                if (planned.contains(folded) && !releasePages.contains(folded)) {
                    problems.add(new Problem(release.file(), release.lines().of(field), field, "alamat lama \"" + alias
                            + "\" adalah halaman situs ini; alamat lama tidak boleh menimpanya, hapus baris ini"));
                }
                // a folder of its page that is a file the bake writes (berita/2023/x/x.pdf/lama.html)
                for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                    String folder = file.substring(0, slash);
                    if (planned.contains(Addresses.folded(folder))) {
                        problems.add(new Problem(release.file(), release.lines().of(field), field, "alamat lama \"" + alias
                                + "\" berada di dalam berkas situs " + folder + "; hapus baris ini"));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    public static void write(Catalog catalog, PageWriter writer) throws PageException {
        for (Release release : catalog.online()) {
            Map<String, Object> target = Map.of("title", release.title(), "url", release.permalink());
            for (String alias : release.aliases()) {
                writer.write("alias", "/" + Addresses.aliasFile(alias), release.title(), release.summary(), Map.of("release", target));
            }
        }
    }
}
