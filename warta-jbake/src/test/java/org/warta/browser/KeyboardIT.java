package org.warta.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyboard alone, in a real Chromium: Tab walks from the skip link through the header, the search box and the
 * menu into the list, in reading order, and every stop shows a focus indicator that is really drawn (the
 * element and its surroundings look different focused and unfocused) and is inside the window. Below 62em the
 * menu is folded under "Menu" (a details element): Tab stops on it, and Enter opens it.
 */
class KeyboardIT {
    private static final String PAGE = "/berita/";
    /** Below this width (62em) the menu is folded under "Menu". */
    private static final int MENU_ROW = 992;

    @Test
    void tabReachesHeaderSearchMenuAndListWithAVisibleFocusAtEveryStep() {
        for (int width : new int[]{390, 1280}) {
            ChromeDriver browser = Browser.open(width, 800);
            try {
                walk(browser, width);
            } finally {
                browser.quit();
            }
        }
    }

    private static void walk(ChromeDriver browser, int width) {
        browser.get(SampleSite.get().url(PAGE));
        List<WebElement> stops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<byte[]> focused = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            String name = (String) browser.executeScript("const e = arguments[0];"
                    + "return (e.closest('main') ? 'main ' : '') + e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ')[0] : '')"
                    + " + ' ' + (e.textContent.trim() || e.id).replace(/\\s+/g, ' ').slice(0, 30)", active);
            String where = width + " px, stop " + (i + 1) + " (" + name + ")";
            assertEquals(true, browser.executeScript("const e = arguments[0]; const s = getComputedStyle(e);"
                    + "return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;", active),
                    where + ": a focus outline of at least 2 px");
            assertEquals(true, browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + "return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;", active),
                    where + ": inside the window");
            stops.add(active);
            names.add(name);
            // two frames after the focus moved, so that the picture is of a frame drawn with it (on a loaded machine
            // the capture once came before the frame and the ring was missing from it)
            Browser.nextFrames(browser);
            focused.add(Browser.picture(browser, active));
        }
        String order = String.join(" | ", names);
        assertTrue(names.get(0).startsWith("a.skip-link Langsung ke isi"), order);
        assertTrue(names.get(1).startsWith("a.brand"), order);
        assertTrue(names.get(2).startsWith("input q-kepala"), order);
        assertTrue(names.get(3).startsWith("button Cari"), order);
        List<String> menu = List.of("Beranda", "Berita", "Pengumuman", "Publikasi", "Agenda", "Arsip", "Wilayah", "Topik", "Narasumber");
        if (width < MENU_ROW) {
            assertEquals("summary Menu", names.get(4), order);
            assertTrue(names.get(5).startsWith("main "), "the folded menu's links are skipped: " + order);
        } else {
            for (int i = 0; i < menu.size(); i++) assertEquals("a " + menu.get(i), names.get(4 + i), order);
        }
        assertTrue(names.stream().filter(n -> n.startsWith("main a")).count() >= 8, "into the list: " + order);

        browser.executeScript("document.activeElement.blur()");
        Browser.nextFrames(browser);
        for (int i = 0; i < stops.size(); i++) {
            byte[] unfocused = Browser.picture(browser, stops.get(i));
            if (Arrays.equals(focused.get(i), unfocused)) {
                // Twice in full verifies (never alone, nor under CPU load) the picture taken as the Tab reached the
                // 9th stop at 1280 px had no ring; so a stop whose pictures agree is focused again from the keyboard's
                // side (focus-visible) and looked at once more: a ring that is not drawn still fails here.
                browser.executeScript("arguments[0].focus({focusVisible: true})", stops.get(i));
                Browser.nextFrames(browser);
                byte[] again = Browser.picture(browser, stops.get(i));
                browser.executeScript("document.activeElement.blur()");
                Browser.nextFrames(browser);
                assertFalse(Arrays.equals(again, Browser.picture(browser, stops.get(i))), width + " px: the focus of " + names.get(i) + " is drawn");
            }
        }

        browser.get(SampleSite.get().url(PAGE));
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertEquals("isi", browser.switchTo().activeElement().getAttribute("id"), "the skip link moves the focus to the content");

        if (width < MENU_ROW) {
            browser.get(SampleSite.get().url(PAGE));
            Actions keys = new Actions(browser);
            for (int i = 0; i < 5; i++) keys.sendKeys(Keys.TAB);
            keys.sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
            assertEquals("Beranda", browser.switchTo().activeElement().getText(), width + " px: Enter on \"Menu\" opens the menu");
        }
    }
}
