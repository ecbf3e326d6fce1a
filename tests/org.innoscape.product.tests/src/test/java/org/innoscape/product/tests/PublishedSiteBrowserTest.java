package org.innoscape.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The published example in Debian's Chromium, headless, opened from disk as a reader would: a click
 * on a diagram node lands on its element page, a register id finds its initiative, no page logs an
 * error and no page asks for anything outside the site.
 */
class PublishedSiteBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;
    private static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void publishTheExampleAndStartTheBrowser() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        Path example;
        try (var plugins = Files.list(ProductProcess.productDir().resolve("plugins"))) {
            example = plugins.filter(p -> p.getFileName().toString().startsWith("org.innoscape.examples_")).findFirst().orElseThrow()
                    .resolve("models/england-health-innovation-2021.innoscape");
        }
        Path model = folder.resolve("england.innoscape");
        Files.copy(example, model);
        Path register = folder.resolve("initiatives.csv");
        Files.writeString(register, "id,name,owner,description\nREG-0042,Regional adoption fund,NHS England,"
                + "Pays providers to adopt proven innovations.\n");
        var imported = ProductProcess.runCli("import", register.toString(), "--into", model.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        // In the build's output (not committed): the published example, and screenshots of it for the README.
        site = Path.of("target", "example-site").toAbsolutePath();
        var published = ProductProcess.runCli("publish", model.toString(), "--output", site.toString());
        assertEquals(0, published.exitCode(), published.out() + published.err());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--no-first-run", "--disable-background-networking", "--disable-component-update");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClickOnADiagramNodeLandsOnItsElementPage() throws Exception {
        open("index.html");
        screenshot("site-home");
        browser.findElement(By.linkText("Stakeholder network")).click();
        assertEquals("Stakeholder network", heading());
        screenshot("site-stakeholder-network");
        WebElement node = browser.findElement(By.cssSelector("a.element[aria-label='NHS England']"));
        node.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/e/"));
        assertEquals("NHS England", heading());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Relationships"));
        screenshot("site-element");
        assertQuietAndLocal();
    }

    @Test
    void aRegisterIdFindsItsInitiative() {
        open("index.html");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("REG-0042");
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results a")));
        assertEquals("Regional adoption fund", first.getText());
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/e/"));
        assertEquals("Regional adoption fund", heading());
        assertQuietAndLocal();
    }

    @Test
    void diagramsZoomAndTheKeyboardReachesEveryControl() {
        open("index.html");
        browser.findElement(By.linkText("Pathway landscape")).click();
        WebElement svg = browser.findElement(By.cssSelector(".canvas svg"));
        String before = svg.getDomAttribute("viewBox");
        browser.findElement(By.cssSelector("button[data-zoom='in']")).click();
        String zoomed = svg.getDomAttribute("viewBox");
        assertTrue(!before.equals(zoomed), before + " -> " + zoomed);
        browser.findElement(By.cssSelector(".canvas")).sendKeys("0");
        assertEquals(before, svg.getDomAttribute("viewBox"), "0 fits the diagram again");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Legend"));
        assertQuietAndLocal();
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String page : List.of("index.html", "k/PolicyInitiative.html")) {
                open(page);
                Number overflow = (Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 0, page + " is " + overflow + " px wider than a phone's screen");
                assertTrue(browser.findElement(By.id("search")).isDisplayed(), "the search box is there on a phone");
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** Keeps what the reader sees, in target/screenshots, for the README. */
    private static void screenshot(String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** No error in the console, and every resource the page loaded came from the site's folder. */
    @SuppressWarnings("unchecked")
    private static void assertQuietAndLocal() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "console errors");
        List<Object> resources = (List<Object>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
        String siteUri = site.toUri().toString();
        for (Object resource : resources) {
            assertTrue(resource.toString().startsWith(siteUri), "a request left the site: " + resource);
        }
        assertTrue(browser.getCurrentUrl().startsWith(siteUri), browser.getCurrentUrl());
        assertTrue(((Map<String, Object>) ((JavascriptExecutor) browser).executeScript("return {n: window.INNOSCAPE_INDEX.length};"))
                .get("n") instanceof Number);
    }
}
