package org.warta.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warta.render.FixtureProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page kind at 320, 390, 768 and 1280 CSS pixels wide in a real Chromium: nothing wider than the
 * window, so no reader has to scroll sideways. (Part of the layout checks; overlap and touch targets are to come.)
 */
class LayoutIT {
    private static final int[] WIDTHS = {320, 390, 768, 1280};
    private static final List<String> PAGES = List.of("/", FixtureProject.FULL_RELEASE, "/berita/", "/arsip/",
            "/arsip/2023/", "/wilayah/", "/wilayah/sulawesi-tenggara/", "/topik/", "/narasumber/", "/agenda/", "/cari/",
            "/aksesibilitas/", "/404.html");

    @TempDir
    static Path dir;
    static StaticServer server;

    @BeforeAll
    static void bakeAndServe() throws Exception {
        FixtureProject site = new FixtureProject(dir).writeFullRelease();
        assertEquals(List.of(), site.bake());
        server = new StaticServer(site.output);
    }

    @AfterAll
    static void close() {
        if (server != null) server.close();
    }

    @Test
    void noPageIsWiderThanTheWindow() {
        List<String> wide = new ArrayList<>();
        for (int width : WIDTHS) {
            ChromeDriver browser = Browser.open(width, 900);
            try {
                for (String page : PAGES) {
                    browser.get(server.origin() + page);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> sizes = (Map<String, Object>) browser.executeScript(
                            "const d = document.documentElement;"
                            + "const culprit = [...document.body.querySelectorAll('*')].find(e => e.getBoundingClientRect().right > d.clientWidth + 1);"
                            + "return {scroll: d.scrollWidth, client: d.clientWidth, culprit: culprit ? culprit.outerHTML.slice(0, 120) : ''};");
                    long scroll = (Long) sizes.get("scroll");
                    long client = (Long) sizes.get("client");
                    assertEquals(width, client, "the viewport is " + width + " px wide on " + page);
                    if (scroll > client) wide.add(width + " px " + page + ": " + scroll + " > " + client + " " + sizes.get("culprit"));
                }
            } finally {
                browser.quit();
            }
        }
        assertEquals(List.of(), wide);
    }
}
