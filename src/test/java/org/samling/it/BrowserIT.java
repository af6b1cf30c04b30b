package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A depositor's whole first visit, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @Test
    void depositorSignsInCreatesUploadsPublishesAndFindsTheDataset() throws Exception {
        Api api = new Api(base);
        Samling.User user = Samling.newUser(api, "browser");
        String title = "Browser study " + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("interview-notes", ".txt");
        Files.writeString(file, "Notes from an interview.\n");

        try (Browser browser = new Browser()) {
            browser.driver.get(api.uri("").toString());
            browser.clickable(By.id("signIn")).click();
            browser.visible(Browser.id("loginForm:username")).sendKeys(user.username());
            browser.driver.findElement(Browser.id("loginForm:password")).sendKeys(user.password());
            browser.driver.findElement(Browser.id("loginForm:signIn")).click();
            browser.waitForText(By.cssSelector(".who"), "Test browser");

            browser.clickable(By.id("addDataset")).click();
            WebElement save = browser.clickable(Browser.id("datasetForm:save"));
            browser.driver.findElement(Browser.id("datasetForm:title")).sendKeys(title);
            save.click();
            browser.visible(By.cssSelector(".ui-messages-error"));
            assertTrue(browser.driver.getPageSource().contains("At least one author"),
                    "an incomplete form says what is missing");

            browser.driver.findElement(By.cssSelector("input[id$='authorName']")).sendKeys("Tester, Browser");
            browser.driver.findElement(Browser.id("datasetForm:description")).sendKeys("Made in a browser.");
            browser.driver.findElement(By.cssSelector("input[value='Social Sciences']")).click();
            browser.driver.findElement(Browser.id("datasetForm:save")).click();

            browser.waitForText(By.id("dataset-title"), title);
            browser.visible(By.cssSelector(".badge.draft"));
            WebElement input = browser.driver.findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    Browser.id("filesForm:files"), file.getFileName().toString()));

            browser.clickable(Browser.id("actions:publish")).click();
            browser.clickable(Browser.id("publishForm:confirmPublish")).click();
            browser.waitForText(By.cssSelector(".version"), "1.0");

            WebElement box = browser.visible(By.id("site-q"));
            box.sendKeys(title.substring(title.lastIndexOf(' ') + 1), Keys.ENTER);
            browser.waitForText(By.id("results"), title);
            browser.driver.findElement(By.linkText(title)).click();
            browser.waitForText(By.id("dataset-title"), title);
            assertEquals(1, browser.driver.findElements(By.cssSelector("a.file-link")).size());

            browser.driver.findElement(By.linkText("Svenska")).click();
            browser.waitForText(By.id("files-heading"), "Filer");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void severalFilesUploadWithVisibleProgressAndAppearInTheTable() throws Exception {
        Api api = new Api(base);
        Samling.User user = Samling.newUser(api, "uploader");
        String pid = Samling.createDataset(api, user.token(), "Upload area study");
        Path folder = Files.createTempDirectory("uploads");
        Path[] files = {
            Files.copy(Samling.fixtures().resolve("sv-mutual-aid-covid19/interview-ip02-recording.mp3"),
                    folder.resolve("interview-ip02-recording.mp3")),
            Files.copy(Samling.fixtures().resolve("sv-mutual-aid-covid19/interview-ip02-transcript.vtt"),
                    folder.resolve("interview-ip02-transcript.vtt")),
            Files.write(folder.resolve("notes.txt"), "Field notes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        };
        try (Browser browser = new Browser()) {
            browser.signIn(api, user);
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            WebElement input = browser.driver.findElement(By.id("upload-files"));
            input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-total-text"), "3 of 3"));
            assertEquals(3, browser.driver.findElements(By.cssSelector("#upload-list progress")).size());
            Object complete = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return Array.from(document.querySelectorAll('#upload-list progress')).every(p => p.value === p.max)"
                            + " && document.getElementById('upload-total').value === 100;");
            assertEquals(Boolean.TRUE, complete, "every file's progress bar and the total reached the end");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(Browser.id("filesForm:files"), "notes.txt"));
            assertTrue(browser.driver.findElement(Browser.id("filesForm:files")).getText()
                    .contains("interview-ip02-recording.mp3"));
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void aRecordingPlaysAndAClickOnATranscriptLineSeeksToIt() throws Exception {
        Api api = new Api(base);
        String pid = api.get("api/search?q=resiliens", null).data().getJsonArray("items").getJsonObject(0)
                .getString("global_id");
        long recording = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), Samling.adminToken())
                .data().getJsonObject("latestVersion").getJsonArray("files").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(f -> f.getString("label").equals("interview-ip03-recording.mp3")).findFirst()
                .orElseThrow().getJsonObject("dataFile").getJsonNumber("id").longValue();
        String password = Files.readString(Samling.home().resolve("admin.password")).trim();
        try (Browser browser = new Browser()) {
            browser.signIn(api, new Samling.User("admin", password, null));
            browser.driver.get(api.uri("file.xhtml?fileId=" + recording).toString());
            WebElement line = browser.clickable(By.xpath("//button[contains(@class,'cue')][.//span[text()='00:12']]"));
            assertTrue(line.getText().contains("återfalla"), "the transcript beside the player is the recording's");
            line.click();
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
            browser.wait.until(d -> ((Number) js.executeScript("return document.getElementById('recording').currentTime;"))
                    .doubleValue() >= 12);
            browser.wait.until(ExpectedConditions.attributeContains(line, "class", "current"));
            assertEquals("true", line.getAttribute("aria-current"));
        }
    }
}
