package org.warta.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warta.jbake.FixtureProject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page kind at 320, 390, 768 and 1280 CSS pixels wide in a real Chromium: nothing wider than the window
 * (no sideways scrolling), no text drawn over other text or over a control, and every touch target at least
 * 44 by 44 px except links inside a sentence. The checks are {@code browser/layout-problems.js}.
 */
class LayoutIT {
    private static final int[] WIDTHS = {320, 390, 768, 1280};

    static String script(String name) {
        try (InputStream in = LayoutIT.class.getResourceAsStream("/browser/" + name)) {
            if (in == null) throw new IllegalStateException("test resource browser/" + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPageKindFitsTheWindowWithoutOverlapsAndWithLargeTouchTargets() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) problems.addAll(problems(width, width + " px", ""));
        assertEquals("", String.join("\n", problems));
    }

    /** WCAG 1.4.4: text at twice its size on a desktop window still fits, without overlaps (the statement promises it). */
    @Test
    void textAtTwiceItsSizeStillFits() {
        List<String> problems = problems(1280, "text 200%", "document.documentElement.style.fontSize = '200%'");
        problems.removeIf(p -> p.contains(": touch target"));
        assertEquals("", String.join("\n", problems));
    }

    /** {@code layout-problems.js} on every page kind at {@code width}, after running {@code setup} on each page. */
    private static List<String> problems(int width, String label, String setup) {
        SampleSite site = SampleSite.get();
        return problems(SampleSite.PAGE_KINDS, site::open, width, label, setup);
    }

    /**
     * {@code layout-problems.js} on each of {@code pages}, opened by {@code open}, at {@code width}, after running
     * {@code setup} on each page; each problem is prefixed with {@code label} and the page.
     */
    static List<String> problems(List<String> pages, BiConsumer<ChromeDriver, String> open, int width, String label,
                                 String setup) {
        String check = script("layout-problems.js");
        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Browser.open(width, 900);
        try {
            for (String page : pages) {
                open.accept(browser, page);
                assertEquals(width, ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue(),
                        "the viewport is " + width + " px wide on " + page);
                if (!setup.isEmpty()) browser.executeScript(setup);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(check);
                found.forEach(p -> problems.add(label + " " + page + ": " + p));
            }
        } finally {
            browser.quit();
        }
        return problems;
    }

    /** Every page but search reads the same without JavaScript (the statement promises it); the copy buttons need it. */
    @Test
    void everyPageKindReadsTheSameWithoutJavaScript() {
        SampleSite site = SampleSite.get();
        String text = "const main = document.querySelector('main').cloneNode(true);"
                + "main.querySelectorAll('.press__copy, [data-copy-status]').forEach(e => e.remove()); return main.innerText;";
        ChromeDriver withScripts = Browser.open(390, 900);
        ChromeDriver without = Browser.open(390, 900);
        try {
            without.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
            for (String page : SampleSite.PAGE_KINDS) {
                if (page.startsWith("/cari/")) continue; // search needs JavaScript: SearchIT checks what it says without
                withScripts.get(site.url(page));
                without.get(site.url(page));
                assertEquals(withScripts.executeScript(text), without.executeScript(text), page);
            }
            without.get(site.url(FixtureProject.FULL_RELEASE));
            assertEquals(Boolean.FALSE, without.executeScript("return document.querySelector('.press__copy').checkVisibility()"),
                    "without JavaScript the copy buttons stay hidden");
        } finally {
            withScripts.quit();
            without.quit();
        }
    }

    @Test
    void theChecksSeeAWideElementAnOverlapAndASmallTarget() {
        SampleSite site = SampleSite.get();
        ChromeDriver browser = Browser.open(390, 900);
        try {
            browser.get(site.url("/aksesibilitas/"));
            browser.executeScript("const h = document.querySelector('main h1');"
                    + "const wide = document.createElement('div'); wide.style.width = '600px'; wide.textContent = 'lebar'; document.querySelector('main').append(wide);"
                    + "const over = document.createElement('span'); over.textContent = 'tumpang'; over.style.cssText = 'position:absolute;left:' + (h.getBoundingClientRect().left + 4) + 'px;top:' + (h.getBoundingClientRect().top + scrollY + 4) + 'px';"
                    + "document.body.append(over);"
                    + "const row = document.createElement('p'); row.innerHTML = '<a href=\\'/\\'>satu</a> · <a href=\\'/\\'>x</a>'; document.querySelector('main').append(row);");
            browser.executeScript("const p = document.createElement('p'); p.innerHTML = 'Baca <a href=\\'/\\'>di sini</a> sebelum rapat.';"
                    + "document.querySelector('main').append(p);");
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.executeScript(script("layout-problems.js"));
            String all = String.join("\n", found);
            assertTrue(all.contains("wider than the window: 616 > 390 because of div \"lebar\""), all);
            assertTrue(all.contains("overlap: h1 \"Pernyataan aksesibilitas\" / span \"tumpang\""), all);
            assertTrue(all.contains("touch target 10 x 20 px: a \"x\""), all);
            assertFalse(all.contains("di sini"), "a link inside a sentence is exempt: " + all);
        } finally {
            browser.quit();
        }
    }
}
