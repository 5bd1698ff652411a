package org.warta.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (npm, run inside the page in a real Chromium) on every page kind, on a phone and on a desktop, in
 * light and in dark mode: no violation of the WCAG 2.0/2.1 level A and AA rules.
 */
class AccessibilityIT {

    @Test
    void everyPageKindPassesTheWcagAAndAaRulesOnPhoneAndDesktopInLightAndDarkMode() throws Exception {
        List<String> violations = new ArrayList<>();
        violations.addAll(check(390, "light"));
        violations.addAll(check(390, "dark"));
        violations.addAll(check(1280, "light"));
        violations.addAll(check(1280, "dark"));
        assertEquals("", String.join("\n", violations));
    }

    @Test
    void axeFindsAViolationWhenThereIsOne() throws Exception {
        ChromeDriver browser = Browser.open(390, 900);
        try {
            browser.get(SampleSite.get().url("/aksesibilitas/"));
            browser.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<p style=\"color:#bbb;background:#fff\">teks pucat</p><img src=\"/favicon.svg\">');");
            JsonNode result = axe(browser);
            List<String> ids = new ArrayList<>();
            result.get("violations").forEach(v -> ids.add(v.get("id").asText()));
            assertTrue(ids.containsAll(List.of("color-contrast", "image-alt")), ids.toString());
        } finally {
            browser.quit();
        }
    }

    private static List<String> check(int width, String scheme) throws Exception {
        SampleSite site = SampleSite.get();
        List<String> found = new ArrayList<>();
        ChromeDriver browser = Browser.open(width, 900);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : SampleSite.PAGE_KINDS) {
                site.open(browser, page);
                assertEquals(scheme.equals("dark"), browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
                JsonNode result = axe(browser);
                assertTrue(result.path("rules").asInt() > 20, page + ": axe ran " + result);
                for (JsonNode v : result.get("violations")) {
                    found.add(width + " px " + scheme + " " + page + ": " + v.get("id").asText() + " (" + v.get("help").asText() + ") " + v.get("nodes"));
                }
            }
        } finally {
            browser.quit();
        }
        return found;
    }

    private static JsonNode axe(ChromeDriver browser) throws Exception {
        browser.executeScript(TestTools.axeScript());
        String json = (String) browser.executeAsyncScript(Browser.RUN_AXE);
        JsonNode result = new ObjectMapper().readTree(json);
        if (result.has("error")) throw new AssertionError("axe-core failed: " + result.get("error").asText());
        return result;
    }
}
