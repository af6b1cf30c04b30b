package org.samling.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium; nothing is downloaded. */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;
    /** Where the browser saves downloads, without asking. */
    final Path downloads;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("chromium-profile");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--lang=en-GB",
                "--user-data-dir=" + profile);
        // the page's console, read back by consoleErrors(): script errors and CSP violations land there
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void signIn(Api api, Samling.User user) {
        driver.get(api.uri("login.xhtml").toString());
        visible(id("loginForm:username")).sendKeys(user.username());
        driver.findElement(id("loginForm:password")).sendKeys(user.password());
        driver.findElement(id("loginForm:signIn")).click();
        visible(By.cssSelector(".who"));
    }

    /** Runs a script in the page; {@code fetch} calls in it go with this browser's session. */
    Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A picture of the whole page, kept in {@code target/screenshots} for the documentation. */
    void screenshot(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        Number height = (Number) script("window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                Math.min(4000, height.intValue() + size.getHeight() - ((Number) script("return window.innerHeight;")).intValue())));
        try {
            Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /**
     * The errors the page's console received since the last call: uncaught script errors, and
     * every script or style the Content-Security-Policy refused.
     */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> !message.contains("favicon"))
                .toList();
    }

    /** A PrimeFaces client id ("form:field") as a CSS id selector. */
    static By id(String clientId) {
        return By.cssSelector("#" + clientId.replace(":", "\\:"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
