package org.warta.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.browser.Browser;
import org.warta.browser.TestTools;
import org.warta.jbake.FixtureProject;
import org.warta.preview.Preview;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor at {@code /_tulis/} as a new staff member uses it, in a real Chromium with keyboard and mouse, on a
 * live preview of a copy of the project's sample content: a new release from "Rilis baru" to a published page with
 * a phone photo, a correction and a withdrawal; live messages while typing; a save without changes that changes no
 * byte; axe-core on every editor page at phone and desktop width; Tab with a visible focus; and the screenshots of
 * the editor for the docs.
 *
 * <p>The tests run in order and share the preview and the release written by the first.</p>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorIT {
    private static final String TITLE = "Pelatihan Pembukuan Digital Koperasi Nelayan Kendari";
    private static final String SLUG = "pelatihan-pembukuan-digital-koperasi-nelayan-kendari";
    /** A day of 2026 before the day this test was written: the release is published at once, not scheduled. */
    private static final LocalDate DATE = LocalDate.of(2026, 3, 10);
    private static final String FILE = "berita/2026/" + SLUG + ".md";
    private static final String PAGE = "berita/2026/" + SLUG + "/";
    private static final String PHONE_PHOTO = "ponsel-orientasi-6.jpg";
    private static final String SUMMARY = "Dinas Koperasi dan UKM Sulawesi Tenggara melatih 40 pengurus koperasi nelayan "
            + "di Kendari mencatat pembukuan dengan aplikasi digital.";
    /** A sample release with every kind of field: its form is the one checked by axe, by keyboard and photographed. */
    private static final String SAMPLE = "berita/2023/rakorda-sultra-2023.md";

    @TempDir
    static Path dir;
    static FixtureProject project;
    static Preview preview;
    static Thread running;
    static ChromeDriver browser;
    /** The sample's release files (names under content/), as they were before the tests. */
    static List<String> sampleReleases;
    /** Today in the site's time zone: the date of a correction. */
    static LocalDate today;

    @BeforeAll
    static void start() throws IOException {
        Path sample = Path.of(System.getProperty("warta.project", ".."));
        project = new FixtureProject(dir.resolve("proyek")).copy(sample.resolve("content"), "content");
        Path content = project.dir.resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            sampleReleases = walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> content.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        today = LocalDate.now(Editor.siteZone(project.dir));
        assertFalse(DATE.isAfter(today), "the new release's date is not in the future");
        preview = new Preview(project.dir, dir.resolve("pratinjau"), 0);
        running = new Thread(preview::run, "preview-under-test");
        running.start();
        browser = Browser.open(1280, 900);
        browser.get(preview.address());
        waitFor(() -> browser.getTitle().contains("Warta"), "the first bake is served");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (running != null) {
            running.interrupt();
            running.join(30_000);
        }
        if (preview != null) preview.close();
    }

    // ---- the story of one release

    /** "Rilis baru" on the list leads to a page whose four answers write a draft and open it in the form. */
    @Test
    @Order(1)
    void aNewReleaseIsWrittenAsADraftAndOpenedInTheForm() throws Exception {
        browser.get(url("_tulis/"));
        assertEquals("Semua rilis", text("h1"));
        browser.findElement(By.cssSelector("main")).findElement(By.linkText("Rilis baru")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/_tulis/baru"), "the new release page");

        browser.findElement(By.id("f-judul")).sendKeys(TITLE);
        typeDate(browser.findElement(By.id("f-tanggal")), DATE);
        new Select(browser.findElement(By.id("f-bagian"))).selectByVisibleText("berita");
        new Select(browser.findElement(By.id("f-provinsi"))).selectByVisibleText("Sulawesi Tenggara");
        WebElement form = browser.findElement(By.id("formulir-baru"));
        button("Buat draf").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));

        assertTrue(browser.getCurrentUrl().contains("/_tulis/sunting?berkas=" + URLEncoder.encode(FILE, StandardCharsets.UTF_8)),
                () -> "lands on the new release's form, not on " + browser.getCurrentUrl() + ", which says: " + pageText());
        assertTrue(text(".kabar").startsWith("Draf dibuat."), text(".kabar"));
        assertEquals(TITLE, browser.findElement(By.id("f-title")).getAttribute("value"));
        String written = release();
        assertTrue(written.contains("\nstatus: draft\n"), written);
        assertTrue(written.contains("\ndate: " + DATE + " "), written);
        assertTrue(written.contains("\nprovince: Sulawesi Tenggara\n"), written);
    }

    /** Typing in the form asks the bake's reader: its message appears beside the field and goes once fixed. */
    @Test
    @Order(2)
    void aLiveCheckShowsTheBakesMessageBesideTheFieldWhileTyping() {
        openForm(FILE);
        WebElement summary = browser.findElement(By.id("f-summary"));
        summary.sendKeys("Pelatihan pembukuan.");  // 20 characters
        WebElement message = browser.findElement(By.id("g-summary"));
        waitFor(message::isDisplayed, "a message for summary");
        String said = message.getText();
        assertTrue(said.contains("terlalu pendek (20 karakter)") && said.contains("50–400 karakter"), said);
        assertEquals("true", summary.getAttribute("aria-invalid"));
        assertTrue(text("#masalah").contains("summary"), "the summary at the top names it too: " + text("#masalah"));

        clear(summary);
        summary.sendKeys(SUMMARY);
        waitFor(() -> !message.isDisplayed(), "the message goes once the summary is long enough");
        assertEquals("", message.getText());
        assertNull(summary.getAttribute("aria-invalid"));
    }

    /**
     * The phone photo uploaded from the form lands beside the release and fills its name; publishing without alt
     * text is refused with the bake's message next to the alt field and nothing written; with it, the file loses its
     * status line and nothing else the scaffold wrote, and the preview serves the page with the picture.
     */
    @Test
    @Order(3)
    void aReleaseWithAPhonePhotoIsPublishedOnlyWithAltText() throws Exception {
        openForm(FILE);
        browser.findElement(By.id("f-summary")).sendKeys(SUMMARY);
        browser.findElement(By.id("f-isi")).sendKeys("Pelatihan berlangsung dua hari di aula dinas.", Keys.ENTER, Keys.ENTER,
                "Peserta mempraktikkan pencatatan kas harian dengan ponsel masing-masing.");

        Path photo = fixture("foto/" + PHONE_PHOTO);
        browser.findElement(By.id("unggah-utama")).sendKeys(photo.toString());
        WebElement src = browser.findElement(By.id("f-image-src"));
        waitFor(() -> !src.getAttribute("value").isEmpty(), "the photo's name is filled in");
        String stored = src.getAttribute("value");
        assertEquals(SLUG + "-ponsel-orientasi-6.jpg", stored);
        assertArrayEquals(Files.readAllBytes(photo), Files.readAllBytes(content("berita/2026/" + stored)),
                "the photo is stored beside the release as it was sent");
        assertTrue(text("#k-image .hasil-unggah").contains(stored), text("#k-image .hasil-unggah"));

        submit("terbitkan", "Terbitkan");
        assertTrue(text(".kabar").startsWith("Tidak disimpan"), text(".kabar"));
        WebElement altMessage = browser.findElement(By.id("g-image-alt"));
        assertTrue(altMessage.isDisplayed() && !altMessage.getText().isBlank(), "the image.alt message beside its field");
        assertTrue(text("#masalah").contains("image.alt"), text("#masalah"));
        assertEquals("true", browser.findElement(By.id("f-image-alt")).getAttribute("aria-invalid"));
        assertTrue(release().contains("\nstatus: draft\n"), "not published");
        assertFalse(release().contains("\nimage:"), "nothing written");
        assertEquals(stored, browser.findElement(By.id("f-image-src")).getAttribute("value"), "what was typed is kept");

        browser.findElement(By.id("f-image-alt")).sendKeys("Pengurus koperasi nelayan mencatat kas harian di ponsel");
        browser.findElement(By.id("f-image-caption")).sendKeys("Peserta pelatihan di aula Dinas Koperasi dan UKM.");
        browser.findElement(By.id("f-image-credit")).sendKeys("Humas Dinas Koperasi dan UKM");
        submit("terbitkan", "Terbitkan");
        assertTrue(browser.getCurrentUrl().endsWith("kabar=terbitkan"), browser.getCurrentUrl());
        assertTrue(text(".kabar").startsWith("Diterbitkan"), text(".kabar"));

        String published = release();
        assertFalse(Pattern.compile("^status:", Pattern.MULTILINE).matcher(published).find(), published);
        assertTrue(published.contains("# Rilis baru. Isian wajib: title, date, summary."), "the scaffold's comments stay: " + published);
        assertTrue(published.contains("# speakers:"), "the hints of unused fields stay: " + published);
        assertTrue(Pattern.compile("^image:\\n  src: " + Pattern.quote(stored) + "\\n  alt: Pengurus koperasi nelayan", Pattern.MULTILINE)
                .matcher(published).find(), published);
        assertTrue(published.contains("Peserta mempraktikkan pencatatan kas harian"), published);

        waitFor(() -> {
            String page = get(PAGE).body();
            return page.contains(TITLE) && page.contains("<picture>") && !page.contains("notice--draft");
        }, "the preview serves the published page with its picture");
    }

    /** "Simpan koreksi" adds a dated change and {@code updated}; "Tarik rilis" a second change and the withdrawal. */
    @Test
    @Order(4)
    void aCorrectionThenAWithdrawalAreWrittenAndShown() throws Exception {
        openForm(FILE);
        String note = "Jumlah peserta diperbaiki dari 40 menjadi 38.";
        openCorrection();
        browser.findElement(By.id("f-catatan")).sendKeys(note);
        submit("koreksi", "Simpan koreksi");
        assertTrue(browser.getCurrentUrl().endsWith("kabar=koreksi"), browser.getCurrentUrl() + " " + text("main"));
        String corrected = release();
        assertEquals(1, count(corrected, "\n  - "), corrected);
        assertTrue(Pattern.compile("^changes:\\n  - \\{?date: " + today + ",? *\\n? *note: " + Pattern.quote(note), Pattern.MULTILINE)
                .matcher(corrected).find(), "a change dated today: " + corrected);
        assertTrue(corrected.contains("\nupdated: " + today + "\n"), corrected);

        String reason = "Kegiatan ditunda oleh penyelenggara.";
        openCorrection();
        browser.findElement(By.id("f-catatan")).sendKeys(reason);
        submit("tarik", "Tarik rilis");
        assertTrue(browser.getCurrentUrl().endsWith("kabar=tarik"), browser.getCurrentUrl() + " " + text("main"));
        String withdrawn = release();
        assertTrue(withdrawn.contains("\nstatus: withdrawn\n"), withdrawn);
        int first = withdrawn.indexOf(reason);
        int second = withdrawn.indexOf(note);
        assertTrue(first > 0 && second > first, "two changes, the withdrawal first: " + withdrawn);
        assertEquals(2, count(withdrawn, "date: " + today), withdrawn);

        waitFor(() -> {
            String page = get(PAGE).body();
            return page.contains("Rilis ini telah ditarik") && page.contains(reason);
        }, "the preview shows the withdrawal notice with its reason");
    }

    /** Opening each sample release and pressing "Simpan" without touching anything writes not one byte. */
    @Test
    @Order(5)
    void savingWithoutChangesLeavesEverySampleFileAsItWas() throws Exception {
        List<String> changed = new ArrayList<>();
        for (String name : sampleReleases) {
            byte[] before = Files.readAllBytes(content(name));
            openForm(name);
            submit("simpan", "Simpan");
            if (!browser.getCurrentUrl().endsWith("kabar=simpan")) {
                changed.add(name + ": not saved: " + text("main").lines().limit(6).toList());
            } else if (!java.util.Arrays.equals(before, Files.readAllBytes(content(name)))) {
                changed.add(name + ": bytes changed:\n" + diff(new String(before, StandardCharsets.UTF_8), release(name)));
                Files.write(content(name), before);
            }
        }
        assertTrue(sampleReleases.size() >= 10, sampleReleases.toString());
        assertEquals("", String.join("\n", changed));
    }

    // ---- accessibility, keyboard, pictures

    /** axe-core finds no WCAG 2.0/2.1 A or AA violation on the list, the new release page and a form, at both widths. */
    @Test
    @Order(6)
    void theEditorsPagesPassTheWcagAAndAaRulesOnPhoneAndDesktop() throws Exception {
        List<String> violations = new ArrayList<>();
        for (int width : new int[]{390, 1280}) {
            ChromeDriver phoneOrDesktop = Browser.open(width, 900);
            try {
                for (String page : List.of("_tulis/", "_tulis/baru", formPath(SAMPLE), formPath(SAMPLE) + "#galat")) {
                    phoneOrDesktop.get(url(page.replace("#galat", "")));
                    if (page.endsWith("#galat")) showASummaryError(phoneOrDesktop);
                    JsonNode result = axe(phoneOrDesktop);
                    assertTrue(result.path("rules").asInt() > 10, page + ": axe ran " + result);
                    for (JsonNode v : result.get("violations")) {
                        violations.add(width + " px " + page + ": " + v.get("id").asText() + " (" + v.get("help").asText() + ") " + v.get("nodes"));
                    }
                }
            } finally {
                phoneOrDesktop.quit();
            }
        }
        assertEquals("", String.join("\n", violations));
    }

    /**
     * From the top of a form, Tab reaches the title and "Simpan", and every stop on the way shows a focus ring: the
     * editor's own (a computed outline of at least 2 px on the focused element), or, on the calendar button inside a
     * date input (which the page's CSS cannot reach as the focused element), a ring that is drawn: the button's
     * picture differs focused and unfocused.
     */
    @Test
    @Order(7)
    void tabReachesTitleAndSaveWithAVisibleFocusAtEveryStop() {
        openForm(SAMPLE);
        List<String> stops = new ArrayList<>();
        List<String> unringed = new ArrayList<>();
        List<WebElement> calendarButtons = new ArrayList<>();
        List<byte[]> calendarPictures = new ArrayList<>();
        boolean title = false;
        for (int i = 0; i < 300; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            String name = (String) browser.executeScript("const e = arguments[0];"
                    + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.value || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 25)", active);
            stops.add(name);
            boolean ring = (Boolean) browser.executeScript("const e = arguments[0]; const s = getComputedStyle(e);"
                    + "return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;", active);
            boolean calendarButton = (Boolean) browser.executeScript("const e = arguments[0];"
                    + "return e.type === 'date' && !e.matches(':focus');", active);
            if (calendarButton) {
                calendarButtons.add(active);
                Browser.nextFrames(browser);
                calendarPictures.add(Browser.picture(browser, active));
            } else if (!ring) {
                unringed.add(name);
            }
            if ("f-title".equals(active.getAttribute("id"))) title = true;
            if ("button".equals(active.getTagName()) && "simpan".equals(active.getAttribute("value"))) break;
        }
        String order = String.join(" | ", stops);
        assertTrue(title, "Tab reaches the title: " + order);
        assertTrue(stops.get(stops.size() - 1).startsWith("button simpan"), "Tab reaches Simpan: " + order);

        browser.executeScript("document.activeElement.blur()");
        Browser.nextFrames(browser);
        for (int i = 0; i < calendarButtons.size(); i++) {
            if (java.util.Arrays.equals(calendarPictures.get(i), Browser.picture(browser, calendarButtons.get(i)))) {
                unringed.add("the calendar button of date input " + (i + 1));
            }
        }
        assertEquals(List.of(), unringed, "stops without a visible focus ring, in " + order);
    }

    /** At 390 px every editor page is as wide as the phone: nothing makes it scroll sideways or zoom out. */
    @Test
    @Order(9)
    void theEditorsPagesFitAPhonesWidth() {
        ChromeDriver phone = Browser.open(390, 900);
        try {
            List<String> wide = new ArrayList<>();
            for (String page : List.of("_tulis/", "_tulis/baru", formPath(SAMPLE), formPath("berita/2025/rakor-koperasi-desa-aceh.md"), "_tulis/teks?berkas="
                    + URLEncoder.encode(SAMPLE, StandardCharsets.UTF_8))) {
                phone.get(url(page));
                long width = (Long) phone.executeScript("return Math.max(document.documentElement.scrollWidth, innerWidth)");
                if (width > 390) {
                    wide.add(page + ": " + width + " px wide; its column: " + phone.executeScript("const g = document.querySelector('.tata');"
                            + "return g ? getComputedStyle(g).gridTemplateColumns : 'none'"));
                }
            }
            assertEquals("", String.join("\n", wide));
        } finally {
            phone.quit();
        }
    }

    /**
     * Pictures of the list, the new release page and a form with a live message, at 390 and 1280 px, for the docs:
     * {@code docs/screenshots/penyunting-*.png} with {@code -Dwarta.screenshots=docs} (else {@code target/screenshots/}), each
     * the page's first 1,800 px.
     */
    @Test
    @Order(8)
    void screenshotsForTheDocs() throws Exception {
        // into the docs only when asked (-Dwarta.screenshots=docs): every run would otherwise leave changed pictures behind
        Path folder = "docs".equals(System.getProperty("warta.screenshots"))
                ? Path.of(System.getProperty("warta.project", "..")).toAbsolutePath().normalize().resolve("docs/screenshots")
                : Path.of("target/screenshots");
        Files.createDirectories(folder);
        for (int width : new int[]{390, 1280}) {
            ChromeDriver phoneOrDesktop = Browser.open(width, 900);
            try {
                phoneOrDesktop.get(url("_tulis/"));
                shoot(phoneOrDesktop, folder.resolve("penyunting-daftar-" + width + ".png"));
                phoneOrDesktop.get(url("_tulis/baru"));
                shoot(phoneOrDesktop, folder.resolve("penyunting-baru-" + width + ".png"));
                phoneOrDesktop.get(url(formPath(SAMPLE)));
                showASummaryError(phoneOrDesktop);
                phoneOrDesktop.executeScript("document.activeElement.blur(); scrollTo(0, 0)");
                shoot(phoneOrDesktop, folder.resolve("penyunting-formulir-" + width + ".png"));
            } finally {
                phoneOrDesktop.quit();
            }
        }
    }

    // ---- helpers

    /** Opens a release's form and waits for its script. */
    private static void openForm(String name) {
        browser.get(url(formPath(name)));
        assertEquals(1, browser.findElements(By.tagName("h1")).size(), () -> name + ": " + pageText());
        assertEquals("Sunting rilis", text("h1"), name);
    }

    private static String formPath(String name) {
        return "_tulis/sunting?berkas=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** Clicks the action button {@code value} (checking its label) and waits for the next page. */
    private static void submit(String value, String label) {
        WebElement button = browser.findElement(By.cssSelector("button[name=aksi][value=" + value + "]"));
        assertEquals(label, button.getText());
        WebElement form = browser.findElement(By.id("formulir"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "\"" + label + "\" answered with a page "
                + "without a heading: " + pageText()).until(d -> d.findElements(By.tagName("h1")).size() == 1);
    }

    /** Opens "Koreksi atau tarik rilis" by clicking its summary. */
    private static void openCorrection() {
        WebElement details = browser.findElement(By.cssSelector("details.koreksi"));
        if (details.getAttribute("open") == null) details.findElement(By.tagName("summary")).click();
        waitFor(() -> browser.findElement(By.id("f-catatan")).isDisplayed(), "the correction's note is shown");
    }

    /** Types a date into an {@code <input type=date>} as a person does: month, day, year in an en-US browser. */
    private static void typeDate(WebElement input, LocalDate date) {
        String language = (String) browser.executeScript("return navigator.language");
        assertEquals("en-US", language, "the date is typed in the order of an en-US browser");
        input.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        assertEquals(date.toString(), input.getAttribute("value"));
    }

    /** Selects a text field's text and deletes it, from the keyboard. */
    private static void clear(WebElement input) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }

    /** Replaces the summary by a short one in {@code driver}'s open form and waits for the live message. */
    private static void showASummaryError(ChromeDriver driver) {
        WebElement summary = driver.findElement(By.id("f-summary"));
        summary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Rakorda di Kendari.");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("g-summary")).isDisplayed());
    }

    private static WebElement button(String label) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** The open page's text, shortened, for a failure's message. */
    private static String pageText() {
        try {
            String text = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
            return text.length() > 600 ? text.substring(0, 600) + " …" : text;
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private static String url(String path) {
        return preview.address() + path;
    }

    private static Path content(String name) {
        return project.dir.resolve("content").resolve(name);
    }

    private static String release() throws IOException {
        return release(FILE);
    }

    private static String release(String name) throws IOException {
        return Files.readString(content(name), StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(EditorIT.class.getResource("/" + name).toURI());
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The lines of {@code after} that {@code before} lacks, and the other way round. */
    private static String diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        StringBuilder out = new StringBuilder();
        b.stream().filter(l -> !a.contains(l)).forEach(l -> out.append("  + ").append(l).append('\n'));
        a.stream().filter(l -> !b.contains(l)).forEach(l -> out.append("  - ").append(l).append('\n'));
        return out.toString();
    }

    private static JsonNode axe(ChromeDriver driver) throws Exception {
        driver.executeScript(TestTools.axeScript());
        String json = (String) driver.executeAsyncScript(Browser.RUN_AXE);
        JsonNode result = new ObjectMapper().readTree(json);
        if (result.has("error")) throw new AssertionError("axe-core failed: " + result.get("error").asText());
        return result;
    }

    /** A PNG of the whole page, as tall as its content. */
    private static void shoot(ChromeDriver driver, Path file) throws IOException {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        // at most 1,800 px: the first screens of a form are what the docs show
        Number height = (Number) driver.executeScript("return Math.min(1800, Math.ceil(document.documentElement.scrollHeight))");
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }



    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).withMessage(() -> what + "; the page at " + browser.getCurrentUrl()
                + " says: " + pageText()).ignoring(RuntimeException.class).until(d -> {
            try {
                return check.holds();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
