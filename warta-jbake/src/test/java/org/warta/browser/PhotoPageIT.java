package org.warta.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Chromium really downloads for a release with photos (issue 17): on a phone (390 px, twice the density)
 * the 800-pixel WebP of the lead photo, never a full-size file; gallery photos at the width of their column; on a
 * desktop the 800-pixel file for the 42rem column. Counted from Chromium's own network events.
 */
class PhotoPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A release of the sample with a 4000 × 3000 phone JPEG as its lead photo. */
    static final String LEAD = "/berita/2024/rakor-pengawasan-koperasi-sulsel/";
    /** A release of the sample with a gallery of three photos below its text. */
    static final String GALLERY = "/berita/2025/rakor-koperasi-desa-aceh/";

    /** Bytes received per URL, in request order. */
    static Map<String, Long> load(ChromeDriver browser, String url, int width, int height, int density) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", density, "mobile", width < 768));
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.manage().logs().get("performance");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        Thread.sleep(500);
        Map<String, String> urls = new HashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (LogEntry entry : browser.manage().logs().get("performance")) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String requested = params.path("request").path("url").asText();
                    urls.put(params.path("requestId").asText(), requested);
                    bytes.putIfAbsent(requested, 0L);
                }
                case "Network.loadingFinished" -> {
                    String requested = urls.get(params.path("requestId").asText());
                    if (requested != null) bytes.merge(requested, params.path("encodedDataLength").asLong(), Long::sum);
                }
                default -> { }
            }
        }
        return bytes;
    }

    static List<String> photos(Map<String, Long> load) {
        return new ArrayList<>(load.keySet().stream().filter(u -> u.contains("/foto/")).toList());
    }

    @Test
    void aPhoneGetsTheSmallRenditionNeverTheOriginal() throws Exception {
        SampleSite site = SampleSite.get();
        ChromeDriver browser = Browser.open(390, 844, true);
        try {
            Map<String, Long> phone = load(browser, site.url(LEAD), 390, 844, 2);
            List<String> photos = photos(phone);
            assertEquals(1, photos.size(), "only the lead photo on first view: " + photos);
            String lead = photos.get(0);
            assertTrue(lead.endsWith("-800.webp"), "390 px × 2: the 800-pixel WebP, not " + lead);
            assertTrue(phone.get(lead) < 120_000, "lead photo " + phone.get(lead) + " B");
            long total = phone.values().stream().mapToLong(Long::longValue).sum();
            assertTrue(total < 200_000, "the whole first view " + total + " B: " + phone);
            assertFalse(phone.keySet().stream().anyMatch(u -> u.matches(".*/foto/[0-9a-f]{20}/[a-z0-9-]+-foto\\.jpg")),
                    "the full-size original is not loaded: " + phone.keySet());
            System.out.printf("%s at 390 px, DPR 2: %d B in all, lead photo %d B (%s)%n", LEAD, total, phone.get(lead), lead);

            Map<String, Long> desktop = load(browser, site.url(LEAD), 1280, 900, 1);
            List<String> wide = photos(desktop);
            assertEquals(1, wide.size(), wide.toString());
            assertTrue(wide.get(0).endsWith("-800.webp"), "42rem column at 1280 px: " + wide.get(0));
        } finally {
            browser.quit();
        }
    }

    @Test
    void galleryPhotosComeAtTheWidthTheyAreShownAndAsWebp() throws Exception {
        SampleSite site = SampleSite.get();
        ChromeDriver browser = Browser.open(390, 844, true);
        try {
            // lazy images near the fold are fetched early by Chromium's own rule (1250-2500 px): what matters is
            // that none is larger than its place needs and none is a full-size file
            Map<String, Long> first = load(browser, site.url(GALLERY), 390, 844, 2);
            for (String photo : photos(first)) assertTrue(photo.matches(".*-(480|800)\\.webp"), photo);
            browser.executeScript("document.querySelector('.gallery').scrollIntoView()");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) browser.executeScript(
                    "return [...document.querySelectorAll('.gallery img')].every(i => i.complete && i.naturalWidth > 0)"));
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.executeScript("return [...document.querySelectorAll('.gallery img')].map(i => i.currentSrc)");
            assertEquals(3, shown.size());
            for (String src : shown) assertTrue(src.matches(".*/foto/[0-9a-f]{20}/.*-(480|800)\\.webp"), "WebP at the gallery's width: " + src);
        } finally {
            browser.quit();
        }
    }
}
