package org.warta.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.search.Terms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real Chromium on the sample site: typing, each filter, a shared URL, a typo, a phrase,
 * "more", the keyboard, and the page without JavaScript. Expected results are read from the pages themselves.
 */
class SearchIT {
    static SampleSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void open() {
        site = SampleSite.get();
        browser = Browser.open(390, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Types into the search box of a fresh /cari/ and waits for the answer to that text. */
    private static void type(String query) {
        browser.get(site.url("/cari/"));
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(query);
        waiting().until(d -> d.getCurrentUrl().contains("q=") && !status().isEmpty());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String status() {
        return browser.findElement(By.id("cari-status")).getText();
    }

    /** The paths of the results on screen, read in one step (the list may be redrawn at any time). */
    @SuppressWarnings("unchecked")
    private static List<String> results() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#cari-hasil .card__title a'), a => a.pathname);");
    }

    /** The folded text that the index reads on a release page. */
    private static String indexedText(String path) throws Exception {
        Element body = Jsoup.parse(Files.readString(site.project.out(path + "index.html"), StandardCharsets.UTF_8)).selectFirst("[data-search-body]");
        body.select("[data-search-ignore], script").remove();
        return String.join(" ", Terms.words(body.text()));
    }

    @Test
    void whatIsTypedBeforeTheIndexArrivesIsKept() throws Exception {
        // a slow phone network: the search's meta.json arrives just after the reader typed, before the search ran
        java.util.concurrent.CountDownLatch meta = new java.util.concurrent.CountDownLatch(1);
        try (StaticServer slow = new StaticServer(site.project.output, Map.of("/cari/indeks/meta.json", meta))) {
            browser.get(slow.origin() + "/cari/");
            browser.findElement(By.id("q")).sendKeys("pengawasan");
            meta.countDown();
            waiting().until(d -> d.getCurrentUrl().contains("q=") && !status().isEmpty() && !status().startsWith("Tulis"));
            assertEquals("pengawasan", browser.findElement(By.id("q")).getAttribute("value"), "the typed word stays in the box");
            assertTrue(results().contains("/berita/2024/rakor-pengawasan-koperasi-sulsel/"), results().toString());
        }
    }

    @Test
    void typingShowsMatchingReleasesWithTheWordsMarkedAndTheUrlFollows() throws Exception {
        type("pengawasan koperasi");
        List<String> found = results();
        assertTrue(found.contains("/berita/2024/rakor-pengawasan-koperasi-sulsel/"), found.toString());
        assertTrue(status().startsWith(found.size() + " rilis ditemukan"), status());
        for (String path : found) {
            String text = indexedText(path);
            assertTrue(text.contains("awas") && text.contains("koperasi"), path + " has both words (any form)");
        }
        List<String> marked = browser.findElements(By.cssSelector("#cari-hasil mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.equalsIgnoreCase("pengawasan") || m.equalsIgnoreCase("pengawas")), marked.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/cari/?q=pengawasan+koperasi"), browser.getCurrentUrl());
        assertEquals("status", browser.findElement(By.id("cari-status")).getAttribute("role"), "announced to screen readers");
    }

    @Test
    void eachFilterNarrowsTheResultsAndShowsItsCounts() throws Exception {
        type("koperasi");
        int all = results().size() + (browser.findElement(By.id("cari-lagi")).isDisplayed() ? 1 : 0);
        browser.findElement(By.cssSelector("#cari-saring summary")).click();
        Select province = new Select(browser.findElement(By.id("provinsi")));
        waiting().withMessage("opening the filters shows the counts")
                .until(d -> province.getOptions().stream().anyMatch(o -> o.getText().startsWith("Jambi (")));
        String option = province.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith("Jambi (")).findFirst().orElseThrow();
        int expected = Integer.parseInt(option.replaceAll("\\D", ""));
        province.selectByValue("Jambi");
        waiting().until(d -> results().size() == expected);
        for (String path : results()) assertTrue(path.contains("jambi"), path);
        assertTrue(browser.getCurrentUrl().contains("provinsi=Jambi"), browser.getCurrentUrl());
        assertTrue(expected < all);

        province.selectByValue("");
        new Select(browser.findElement(By.id("bagian"))).selectByValue("Publikasi");
        waiting().until(d -> !results().isEmpty() && results().stream().allMatch(p -> p.startsWith("/publikasi/")));

        new Select(browser.findElement(By.id("bagian"))).selectByValue("");
        waiting().until(d -> results().stream().anyMatch(p -> !p.startsWith("/publikasi/")));
        Select topic = new Select(browser.findElement(By.id("topik")));
        int withTopic = Integer.parseInt(topic.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.startsWith("perencanaan (")).findFirst().orElseThrow().replaceAll("\\D", ""));
        topic.selectByValue("perencanaan");
        waiting().until(d -> results().size() == withTopic);
        for (String path : results()) {
            assertTrue(Files.readString(site.project.out(path + "index.html")).contains("href=\"/topik/perencanaan/\""), path);
        }
        assertTrue(withTopic >= 2, "the sample has several releases on perencanaan: " + withTopic);

        new Select(browser.findElement(By.id("topik"))).selectByValue("");
        browser.findElement(By.id("dari")).sendKeys("2019");
        browser.findElement(By.id("sampai")).sendKeys("2022");
        waiting().withMessage(() -> browser.getCurrentUrl() + " " + status() + " " + results())
                .until(d -> !results().isEmpty() && results().stream().allMatch(p -> p.matches("/\\w+/(2019|2020|2021|2022)/.*")));
        assertTrue(browser.getCurrentUrl().contains("dari=2019") && browser.getCurrentUrl().contains("sampai=2022"));
    }

