package org.warta.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a cold browser (empty cache) downloads for each page kind, counted from Chromium's own network events:
 * at most 50 KB before images, at most 15 KB of CSS, no script that blocks rendering, no request to another
 * host. Bytes are as sent by the test server, uncompressed (a host that compresses sends less).
 */
class PageWeightIT {
    static final int PAGE_LIMIT = 50 * 1024;
    static final int CSS_LIMIT = 15 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page load: bytes per resource type, every URL requested, and the scripts that block rendering. */
    record Load(Map<String, Long> bytesByType, List<String> urls, List<String> blockingScripts) {
        long bytesBeforeImages() {
            return bytesByType.entrySet().stream().filter(e -> !e.getKey().equals("Image")).mapToLong(Map.Entry::getValue).sum();
        }
    }

    @Test
    void everyPageKindIsLightAndStaysOnTheSite() throws Exception {
        SampleSite site = SampleSite.get();
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        ChromeDriver browser = Browser.open(390, 900, true);
        try {
            for (String page : SampleSite.PAGE_KINDS) {
                Load load = load(browser, site.url(page));
                table.append(String.format("%-48s %6d B before images %s%n", page, load.bytesBeforeImages(), load.bytesByType()));
                assertTrue(load.bytesByType().getOrDefault("Document", 0L) > 1000, page + ": the page itself was counted " + load);
                if (load.bytesBeforeImages() > PAGE_LIMIT) problems.add(page + ": " + load.bytesBeforeImages() + " B before images");
                if (load.bytesByType().getOrDefault("Stylesheet", 0L) > CSS_LIMIT) problems.add(page + ": CSS " + load.bytesByType().get("Stylesheet") + " B");
                load.urls().stream().filter(u -> !u.startsWith(site.server.origin() + "/") && !u.startsWith("data:"))
                        .forEach(u -> problems.add(page + ": leaves the site for " + u));
                load.blockingScripts().forEach(s -> problems.add(page + ": render-blocking script " + s));
            }
        } finally {
            browser.quit();
        }
        System.out.print(table);
        assertEquals("", String.join("\n", problems), table.toString());
    }

    @Test
    void theCountSeesAHeavyPageAnOffSiteRequestAndABlockingScript() throws Exception {
        SampleSite site = SampleSite.get();
        Path page = site.project.out("/uji-berat/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html lang=id><head><title>uji</title>"
                + "<script src=\"/js/salin.js\"></script><link rel=stylesheet href=\"http://192.0.2.1/gaya.css\"></head><body>"
                + "<p>" + "x".repeat(60_000) + "</p></body></html>");
        ChromeDriver browser = Browser.open(390, 900, true);
        try {
            Load load = load(browser, site.url("/uji-berat/"));
            assertTrue(load.bytesBeforeImages() > 60_000, load.toString());
            assertTrue(load.urls().contains("http://192.0.2.1/gaya.css"), load.toString());
            assertEquals(List.of(site.url("/js/salin.js")), load.blockingScripts());
        } finally {
            browser.quit();
            Files.delete(page);
        }
    }

    /** Loads {@code url} with an empty cache and reads what went over the network. */
    static Load load(ChromeDriver browser, String url) throws Exception {
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.manage().logs().get("performance");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        Thread.sleep(300); // deferred scripts and anything they fetch
        @SuppressWarnings("unchecked")
        List<String> blocking = (List<String>) browser.executeScript(
                "return [...document.scripts].filter(s => s.src ? !(s.defer || s.async || s.type === 'module')"
                + " : !/^application\\/(ld\\+)?json$/.test(s.type)).map(s => s.src || 'inline: ' + s.text.slice(0, 40))");
        Map<String, String> types = new HashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get("performance")) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    urls.add(params.path("request").path("url").asText());
                    types.put(params.path("requestId").asText(), params.path("type").asText("Other"));
                }
                case "Network.loadingFinished" -> bytes.merge(types.getOrDefault(params.path("requestId").asText(), "Other"),
                        params.path("encodedDataLength").asLong(), Long::sum);
                default -> { }
            }
        }
        return new Load(bytes, urls, blocking);
    }
}
