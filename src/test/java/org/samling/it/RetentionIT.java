package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samling.it.DatasetJson.block;
import static org.samling.it.DatasetJson.compound;
import static org.samling.it.DatasetJson.dataset;
import static org.samling.it.DatasetJson.part;
import static org.samling.it.DatasetJson.primitive;
import static org.samling.it.DatasetJson.vocabulary;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention through the API: the list of overdue datasets for curators, their reminders, the
 * record of processing, and destroying a dataset's files while its record remains.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    @ArquillianResource
    URL base;

    Api api;
    String admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        admin = Samling.adminToken();
    }

    @Test
    void anOverdueDatasetsFilesAreDestroyedAndItsRecordRemains() throws Exception {
        String title = "Retention " + UUID.randomUUID().toString().substring(0, 6);
        String alias = Samling.createCollection(api, admin, "Retention", "root");
        String pid = api.postJson("api/dataverses/" + alias + "/datasets", admin, dataset(title, b -> b.add("sensitive",
                block(primitive("retentionUntil", "2020-01-31"), vocabulary("retentionAction", false, "destroy"),
                        vocabulary("legalBasis", false, "Art. 6(1)(a) consent"),
                        compound("dataController", true, part("dataControllerName", "primitive", "NIBR"))))))
                .data().getString("persistentId");
        Samling.User admin2 = new Samling.User("admin", null, admin);
        String words = "an interview with a person " + UUID.randomUUID();
        JsonObject file = Deposits.upload(api, admin2, pid, "interview.txt", words.getBytes(StandardCharsets.UTF_8), "{}");
        long fileId = file.getJsonObject("dataFile").getJsonNumber("id").longValue();
        assertTrue(storeHolds(words), "the bytes are in the store");
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId=" + pid, admin).status());

        JsonObject entry = api.get("api/dataverses/" + alias + "/retention", admin).json().getJsonArray("data").getJsonObject(0);
        assertEquals("OVERDUE", entry.getString("standing"));
        assertEquals("2020-01-31", entry.getString("until"));
        assertTrue(api.get("retention.xhtml?collection=" + alias, admin).text().contains(title));
        assertEquals(0, api.get("api/dataverses/" + alias + "/retention", Samling.newUser(api, "x").token())
                .json().getJsonArray("data").size(), "only curators see the list");

        Samling.User keeper = Samling.newUser(api, "keeper");
        assertEquals(201, api.postJson("api/dataverses/" + alias + "/assignments", admin,
                "{\"assignee\":\"@" + keeper.username() + "\",\"role\":\"curator\"}").status());
        assertTrue(api.post("api/admin/jobs/retention-reminders", admin).data().getInt("reminded") >= 1);
        String reminder = Mailbox.awaitBody(keeper.username() + "@example.org", title);
        assertTrue(reminder.contains("2020-01-31"), reminder);
        assertEquals(0, api.post("api/admin/jobs/retention-reminders", admin).data().getInt("reminded"),
                "curators are reminded once per date");
        assertEquals(403, api.post("api/admin/jobs/retention-reminders", keeper.token()).status());

        String record = api.get("api/dataverses/" + alias + "/recordOfProcessing?format=csv", admin).text();
        assertTrue(record.contains(pid) && record.contains("Art. 6(1)(a) consent") && record.contains("NIBR"), record);

        String d = "api/datasets/:persistentId/";
        assertEquals(400, api.postJson(d + "retention/extend?persistentId=" + pid, admin,
                "{\"until\":\"2030-01-01\"}").status(), "an extension needs a reason");
        assertEquals(400, api.postJson(d + "destroyFiles?persistentId=" + pid, admin,
                "{\"confirmTitle\":\"not the title\",\"reason\":\"Retention ended\"}").status());
        assertEquals(200, api.get("api/access/datafile/" + fileId, admin).status(), "a refused destruction changes nothing");
        Api.Response destroyed = api.postJson(d + "destroyFiles?persistentId=" + pid, admin,
                "{\"confirmTitle\":\"" + title + "\",\"reason\":\"Retention ended; consent covered archiving until 2020\"}");
        assertEquals(200, destroyed.status(), destroyed.text());
        assertEquals(1, destroyed.data().getInt("filesDestroyed"));

        assertEquals(404, api.get("api/access/datafile/" + fileId, admin).status());
        await().atMost(Duration.ofSeconds(10)).until(() -> !storeHolds(words));
        String landing = api.get("dataset.xhtml?persistentId=" + pid, null).text();
        assertTrue(landing.contains(title) && landing.contains("Retention ended; consent covered archiving until 2020"));
        assertTrue(api.get(d + "?persistentId=" + pid, null).data().getJsonObject("latestVersion").containsKey("citation"));
        String history = api.get(d + "accessHistory?persistentId=" + pid, admin).text();
        assertTrue(history.contains("DestroyFiles"), history);
        assertEquals(409, api.postJson(d + "destroyFiles?persistentId=" + pid, admin,
                "{\"confirmTitle\":\"" + title + "\",\"reason\":\"again\"}").status());
    }

    /** Whether some stored object holds exactly these bytes (the store is the server's files/store). */
    private static boolean storeHolds(String content) throws java.io.IOException {
        byte[] wanted = content.getBytes(StandardCharsets.UTF_8);
        try (var stored = java.nio.file.Files.walk(Samling.home().resolve("files/store"))) {
            return stored.filter(java.nio.file.Files::isRegularFile).filter(p -> p.toFile().length() == wanted.length)
                    .anyMatch(p -> {
                        try {
                            return java.util.Arrays.equals(java.nio.file.Files.readAllBytes(p), wanted);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    });
        }
    }
}