    @Test
    void aSharedUrlShowsItsSearch() {
        site.open(browser, "/cari/?q=koperasi&provinsi=Sulawesi+Tenggara&urut=tanggal");
        assertEquals("koperasi", browser.findElement(By.id("q")).getAttribute("value"));
        assertEquals("Sulawesi Tenggara", new Select(browser.findElement(By.id("provinsi"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of("/berita/2023/rakorda-sultra-2023/"), results());
        assertTrue(browser.findElement(By.id("cari-saring")).getAttribute("open") != null, "a search with filters shows them");
    }

    @Test
    void aTypoOfOneLetterStillFindsTheWord() {
        type("pengawasn");
        List<String> typo = results();
        type("pengawasan");
        assertEquals(results(), typo);
        assertFalse(typo.isEmpty());
    }

    @Test
    void aPhraseInQuotesNeedsItsWordsTogether() throws Exception {
        type("\"rapat koordinasi\"");
        List<String> phrase = results();
        assertFalse(phrase.isEmpty());
        for (String path : phrase) assertTrue(indexedText(path).contains("rapat koordinasi"), path);
        type("\"koordinasi rapat\"");
        assertTrue(results().size() < phrase.size(), "the reversed phrase finds fewer: " + results());
    }

    @Test
    void moreShowsTheNextResultsAndWithdrawnOnesAreMarkedWhenAsked() {
        site.open(browser, "/cari/?q=koperasi");
        assertEquals(10, results().size());
        browser.findElement(By.id("cari-lagi")).click();
        waiting().until(d -> results().size() > 10);
        assertFalse(results().contains(SampleSite.WITHDRAWN), "withdrawn releases are left out unless asked for");
        assertTrue(status().contains("1 rilis yang ditarik tidak ditampilkan"), status());
        site.open(browser, "/cari/?q=sosialisasi+ditarik&ditarik=1");
        assertTrue(results().contains(SampleSite.WITHDRAWN), results().toString());
        assertTrue(browser.findElement(By.cssSelector("#cari-hasil .tag--withdrawn")).getText().equals("Ditarik"));
    }

    @Test
    void theKeyboardAloneReachesTheResults() {
        type("koperasi");
        // Each typed letter's search may still redraw the list: tab in once it has stopped changing.
        List<String> before = new java.util.ArrayList<>();
        waiting().until(d -> {
            List<String> now = results();
            boolean settled = !now.isEmpty() && now.equals(before);
            before.clear();
            before.addAll(now);
            if (!settled) sleepQuietly(400);
            return settled;
        });
        WebElement box = browser.findElement(By.id("q"));
        box.click();
        // The focused element's tag in one script call: a reference to it may go stale while results render.
        for (int i = 0; i < 6 && !"A".equals(browser.executeScript("return document.activeElement.tagName")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        WebElement first = browser.findElement(By.cssSelector("#cari-hasil .card__title a"));
        assertEquals(first, browser.switchTo().activeElement(), "Tab from the box reaches the first result");
        // Leaving the box must not start a search whose redraw takes the focused link away (it did: the box's
        // change event on blur re-ran the query). Longer than the debounce and a local fetch.
        String href = first.getAttribute("href");
        sleepQuietly(800);
        assertEquals(href,
                browser.executeScript("return document.activeElement.href || document.activeElement.tagName"),
                "the first result keeps the focus after the box is left");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> !d.getCurrentUrl().contains("/cari/"));
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndOffersTheLists() {
        ChromeDriver plain = Browser.open(390, 900);
        try {
            plain.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            plain.get(site.url("/cari/?q=koperasi"));
            WebElement note = plain.findElement(By.id("cari-tanpa-js"));
            assertTrue(note.isDisplayed() && note.getText().startsWith("Pencarian di halaman ini membutuhkan JavaScript"));
            assertEquals(List.of("/arsip/", "/wilayah/", "/topik/", "/narasumber/"),
                    note.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("pathname")).toList());
            assertFalse(plain.findElement(By.id("cari-saring")).isDisplayed(), "no filters that cannot work");
        } finally {
            plain.quit();
        }
    }
}
