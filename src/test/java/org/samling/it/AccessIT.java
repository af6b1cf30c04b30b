package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Controlled sharing through the API: requests (signed in and guest), grants that end by
 * themselves, returns and extensions, review links, groups and roles, embargoed and closed
 * files, the access history, and every refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void aRequestIsGrantedForAPeriodAndTheGrantEndsByItself() {
        SharedDataset data = SharedDataset.publish(api, "Grant cycle");
        Samling.User reader = Samling.newUser(api, "reader");
        String download = "api/access/datafile/" + data.transcript();
        assertEquals(403, api.get(download, reader.token()).status());

        Api.Response asked = api.put("api/access/datafile/" + data.transcript() + "/requestAccess", reader.token(),
                "{\"purpose\":\"Comparing mutual aid\",\"institution\":\"NIBR\"}".getBytes(), "application/json");
        assertEquals(200, asked.status(), asked.text());
        JsonArray listed = api.get("api/access/datafile/" + data.transcript() + "/listRequests", data.owner().token())
                .json().getJsonArray("data");
        assertEquals("@" + reader.username(), listed.getJsonObject(0).getString("identifier"));
        assertEquals("NIBR", listed.getJsonObject(0).getString("institution"));
        assertEquals(403, api.get("api/access/datafile/" + data.transcript() + "/listRequests", reader.token()).status());

        String grant = "api/access/datafile/" + data.transcript() + "/grantAccess/@" + reader.username();
        assertEquals(403, api.put(grant, reader.token(), new byte[0], "text/plain").status(), "no self-granting");
        Api.Response past = api.put(grant + "?expires=" + Instant.now().minus(1, ChronoUnit.DAYS), data.owner().token(),
                new byte[0], "text/plain");
        assertEquals(400, past.status());
        assertTrue(past.json().getString("message").contains("future"));
        Instant expires = Instant.now().plus(Duration.ofDays(1));
        assertEquals(200, api.put(grant + "?expires=" + expires, data.owner().token(), new byte[0], "text/plain").status());

        Api.Response opened = api.get(download, reader.token());
        assertEquals(200, opened.status());
        assertTrue(opened.text().contains(data.secret()));
        assertEquals(403, api.get(download, null).status(), "the grant is the reader's alone");
        JsonArray mine = api.get("api/grants/mine", reader.token()).json().getJsonArray("data");
        assertTrue(mine.getJsonObject(0).getBoolean("inForce"));

        // the grant's end, two days on, without waiting: the server's clock moves
        Samling.moveClock(api, Duration.ofDays(2));
        try {
            assertEquals(403, api.get(download, reader.token()).status(), "the grant ended with its day");
            assertFalse(api.get("api/files/" + data.transcript() + "/text", reader.token()).text()
                    .contains(data.secret()));
            assertFalse(api.get("api/grants/mine", reader.token()).json().getJsonArray("data").getJsonObject(0)
                    .getBoolean("inForce"));
            Api.Response notices = api.post("api/admin/jobs/grant-notices", Samling.adminToken());
            assertEquals(200, notices.status(), notices.text());
            Mailbox.awaitBody(reader.username() + "@example.org", "has ended");
            JsonArray history = api.get("api/datasets/:persistentId/accessHistory?persistentId=" + Api.encode(data.pid()),
                    data.owner().token()).json().getJsonArray("data");
            List<String> steps = history.getValuesAs(JsonObject.class).stream().map(e -> e.getString("what")).toList();
            assertTrue(steps.containsAll(List.of("RequestAccess", "GrantAccess", "DownloadFile", "GrantExpired")), steps.toString());
            Api.Response csv = api.get("api/datasets/:persistentId/accessHistory?format=csv&persistentId="
                    + Api.encode(data.pid()), data.owner().token());
            assertTrue(csv.text().startsWith("when,who,from,what,target,details"));
            assertTrue(csv.text().contains("@" + reader.username()));
            assertEquals(403, api.get("api/datasets/:persistentId/accessHistory?persistentId=" + Api.encode(data.pid()),
                    reader.token()).status());

            Api.Response extension = api.postJson("api/grants/" + mine.getJsonObject(0).getInt("id") + "/extension",
                    reader.token(), "{\"until\":\"" + LocalDate.now().plusMonths(6) + "\",\"reason\":\"The analysis continues\"}");
            assertEquals(201, extension.status(), extension.text());
            long extensionId = extension.data().getJsonNumber("requestId").longValue();
            JsonObject asExtension = api.get("api/requests/" + extensionId, data.owner().token()).data();
            assertEquals("pending", asExtension.getString("state"));
            assertEquals("The analysis continues", asExtension.getString("purpose"));
        } finally {
            Samling.moveClock(api, Duration.ZERO);
        }
    }

    @Test
    void aGuestConfirmsTheAddressBeforeCuratorsSeeTheRequest() {
        SharedDataset data = SharedDataset.publish(api, "Guest request");
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@uni.example";
        Api.Response bad = api.postJson("api/requests", null, request(data, "not-an-address", true));
        assertEquals(400, bad.status());
        assertTrue(bad.json().getString("message").contains("not-an-address"));
        Api.Response unaccepted = api.postJson("api/requests", null, request(data, email, false));
        assertEquals(400, unaccepted.status(), "the terms must be accepted");

        Api.Response asked = api.postJson("api/requests", null, request(data, email, true));
        assertEquals(201, asked.status(), asked.text());
        assertTrue(asked.data().getBoolean("confirmationSent"));
        long id = asked.data().getJsonNumber("id").longValue();
        assertEquals("unconfirmed", api.get("api/requests/" + id, data.owner().token()).data().getString("state"));
        assertTrue(inbox(data).isEmpty(), "curators do not see unconfirmed requests");

        String token = Mailbox.token(Mailbox.awaitBody(email, "Confirm"));
        assertEquals(404, api.post("api/requests/confirm?token=wrong" + token, null).status());
        assertEquals(200, api.post("api/requests/confirm?token=" + token, null).status());
        assertEquals(404, api.post("api/requests/confirm?token=" + token, null).status(), "a confirmation link works once");
        JsonObject waiting = inbox(data).get(0);
        assertEquals("pending", waiting.getString("state"));
        assertTrue(waiting.getBoolean("guest"));
        Mailbox.awaitBody(data.owner().username() + "@example.org", "New access request");

        Api.Response granted = api.postJson("api/requests/" + id + "/grant", data.owner().token(),
                "{\"expires\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(200, granted.status(), granted.text());
        String signIn = Mailbox.awaitBody(email, "Access granted");
        assertTrue(signIn.contains("/confirm.xhtml?token="), "a guest gets a link to sign in again");
        assertEquals("granted", api.get("api/requests/" + id, data.owner().token()).data().getString("state"));
    }

    @Test
    void anAddressWithAnAccountIsAnsweredLikeAnyOtherAndItsLinkSignsNobodyIn() {
        SharedDataset data = SharedDataset.publish(api, "Account holder request");
        Samling.User holder = Samling.newUser(api, "holder");
        String email = holder.username() + "@example.org";
        Api.Response asked = api.postJson("api/requests", null, request(data, email, true));
        assertEquals(201, asked.status(), "the form does not tell whether an address has an account: " + asked.text());
        assertTrue(asked.data().getBoolean("confirmationSent"));
        long id = asked.data().getJsonNumber("id").longValue();
        assertTrue(inbox(data).isEmpty(), "curators do not see it before the address is confirmed");

        String token = Mailbox.token(Mailbox.awaitBody(email, "Confirm"));
        try (Browser browser = new Browser()) {
            browser.driver.get(api.uri("confirm.xhtml?token=" + token).toString());
            browser.clickable(Browser.id("confirmForm:confirm")).click();
            browser.waitForText(By.cssSelector(".notice"), "Sign in to follow it");
            assertTrue(browser.driver.findElements(By.cssSelector(".who")).isEmpty(),
                    "a mailed link does not sign anyone in to a full account");
            assertEquals(1, browser.driver.findElements(By.id("signIn")).size());
        }
        assertEquals("pending", api.get("api/requests/" + id, data.owner().token()).data().getString("state"));
        assertTrue(api.get("api/requests/mine", holder.token()).json().getJsonArray("data").getValuesAs(JsonObject.class)
                .stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id),
                "the request is the account holder's, on their access page once they sign in");
    }

    @Test
    void curatorsReturnRequestsWithAQuestionOrTurnThemDown() {
        SharedDataset data = SharedDataset.publish(api, "Returned request");
        Samling.User reader = Samling.newUser(api, "asker");
        long id = api.postJson("api/requests", reader.token(), request(data, null, true)).data().getJsonNumber("id").longValue();
        assertEquals(400, api.postJson("api/requests/" + id + "/return", data.owner().token(), "{}").status(),
                "a question is needed");
        assertEquals(200, api.postJson("api/requests/" + id + "/return", data.owner().token(),
                "{\"question\":\"Which ethics approval covers your use?\"}").status());
        Mailbox.awaitBody(reader.username() + "@example.org", "A question");
        Samling.User other = Samling.newUser(api, "other");
        assertEquals(404, api.postJson("api/requests/" + id + "/answer", other.token(), request(data, null, true)).status());
        assertEquals(200, api.postJson("api/requests/" + id + "/answer", reader.token(),
                request(data, null, true).replace("Comparing", "Approved by the ethics board; comparing")).status());
        assertEquals("pending", api.get("api/requests/" + id, reader.token()).data().getString("state"));

        assertEquals(400, api.postJson("api/requests/" + id + "/reject", data.owner().token(), "{}").status(),
                "a reason is needed");
        assertEquals(403, api.postJson("api/requests/" + id + "/reject", reader.token(), "{\"reason\":\"x\"}").status());
        assertEquals(200, api.postJson("api/requests/" + id + "/reject", data.owner().token(),
                "{\"reason\":\"The consent does not cover this use.\"}").status());
        assertTrue(Mailbox.awaitBody(reader.username() + "@example.org", "turned down")
                .contains("The consent does not cover this use."));
        assertEquals(409, api.postJson("api/requests/" + id + "/grant", data.owner().token(), "{}").status(),
                "a decided request stays decided");
    }

    @Test
    void decisionsWaitForConfirmationAnswerWholeRequestsAndGiveNothingAway() {
        SharedDataset data = SharedDataset.publish(api, "Decision rules");
        long notes = api.upload(data.pid(), data.owner().token(), "field-notes.txt",
                ("Field notes " + data.secret()).getBytes(java.nio.charset.StandardCharsets.UTF_8), "{\"restrict\":true}")
                .data().getJsonArray("files").getJsonObject(0).getJsonObject("dataFile").getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(data.pid())
                + "&type=major", data.owner().token()).status());

        Samling.User reader = Samling.newUser(api, "both-files");
        long both = api.postJson("api/requests", reader.token(), request(data, null, true)
                .replace("\"fileIds\":[" + data.transcript() + "]", "\"fileIds\":[" + data.transcript() + "," + notes + "]"))
                .data().getJsonNumber("id").longValue();
        String grantOne = "api/access/datafile/%d/grantAccess/@" + reader.username();
        assertEquals(200, api.put(grantOne.formatted(data.transcript()), data.owner().token(), new byte[0], "text/plain")
                .status());
        assertEquals("pending", api.get("api/requests/" + both, reader.token()).data().getString("state"),
                "a grant of one file leaves a request for two with the curators");
        assertEquals(200, api.put(grantOne.formatted(notes), data.owner().token(), new byte[0], "text/plain").status());
        assertEquals("granted", api.get("api/requests/" + both, reader.token()).data().getString("state"));
        JsonObject grant = api.get("api/grants/mine", reader.token()).json().getJsonArray("data").getJsonObject(0);
        assertEquals(LocalDate.now().plusMonths(3) + "T23:59:59Z", grant.getString("expires"),
                "without an end, a grant lasts the period asked for");
        String revoke = "api/grants/" + grant.getInt("id");
        assertEquals(200, api.delete(revoke, data.owner().token()).status());
        assertEquals(409, api.delete(revoke, data.owner().token()).status(), "taken back once, and told once");

        Samling.User stranger = Samling.newUser(api, "prober");
        assertEquals(403, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@nobody-" + UUID.randomUUID(),
                stranger.token(), new byte[0], "text/plain").status(), "an unknown name looks like a known one");
        assertEquals(403, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + reader.username(),
                stranger.token(), new byte[0], "text/plain").status());
        String draftOnly = Samling.createDataset(api, data.owner().token(), "Never published");
        Api.Response unseen = api.postJson("api/requests", stranger.token(), "{\"persistentId\":\"" + draftOnly
                + "\",\"name\":\"P\",\"institution\":\"I\",\"purpose\":\"x\",\"plannedUse\":\"y\",\"acceptTerms\":true}");
        assertEquals(404, unseen.status(), "an unpublished dataset stays unknown");

        String email = "confirmed-" + UUID.randomUUID().toString().substring(0, 8) + "@uni.example";
        long first = api.postJson("api/requests", null, request(data, email, true)).data().getJsonNumber("id").longValue();
        assertEquals(409, api.postJson("api/requests/" + first + "/grant", data.owner().token(), "{}").status(),
                "nothing is decided before the address is confirmed");
        assertEquals(200, api.post("api/requests/confirm?token=" + Mailbox.token(Mailbox.awaitBody(email, "Confirm")),
                null).status());
        Api.Response again = api.postJson("api/requests", null, request(data, email, true));
        assertTrue(again.data().getBoolean("confirmationSent"), "someone else typing a confirmed address must confirm it too");
        assertEquals("unconfirmed", api.get("api/requests/" + again.data().getJsonNumber("id").longValue(),
                data.owner().token()).data().getString("state"));

        String collection = "grants-" + UUID.randomUUID().toString().substring(0, 6);
        api.postJson("api/dataverses/root", Samling.adminToken(), "{\"alias\":\"" + collection + "\",\"name\":\"Grants\"}");
        String setting = "api/dataverses/" + collection + "/attribute/grantDays?value=";
        assertEquals(403, api.put(setting + "30", stranger.token(), new byte[0], "text/plain").status());
        assertEquals(400, api.put(setting + "0", Samling.adminToken(), new byte[0], "text/plain").status());
        assertEquals(200, api.put(setting + "30", Samling.adminToken(), new byte[0], "text/plain").status());
        assertEquals(30, api.get("api/dataverses/" + collection, null).data().getInt("grantDays"));
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() {
        SharedDataset data = SharedDataset.publish(api, "Bad access input");
        Samling.User reader = Samling.newUser(api, "careless");
        assertEquals(404, api.put("api/access/datafile/987654321/requestAccess", reader.token(), new byte[0],
                "text/plain").status());
        assertEquals(404, api.get("api/requests/987654321", data.owner().token()).status());
        assertEquals(404, api.postJson("api/requests/987654321/grant", data.owner().token(), "{}").status());
        assertEquals(403, api.put("api/access/datafile/" + data.transcript() + "/requestAccess", null, new byte[0],
                "text/plain").status(), "the Dataverse call needs an account; the form takes guests");
        assertEquals(400, api.put("api/access/datafile/" + data.report() + "/requestAccess", reader.token(), new byte[0],
                "text/plain").status(), "public files need no request");
        Api.Response closed = api.put("api/access/datafile/" + data.recording() + "/requestAccess", reader.token(),
                new byte[0], "text/plain");
        assertEquals(400, closed.status());
        assertTrue(closed.json().getString("message").contains("closed"));
        assertEquals(404, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@nobody-" + UUID.randomUUID(),
                data.owner().token(), new byte[0], "text/plain").status());
        assertEquals(400, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + reader.username()
                + "?expires=soon", data.owner().token(), new byte[0], "text/plain").status());
        assertTrue(api.get("api/grants/mine", reader.token()).json().getJsonArray("data").isEmpty(),
                "none of it granted anything");
    }

    @Test
    void reviewLinksOpenTheDraftUntilRevokedAndHideTheAuthorsWhenAnonymised() {
        SharedDataset data = SharedDataset.publish(api, "Review link study");
        assertEquals(200, api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), Samling.datasetJson("Review link study, revised")).status());
        Api.Response made = api.postJson("api/datasets/:persistentId/privateUrl?anonymizedAccess=true&persistentId="
                + Api.encode(data.pid()), data.owner().token(), "{\"fileIds\":[" + data.transcript() + "]}");
        assertEquals(200, made.status(), made.text());
        String token = made.data().getString("token");
        long linkId = made.data().getJsonNumber("id").longValue();

        Api reviewer = new Api(base, true);
        Api.Response page = reviewer.get("review/" + token, null);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Review link study, revised"), "the reviewer reads the draft");
        assertTrue(page.text().contains("[hidden for review]"));
        assertFalse(page.text().contains("Tester, Ann"), "the author's name is hidden");
        assertFalse(page.text().contains("Test institute"), "and the affiliation");
        JsonObject json = reviewer.get("api/datasets/:persistentId/?persistentId=" + Api.encode(data.pid()), null).data();
        assertFalse(json.toString().contains("Tester, Ann"), "the JSON export hides them too");
        assertEquals(200, reviewer.get("api/access/datafile/" + data.transcript(), null).status());
        assertEquals(403, reviewer.get("api/access/datafile/" + data.consent(), null).status(), "only the files allowed");

        assertEquals(403, api.delete("api/datasets/:persistentId/privateUrl/" + linkId + "?persistentId="
                + Api.encode(data.pid()), Samling.newUser(api, "stranger").token()).status());
        assertEquals(200, api.delete("api/datasets/:persistentId/privateUrl/" + linkId + "?persistentId="
                + Api.encode(data.pid()), data.owner().token()).status());
        assertEquals(403, reviewer.get("api/access/datafile/" + data.transcript(), null).status(), "revoked at once");
        assertEquals(404, reviewer.get("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(data.pid()),
                null).status());
        assertEquals(404, new Api(base, true).get("review/" + token, null).status(), "the link no longer opens");
    }

    @Test
    void groupsOfPeopleAddressesAndDomainsCarryRoles() throws Exception {
        SharedDataset data = SharedDataset.publish(api, "Group roles");
        String collection = "groups-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.postJson("api/dataverses/root", Samling.adminToken(),
                "{\"alias\":\"" + collection + "\",\"name\":\"Groups\"}").status());
        String address = InetAddress.getByName(base.getHost()).getHostAddress();

        assertEquals(201, api.postJson("api/dataverses/" + collection + "/groups", Samling.adminToken(),
                "{\"alias\":\"elsewhere-" + collection + "\",\"kind\":\"IP_RANGE\",\"ipRanges\":[\"2001:db8::/32\"]}").status());
        assertEquals(400, api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"&elsewhere-" + collection + "\",\"role\":\"member\"}").status(),
                "a group serves its own collection and those below it, not a dataset elsewhere");
        Api.Response badRange = api.postJson("api/dataverses/root/groups", Samling.adminToken(),
                "{\"alias\":\"bad-" + collection + "\",\"kind\":\"IP_RANGE\",\"ipRanges\":[\"example.org\"]}");
        assertEquals(400, badRange.status());
        assertEquals(201, api.postJson("api/dataverses/root/groups", Samling.adminToken(),
                "{\"alias\":\"campus-" + collection + "\",\"name\":\"Campus\",\"kind\":\"IP_RANGE\",\"ipRanges\":[\""
                        + address + "/32\", \"2001:db8::/32\"]}").status());
        Api.Response assigned = api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"&campus-" + collection + "\",\"role\":\"member\"}");
        assertEquals(201, assigned.status(), assigned.text());
        assertEquals(200, api.get("api/access/datafile/" + data.transcript(), null).status(),
                "anyone calling from the campus range opens restricted files");
        assertEquals(403, api.get("api/access/datafile/" + data.consent(), null).status(), "but not embargoed ones");
        assertEquals(200, api.delete("api/datasets/:persistentId/assignments/" + assigned.data().getInt("id")
                + "?persistentId=" + Api.encode(data.pid()), data.owner().token()).status());
        assertEquals(403, api.get("api/access/datafile/" + data.transcript(), null).status());

        Samling.User colleague = Samling.newUser(api, "colleague");
        assertEquals(201, api.postJson("api/dataverses/root/groups", Samling.adminToken(),
                "{\"alias\":\"team-" + collection + "\",\"kind\":\"EXPLICIT\",\"members\":[\"@" + colleague.username()
                        + "\"]}").status());
        assertEquals(201, api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"&team-" + collection + "\",\"role\":\"member\"}").status());
        assertEquals(200, api.get("api/access/datafile/" + data.transcript(), colleague.token()).status());

        assertEquals(201, api.postJson("api/dataverses/root/groups", Samling.adminToken(),
                "{\"alias\":\"domain-" + collection + "\",\"kind\":\"EMAIL_DOMAIN\",\"domains\":[\"example.org\"]}").status());
        assertEquals(201, api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"&domain-" + collection + "\",\"role\":\"reader\"}").status());
        JsonArray assignments = api.get("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token()).json().getJsonArray("data");
        assertTrue(assignments.toString().contains("&domain-" + collection));
        assertEquals(403, api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                colleague.token(), "{\"assignee\":\"@" + colleague.username() + "\",\"role\":\"curator\"}").status(),
                "members do not give themselves roles");
        assertEquals(400, api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"bob\",\"role\":\"curator\"}").status());
    }

    private List<JsonObject> inbox(SharedDataset data) {
        return api.get("api/requests?persistentId=" + Api.encode(data.pid()), data.owner().token()).json()
                .getJsonArray("data").getValuesAs(JsonObject.class);
    }

    private static String request(SharedDataset data, String email, boolean accept) {
        return "{\"persistentId\":\"" + data.pid() + "\",\"fileIds\":[" + data.transcript() + "],"
                + "\"name\":\"Guest Researcher\",\"institution\":\"University of Example\","
                + (email == null ? "" : "\"email\":\"" + email + "\",")
                + "\"purpose\":\"Comparing mutual aid in two countries\",\"plannedUse\":\"Encrypted laptop, deleted after\","
                + "\"periodEnd\":\"" + LocalDate.now().plusMonths(3) + "\",\"acceptTerms\":" + accept + "}";
    }
}
