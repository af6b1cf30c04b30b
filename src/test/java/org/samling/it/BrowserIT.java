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
}
