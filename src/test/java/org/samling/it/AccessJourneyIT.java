package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

/**
 * The whole controlled-sharing journey in two headless Chromium windows: a guest asks for a
 * restricted transcript, confirms the address from the e-mail, a curator grants it for a
 * short while, the guest downloads it, the grant runs out, and the curator reads it all back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessJourneyIT {

    /** Long enough for the guest to download, short enough to watch it run out. */
    private static final Duration GRANT = Duration.ofHours(2);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @Test
    void aGuestIsGrantedATranscriptForAWhileAndTheHistoryShowsEveryStep() throws Exception {
        Api api = new Api(base);
        SharedDataset data = SharedDataset.publish(api, "Journey study");
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String transcriptUrl = api.uri("api/access/datafile/" + data.transcript()).getPath();

        try (Browser guest = new Browser(); Browser curator = new Browser()) {
            guest.driver.get(api.uri("file.xhtml?fileId=" + data.transcript()).toString());
            assertFalse(guest.driver.getPageSource().contains(data.secret()));
            guest.clickable(By.id("requestFile")).click();
            guest.visible(Browser.id("requestForm:name")).sendKeys("Greta Guest");
            guest.driver.findElement(Browser.id("requestForm:institution")).sendKeys("Nordic Institute of Examples");
            guest.driver.findElement(Browser.id("requestForm:email")).sendKeys(email);
            guest.driver.findElement(Browser.id("requestForm:purpose"))
                    .sendKeys("Comparing mutual aid during the pandemic in Sweden and Norway.");
            guest.driver.findElement(Browser.id("requestForm:plannedUse"))
                    .sendKeys("Read on an encrypted laptop; quotes anonymised; deleted after the project.");
            WebElement transcript = guest.driver.findElement(By.cssSelector(
                    "input[name='requestForm:files'][value='" + data.transcript() + "']"));
            assertTrue(transcript.isSelected(), "the file the guest came from is chosen");
            guest.driver.findElement(Browser.id("requestForm:acceptTerms")).click();
            guest.screenshot("request-form");
            guest.driver.findElement(Browser.id("requestForm:send")).click();
            guest.waitForText(By.id("done"), "Check your e-mail");

            String confirmation = Mailbox.awaitBody(email, "Confirm your access request");
            assertTrue(Mailbox.find(data.owner().username() + "@example.org", "New access request").isEmpty(),
                    "curators hear of a guest's request only once the address is confirmed");
            guest.driver.get(api.uri("confirm.xhtml?token=" + Mailbox.token(confirmation)).toString());
            guest.clickable(Browser.id("confirmForm:confirm")).click();
            guest.waitForText(By.cssSelector(".notice"), "Thank you, Greta Guest");
            Mailbox.awaitBody(data.owner().username() + "@example.org", "New access request");

            curator.signIn(api, data.owner());
            curator.driver.get(api.uri("requests.xhtml?persistentId=" + Api.encode(data.pid())).toString());
            curator.waitForText(By.id("inbox"), "Greta Guest · Nordic Institute of Examples");
            curator.screenshot("request-inbox");
            String until = LocalDateTime.now(ZoneOffset.UTC).plus(GRANT).truncatedTo(ChronoUnit.SECONDS).toString();
            WebElement untilField = curator.driver.findElement(By.cssSelector("input[type='datetime-local'][id$=':until']"));
            curator.script("arguments[0].value = arguments[1];", untilField, until);
            curator.driver.findElement(By.cssSelector("button[id$=':grant']")).click();
            curator.waitForText(By.cssSelector(".ui-messages-info"), "Access granted to Greta Guest");

            String granted = Mailbox.awaitBody(email, "Access granted");
            guest.driver.get(api.uri("confirm.xhtml?token=" + Mailbox.token(granted)).toString());
            guest.clickable(Browser.id("confirmForm:confirm")).click();
            guest.driver.get(api.uri("file.xhtml?fileId=" + data.transcript()).toString());
            guest.clickable(By.cssSelector("a[id$='download']")).click();
            Path saved = guest.downloads.resolve("interview.txt");
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(saved)
                    && Files.readString(saved, StandardCharsets.UTF_8).contains(data.secret()));

            // the grant runs out: the server's clock moves past its end instead of the test waiting for it
            Samling.moveClock(api, GRANT.plusHours(1));
            String refused = fetch(guest, transcriptUrl);
            assertTrue(refused.startsWith("403"), refused);
            assertFalse(refused.contains(data.secret()), "a refusal carries none of the file");
            guest.driver.get(api.uri("file.xhtml?fileId=" + data.transcript()).toString());
            guest.visible(By.id("file-title"));
            assertFalse(guest.driver.getPageSource().contains(data.secret()), "nor does the file page any more");
            assertTrue(guest.driver.findElements(By.cssSelector("a[id$='download']")).isEmpty());

            curator.driver.get(api.uri("history.xhtml?persistentId=" + Api.encode(data.pid())).toString());
            String history = curator.visible(By.id("history")).getText();
            List<String> steps = List.of("Access requested", "Guest confirmed their address", "Access granted",
                    "File downloaded", "Access ran out", "Opening refused");
            int at = -1;
            for (String step : steps) {
                int found = history.indexOf(step, Math.max(at, 0));
                assertTrue(found > at, "the history shows '" + step + "' after the steps before it:\n" + history);
                at = found;
            }
            assertTrue(history.contains(email), "it says who confirmed");
            curator.screenshot("access-history");
        } finally {
            Samling.moveClock(api, Duration.ZERO);
        }
    }

    /** The status and body of a GET made by the page, with the browser's own session. */
    private static String fetch(Browser browser, String path) {
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + t)))"
                        + ".catch(e => done('error ' + e));", path);
        return String.valueOf(result);
    }
}
