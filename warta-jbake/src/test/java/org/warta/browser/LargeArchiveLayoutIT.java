package org.warta.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.content.Provinces;
import org.warta.jbake.FixtureProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages that grow with the archive, on an archive large enough to show it: releases from all 38 provinces
 * over 20 years, 30 topics, 25 speakers, and a province reporting a figure in thousands in 13 of the 19 years from its first report to its last. The
 * sample site has about ten provinces; a chart of 38 bars broke only here (its coordinates were written in
 * Indonesian number format, "1.448", and the chart collapsed onto its table). Same checks as {@link LayoutIT}.
 */
class LargeArchiveLayoutIT {
    private static final List<String> PAGES = List.of("/wilayah/", "/wilayah/bali/", "/arsip/", "/topik/",
            "/narasumber/", "/berita/");
    private static final int[] WIDTHS = {320, 390, 1280};

    @TempDir
    static Path dir;
    static FixtureProject project;
    static StaticServer server;

    @BeforeAll
    static void bake() throws Exception {
        project = new FixtureProject(dir);
        List<String> provinces = Provinces.ALL;
        for (int i = 0; i < provinces.size(); i++) {
            for (int j = 0; j <= i % 4; j++) {
                int year = 2006 + (i * 7 + j * 5) % 20;
                write(provinces.get(i), year, "rilis-" + i + "-" + j, "Rapat koordinasi " + provinces.get(i) + " ke-" + (j + 1),
                        1 + (i + j) % 12, i, j, null);
            }
        }
        // Bali reports its active cooperatives from 2006 to 2024 but not in a year divisible by 3 (2007, 2010, …)
        for (int year = 2006; year <= 2025; year++) {
            if (year % 3 == 0) continue;
            write("Bali", year, "angka-bali-" + year, "Laporan koperasi Bali " + year, 6, year, 0,
                    "figures:\n  - {label: Koperasi aktif, value: " + (500 + (year - 2006) * 611) + ", unit: unit, year: " + year + "}\n");
        }
        List<Throwable> errors = project.bake();
        assertEquals(List.of(), errors);
        server = new StaticServer(project.output);
        // what the layout is checked on
        assertEquals(38, Jsoup.parse(project.out("wilayah/index.html").toFile()).select(".chart--bars svg.chart__svg rect").size());
        assertEquals(6, Jsoup.parse(project.out("wilayah/bali/index.html").toFile()).select("line.chart__gap").size());
    }

    private static void write(String province, int year, String slug, String title, int month, int i, int j, String figures) {
        String topics = "topics: [topik " + (i % 30) + ", topik " + ((i + j + 7) % 30) + "]\n";
        String speakers = "speakers:\n  - {name: Narasumber " + ((i + j) % 25) + ", role: Kepala Bidang}\n";
        project.write("berita/" + year + "/" + slug + ".md", FixtureProject.release(title,
                String.format("%d-%02d-10", year, month),
                "province: " + province + "\n" + topics + speakers + (figures == null ? "" : figures),
                "Isi rilis " + title + "."));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void pagesThatGrowWithTheArchiveFitWithoutOverlapsAndWithLargeTouchTargets() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            problems.addAll(LayoutIT.problems(PAGES, (browser, page) -> browser.get(server.origin() + page), width,
                    width + " px", ""));
        }
        assertEquals("", String.join("\n", problems));
    }
}
