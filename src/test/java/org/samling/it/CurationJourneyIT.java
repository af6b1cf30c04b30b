package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Curation in a real browser: a deposit in a review-required collection goes back and forth
 * between depositor and curator until it is published; a withdrawn version becomes a tombstone;
 * an overdue dataset's files are destroyed from the retention page. Takes the documentation's
 * screenshots on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurationJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @Test
    void aDepositIsReturnedWithAQuestionAnsweredAndPublished() throws Exception {
        Api api = new Api(base);
        String admin = Samling.adminToken();
        String alias = collection(api, "Reviewed interviews");
        assertEquals(200, api.postJson("api/dataverses/" + alias + "/metadatablocks", admin,
                "[\"citation\",\"socialscience\",\"geospatial\",\"sensitive\"]").status());
        assertEquals(200, api.put("api/dataverses/" + alias + "/attribute/requireReview?value=true", admin,
                new byte[0], "text/plain").status());
        Samling.User depositor = Samling.newUser(api, "depositor");
        Samling.User curator = Samling.newUser(api, "curator");
        assign(api, alias, depositor, "depositor");
        assign(api, alias, curator, "curator");
        String title = "Reviewed in a browser " + UUID.randomUUID().toString().substring(0, 6);

        String pid;
        try (Browser browser = new Browser()) {
            browser.signIn(api, depositor);
            browser.driver.get(api.uri("dataset-edit.xhtml?collection=" + alias).toString());
            input(browser, "title").sendKeys(title);
            input(browser, "authorName").sendKeys("Depositor, Dana");
            input(browser, "dsDescriptionValue").sendKeys("Interviews with organisations, deposited for review.");
            browser.driver.findElement(By.cssSelector("input[value='Social Sciences']")).click();
            open(browser, "socialscience");
            input(browser, "universe").sendKeys("Swedish mutual aid organisations");
            open(browser, "geospatial");
            input(browser, "country").sendKeys("Sweden");
            open(browser, "sensitive");
            input(browser, "retentionUntil").sendKeys("not a date");
            browser.screenshot("metadata-form");
            browser.driver.findElement(Browser.id("datasetForm:save")).click();
            WebElement problem = browser.visible(By.cssSelector("[data-field='retentionUntil'] .field-error"));
            assertTrue(problem.getText().contains("not a date"), problem.getText());
            assertEquals("Swedish mutual aid organisations", input(browser, "universe").getAttribute("value"),
                    "nothing typed is lost when a save fails");
            input(browser, "retentionUntil").clear();
            input(browser, "retentionUntil").sendKeys("2035-12-31");
            browser.driver.findElement(Browser.id("datasetForm:save")).click();
            browser.waitForText(By.id("dataset-title"), title);
            pid = browser.driver.getCurrentUrl().replaceAll(".*persistentId=", "");
            pid = java.net.URLDecoder.decode(pid, StandardCharsets.UTF_8);
            assertTrue(browser.driver.findElements(By.id("publish")).isEmpty(), "depositors here do not publish");
            browser.clickable(Browser.id("submitForm:submitForReview")).click();
            browser.visible(By.id("inReview"));
            assertTrue(browser.driver.findElements(By.id("edit")).isEmpty(), "a dataset in review is locked");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(api, curator);
            browser.driver.get(api.uri("requests.xhtml").toString());
            browser.clickable(By.linkText(title)).click();
            browser.visible(Browser.id("returnForm:question")).sendKeys("Which years does the universe cover?");
            browser.driver.findElement(Browser.id("returnForm:returnToAuthor")).click();
            browser.waitForText(By.id("reviewThread"), "Which years does the universe cover?");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(api, depositor);
            browser.driver.get(api.uri("dataset-edit.xhtml?persistentId=" + Api.encode(pid)).toString());
            WebElement universe = input(browser, "universe");
            universe.clear();
            universe.sendKeys("Swedish mutual aid organisations, 2020");
            browser.driver.findElement(Browser.id("datasetForm:save")).click();
            browser.visible(Browser.id("submitForm:note")).sendKeys("The interviews were held in spring 2020.");
            browser.driver.findElement(Browser.id("submitForm:submitForReview")).click();
            browser.visible(By.id("inReview"));
        }
        try (Browser browser = new Browser()) {
            browser.signIn(api, curator);
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            browser.waitForText(By.id("reviewThread"), "spring 2020");
            browser.screenshot("review-thread");
            browser.clickable(By.id("publish")).click();
            browser.clickable(Browser.id("publishForm:confirmPublish")).click();
            browser.waitForText(By.cssSelector(".version"), "1.0");
        }
        var thread = api.get("api/datasets/:persistentId/reviewThread?persistentId=" + Api.encode(pid), admin)
                .json().getJsonArray("data");
        assertEquals(List.of("submitted", "returned", "answered", "published"), thread.getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(m -> m.getString("kind")).toList());
        String published = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), null).text();
        assertTrue(published.contains("Swedish mutual aid organisations, 2020") && published.contains("Sweden"));
        assertTrue(!published.contains("2035-12-31"), "the retention date is for curators only");
    }

    @Test
    void aCuratorWithdrawsAVersionAndVisitorsSeeItsTombstone() throws Exception {
        Api api = new Api(base);
        String admin = Samling.adminToken();
        String title = "Withdrawn in a browser " + UUID.randomUUID().toString().substring(0, 6);
        String pid = Samling.createDataset(api, admin, title);
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId=" + pid, admin).status());
        String password = Files.readString(Samling.home().resolve("admin.password")).trim();
        try (Browser browser = new Browser()) {
            browser.signIn(api, new Samling.User("admin", password, null));
            browser.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            browser.clickable(By.id("deaccession")).click();
            browser.visible(Browser.id("deaccessionForm:deaccessionReason")).sendKeys("Participants withdrew their consent.");
            browser.driver.findElement(Browser.id("deaccessionForm:forwardUrl")).sendKeys("https://example.org/elsewhere");
            browser.driver.findElement(Browser.id("deaccessionForm:confirmDeaccession")).click();
            browser.visible(By.id("tombstone"));
        }
        try (Browser visitor = new Browser()) {
            visitor.driver.get(api.uri("dataset.xhtml?persistentId=" + Api.encode(pid)).toString());
            visitor.waitForText(By.id("tombstone"), "Participants withdrew their consent.");
            assertTrue(visitor.driver.findElement(By.id("citation")).getText().contains(title));
            assertEquals("https://example.org/elsewhere", visitor.driver.findElement(By.id("forwardUrl")).getAttribute("href"));
            assertTrue(visitor.driver.findElements(By.id("downloadAll")).isEmpty(), "no files to open");
            assertTrue(visitor.consoleErrors().isEmpty(), visitor.consoleErrors().toString());
        }
    }

    @Test
    void overdueFilesAreDestroyedFromTheRetentionPageAfterTheTitleIsTyped() throws Exception {
        Api api = new Api(base);
        String admin = Samling.adminToken();
        String alias = collection(api, "Retention page");
        String title = "Overdue in a browser " + UUID.randomUUID().toString().substring(0, 6);
        String pid = api.postJson("api/dataverses/" + alias + "/datasets", admin, DatasetJson.dataset(title,
                b -> b.add("sensitive", DatasetJson.block(DatasetJson.primitive("retentionUntil", "2021-06-30"),
                        DatasetJson.vocabulary("retentionAction", false, "destroy"))))).data().getString("persistentId");
        assertEquals(200, api.upload(pid, admin, "interview.txt", "a person speaking".getBytes(), "{}").status());
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId=" + Api.encode(pid),
                admin).status());
        String password = Files.readString(Samling.home().resolve("admin.password")).trim();
        try (Browser browser = new Browser()) {
            browser.signIn(api, new Samling.User("admin", password, null));
            browser.driver.get(api.uri("retention.xhtml?collection=" + alias).toString());
            browser.waitForText(By.id("retentionForm:retentionTable"), "Overdue");
            browser.screenshot("retention-page");
            browser.clickable(By.cssSelector("#retentionForm\\:retentionTable button")).click();
            browser.visible(Browser.id("retentionForm:destroyReason")).sendKeys("Retention ended");
            browser.driver.findElement(Browser.id("retentionForm:typedTitle")).sendKeys("wrong title");
            browser.driver.findElement(Browser.id("retentionForm:destroy")).click();
            browser.visible(By.cssSelector(".ui-messages-error"));
            assertEquals(200, api.get("api/access/datafile/" + fileOf(api, pid), admin).status(), "nothing destroyed yet");
            WebElement typed = browser.driver.findElement(Browser.id("retentionForm:typedTitle"));
            typed.clear();
            typed.sendKeys(title);
            browser.driver.findElement(Browser.id("retentionForm:destroy")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("retentionForm:retentionTable"), "Files destroyed"));
        }
        assertTrue(api.get("dataset.xhtml?persistentId=" + Api.encode(pid), null).text().contains("Retention ended"));
    }

    private static long fileOf(Api api, String pid) {
        return api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), Samling.adminToken()).data()
                .getJsonObject("latestVersion").getJsonArray("files").getJsonObject(0).getJsonObject("dataFile")
                .getJsonNumber("id").longValue();
    }

    private static WebElement input(Browser browser, String field) {
        return browser.visible(By.cssSelector("[data-input='" + field + "']"));
    }

    /** Unfolds a block's section of the form. */
    private static void open(Browser browser, String block) {
        WebElement section = browser.driver.findElement(By.cssSelector("details[data-block='" + block + "']"));
        if (section.getAttribute("open") == null) {
            section.findElement(By.tagName("summary")).click();
        }
    }

    private static void assign(Api api, String alias, Samling.User user, String role) {
        assertEquals(201, api.postJson("api/dataverses/" + alias + "/assignments", Samling.adminToken(),
                "{\"assignee\":\"@" + user.username() + "\",\"role\":\"" + role + "\"}").status());
    }

    private static String collection(Api api, String name) {
        return Samling.createCollection(api, Samling.adminToken(), name, "root");
    }
}
