package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Searching in a real browser as a reader with a grant: pages through everything, narrows by two
 * facets, removes one, sorts, then finds words in a timed transcript and lands in its recording
 * where they are spoken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @Test
    void aReaderNarrowsSortsAndLandsAtTheSpokenWords() {
        Api api = new Api(base);
        String admin = Samling.adminToken();
        String pid = api.get("api/search?type=dataset&q=selvhjelp", null).data().getJsonArray("items").getJsonObject(0)
                .getString("global_id");
        Map<String, Long> files = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), admin).data()
                .getJsonObject("latestVersion").getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonObject("dataFile"))
                .collect(Collectors.toMap(f -> f.getString("filename"), f -> f.getJsonNumber("id").longValue()));
        Samling.User reader = Samling.newUser(api, "searcher");
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS);
        for (String name : List.of("interview-g11-transcript.vtt", "interview-g11-recording.mp3")) {
            assertEquals(200, api.put("api/access/datafile/" + files.get(name) + "/grantAccess/@" + reader.username()
                    + "?expires=" + until, admin, new byte[0], "text/plain").status());
        }

        try (Browser browser = new Browser()) {
            browser.signIn(api, reader);
            browser.driver.get(api.uri("search.xhtml?q=*").toString());
            String firstPage = browser.visible(By.cssSelector(".pager span")).getText();
            assertTrue(firstPage.startsWith("1–20"), firstPage);
            browser.clickable(By.id("next")).click();
            assertTrue(browser.visible(By.cssSelector(".pager span")).getText().startsWith("21–"));

            facet(browser, "fileTag", "Transcript").click();
            facet(browser, "fileTypeGroupFacet", "Timed transcript").click();
            List<WebElement> chips = browser.driver.findElements(By.cssSelector("#chips .chip"));
            assertEquals(2, chips.size());
            assertTrue(browser.driver.getCurrentUrl().contains("fq="), "the state is in the address");
            assertTrue(names(browser).stream().allMatch(n -> n.endsWith(".vtt")), names(browser).toString());
            browser.screenshot("search-facets");
            browser.driver.findElements(By.cssSelector("#chips .chip")).get(0).click();
            assertEquals(1, browser.driver.findElements(By.cssSelector("#chips .chip")).size());

            browser.driver.findElements(By.cssSelector(".sorts .sort")).stream()
                    .filter(e -> e.getText().equals("Title A–Z")).findFirst().orElseThrow().click();
            List<String> sorted = names(browser);
            assertEquals(sorted.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), sorted);

            WebElement box = browser.visible(By.id("q"));
            box.clear();
            box.sendKeys("erfaringer\n");
            facet(browser, "fileTypeGroupFacet", "Timed transcript").click();
            WebElement hit = browser.driver.findElements(By.cssSelector(".hit-file")).stream()
                    .filter(h -> h.getText().contains("interview-g11-transcript.vtt")).findFirst().orElseThrow();
            assertTrue(hit.findElement(By.cssSelector(".snippet mark")).getText().toLowerCase().startsWith("erfaring"));
            hit.findElement(By.cssSelector("a.file-hit")).click();

            assertTrue(browser.driver.getCurrentUrl().contains("t=12"), browser.driver.getCurrentUrl());
            WebElement cue = browser.visible(By.cssSelector(".cue.current"));
            assertEquals("12.0", cue.getAttribute("data-start"));
            assertTrue(cue.getText().contains("erfaringer"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static WebElement facet(Browser browser, String field, String value) {
        return browser.clickable(By.cssSelector("[data-facet='" + field + "'] a[data-value='" + value + "']"));
    }

    private static List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#results .hit h3 a")).stream().map(WebElement::getText).toList();
    }
}
