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
import org.openqa.selenium.support.ui.Select;

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
            browser.driver.findElement(By.cssSelector("[data-input='title']")).sendKeys(title);
            save.click();
            browser.visible(By.cssSelector(".ui-messages-error"));
            assertTrue(browser.driver.getPageSource().contains("At least one author"),
                    "an incomplete form says what is missing");

            browser.driver.findElement(By.cssSelector("[data-input='authorName']")).sendKeys("Tester, Browser");
            browser.driver.findElement(By.cssSelector("[data-input='dsDescriptionValue']")).sendKeys("Made in a browser.");
            browser.driver.findElement(By.cssSelector("input[value='Social Sciences']")).click();
            browser.driver.findElement(Browser.id("datasetForm:save")).click();

            browser.waitForText(By.id("dataset-title"), title);
            browser.visible(By.cssSelector(".badge.draft"));
            WebElement input = browser.driver.findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("files"), file.getFileName().toString()));

            browser.clickable(By.id("publish")).click();
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
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), "notes.txt"));
            assertTrue(browser.driver.findElement(By.id("files")).getText()
                    .contains("interview-ip02-recording.mp3"));
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void aReaderOpensTheCiteMenuByKeyboardAndFindsEveryStyleAndFormat() throws Exception {
        Api api = new Api(base);
        String pid = api.get("api/search?q=resiliens&type=dataset", null).data().getJsonArray("items").getJsonObject(0)
                .getString("global_id");
        try (Browser browser = new Browser()) {
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            WebElement summary = browser.visible(By.cssSelector("#cite-menu summary"));
            assertEquals("Cite this dataset", summary.getText());
            summary.sendKeys(Keys.ENTER);
            WebElement apa = browser.visible(By.cssSelector("#cite-menu .cite-styles li"));
            assertTrue(apa.getText().startsWith("APA 7 Pohlkamp, L., Wallin, V."), apa.getText());
            java.util.List<String> formats = browser.driver.findElements(By.cssSelector("#cite-menu a.cite-format")).stream()
                    .map(a -> a.getText() + " " + a.getAttribute("href")).toList();
            assertEquals(4, formats.size(), formats.toString());
            assertTrue(formats.get(0).startsWith("BibTeX ") && formats.get(0).contains("/citation/BibTeX?persistentId="),
                    formats.toString());
            assertTrue(browser.driver.findElement(By.id("usage")).getText().contains("views of this version"));
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

    @Test
    void anEditorTicksFilesToSetTheirCategoryAndAccessAndToRemoveThem() throws Exception {
        Api api = new Api(base);
        Samling.User user = Samling.newUser(api, "editor");
        String pid = Samling.createDataset(api, user.token(), "Bulk edit study");
        for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
            assertEquals(200, api.upload(pid, user.token(), name, ("text of " + name).getBytes(), "{}").status());
        }
        try (Browser browser = new Browser()) {
            browser.signIn(api, user);
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            browser.clickable(Browser.id("filesForm:applyCategory")).click();
            browser.waitForText(By.id("messages"), "Tick the files to change first");
            tick(browser, "a.txt");
            tick(browser, "b.txt");
            new Select(browser.driver.findElement(Browser.id("filesForm:bulkCategory"))).selectByVisibleText("Codebook");
            browser.clickable(Browser.id("filesForm:applyCategory")).click();
            browser.waitForText(By.id("messages"), "Category set on 2 files");
            assertTrue(row(browser, "a.txt").getText().contains("Codebook"));
            assertTrue(row(browser, "b.txt").getText().contains("Codebook"));
            assertTrue(!row(browser, "c.txt").getText().contains("Codebook"), "an unticked file keeps its category");

            tick(browser, "c.txt");
            new Select(browser.driver.findElement(Browser.id("filesForm:bulkAccess"))).selectByVisibleText("Restricted");
            browser.clickable(Browser.id("filesForm:applyAccess")).click();
            browser.waitForText(By.id("messages"), "Access set on one file");
            assertEquals(1, row(browser, "c.txt").findElements(By.cssSelector(".badge.restricted")).size());
            assertEquals(0, row(browser, "a.txt").findElements(By.cssSelector(".badge.restricted")).size());

            tick(browser, "a.txt");
            browser.clickable(Browser.id("filesForm:deleteSelected")).click();
            browser.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("messages"), "One file removed");
            assertEquals(2, browser.driver.findElements(By.cssSelector("#files tbody tr")).size());
            assertTrue(!browser.driver.findElement(By.id("files")).getText().contains("a.txt"));
        }
        String files = api.get("api/datasets/:persistentId/versions/:draft/files?persistentId=" + Api.encode(pid),
                user.token()).text();
        assertTrue(!files.contains("a.txt") && files.contains("b.txt"), "the removal reached the draft: " + files);
    }

    @Test
    void aReaderFiltersSortsAndPagesTheFilesWithoutGettingASession() throws Exception {
        Api api = new Api(base);
        Samling.User user = Samling.newUser(api, "pager");
        String pid = Samling.createDataset(api, user.token(), "Many files study");
        for (int i = 1; i <= 12; i++) {
            String name = String.format("file-%02d.txt", i);
            assertEquals(200, api.upload(pid, user.token(), name, "x".repeat(i * 10).getBytes(), "{}").status());
        }
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", user.token()).status());
        try (Browser browser = new Browser()) {
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            browser.waitForText(By.cssSelector(".page-report"), "1–12 of 12");
            browser.clickable(By.xpath("//span[@class='page-sizes']/a[normalize-space()='10']")).click();
            browser.waitForText(By.cssSelector(".page-report"), "1–10 of 12");
            assertEquals(10, browser.driver.findElements(By.cssSelector("#files tbody tr")).size());
            browser.clickable(By.id("page-next")).click();
            browser.waitForText(By.cssSelector(".page-report"), "11–12 of 12");
            assertEquals(java.util.List.of("file-11.txt", "file-12.txt"), names(browser));

            browser.clickable(By.xpath("//table[@id='files']//th/a[starts-with(normalize-space(),'Size')]")).click();
            browser.clickable(By.xpath("//table[@id='files']//th/a[starts-with(normalize-space(),'Size')]")).click();
            browser.waitForText(By.cssSelector(".page-report"), "1–10 of 12");
            assertEquals("file-12.txt", names(browser).get(0), "the largest file comes first when sorted by size, descending");
            assertEquals("descending", browser.driver.findElement(
                    By.xpath("//table[@id='files']//th[a[starts-with(normalize-space(),'Size')]]")).getAttribute("aria-sort"));

            WebElement filter = browser.clickable(By.id("files-q"));
            filter.sendKeys("file-07");
            filter.sendKeys(Keys.ENTER);
            browser.waitForText(By.cssSelector(".page-report"), "1–1 of 1");
            assertEquals(java.util.List.of("file-07.txt"), names(browser));

            assertTrue(browser.driver.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("JSESSIONID")),
                    "reading a published dataset leaves no session on the server");
        }
        Api.Response missing = api.get("favicon.ico", null);
        assertEquals(404, missing.status());
        assertTrue(missing.headers().firstValue("Set-Cookie").isEmpty(), "a page that is not there starts no session");
    }

    @Test
    void aCollectionsOwnFileCategoriesAreSetOnItsPageAndOfferedForItsFiles() throws Exception {
        Api api = new Api(base);
        String alias = "fieldwork-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.postJson("api/dataverses/root", Samling.adminToken(),
                "{\"alias\":\"" + alias + "\",\"name\":\"Fieldwork\"}").status());
        String password = Files.readString(Samling.home().resolve("admin.password")).trim();
        try (Browser browser = new Browser()) {
            browser.signIn(api, new Samling.User("admin", password, null));
            browser.driver.get(api.uri("permissions.xhtml?collection=" + alias).toString());
            WebElement categories = browser.visible(Browser.id("settings:fileCategories"));
            categories.sendKeys("Field notes\nPhotograph\n" + "x".repeat(65));
            browser.clickable(Browser.id("settings:saveFileCategories")).click();
            browser.waitForText(By.id("messages"), "at most 64 characters");

            categories = browser.visible(Browser.id("settings:fileCategories"));
            categories.clear();
            categories.sendKeys("Field notes\nPhotograph");
            browser.clickable(Browser.id("settings:saveFileCategories")).click();
            browser.waitForText(By.id("messages"), "Saved");

            Api.Response created = api.postJson("api/dataverses/" + alias + "/datasets", Samling.adminToken(),
                    Samling.datasetJson("Fieldwork study"));
            browser.driver.get(api.uri("dataset.xhtml?persistentId="
                    + Api.encode(created.data().getString("persistentId"))).toString());
            java.util.List<String> offered = new Select(browser.visible(Browser.id("filesForm:bulkCategory")))
                    .getOptions().stream().map(WebElement::getText).toList();
            assertTrue(offered.containsAll(java.util.List.of("Transcript", "Field notes", "Photograph")), offered.toString());
        }
        assertEquals(2, api.get("api/dataverses/" + alias, null).data().getJsonArray("fileCategories").size());
    }

    private static void tick(Browser browser, String fileName) {
        WebElement box = row(browser, fileName).findElement(By.cssSelector("input[name=selected]"));
        if (!box.isSelected()) {
            // from the keyboard, as a keyboard user ticks it: a click aims at a point of the page, which the message
            // just shown above the table moves; once, of two clicks, only one file ended up ticked
            box.sendKeys(org.openqa.selenium.Keys.SPACE);
        }
        browser.wait.until(d -> box.isSelected());
    }

    private static WebElement row(Browser browser, String fileName) {
        return browser.visible(By.xpath("//table[@id='files']//tr[.//a[@class='file-page-link' and normalize-space()='"
                + fileName + "']]"));
    }

    private static java.util.List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#files a.file-page-link")).stream()
                .map(WebElement::getText).toList();
    }
}
