package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samling.it.ClientPlans.bytes;
import static org.samling.it.ClientPlans.call;
import static org.samling.it.ClientPlans.file;
import static org.samling.it.ClientPlans.flag;
import static org.samling.it.ClientPlans.uploaded;
import static org.samling.it.ClientPlans.value;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
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

/**
 * The official Dataverse JavaScript client's uploads (Dataverse's direct upload, in one part and in
 * several, then a replace), its API token calls, deleting a collection and reading a draft through
 * a review link's token, unmodified against {@code /api/v1}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataverseClientUploadsIT {

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
    void aDepositorUploadsAndReplacesFilesThroughTheClientsDirectUpload() throws Exception {
        Samling.User owner = Samling.newUser(api, "clientupload");
        String pid = Samling.createDataset(api, owner.token(), "Client uploads " + UUID.randomUUID().toString().substring(0, 6));
        String byPid = "?persistentId=" + Api.encode(pid);
        long datasetId = api.get("api/datasets/:persistentId/" + byPid, owner.token()).data().getJsonNumber("id").longValue();
        String interview = "Intervju om frivillighet i Drammen.\n";
        String piece = "kommune;tiltak;antal\n";
        int pieces = 12000; // 252,000 bytes: four parts of 64 KiB in the tests' configuration
        JsonArrayBuilder calls = Json.createArrayBuilder()
                .add(call("upload interview", "uploadFile", Json.createArrayBuilder().add(datasetId)
                        .add(file("interview.txt", interview, 1)).add(flag("$progress")).add(flag("$abort"))))
                .add(call("upload table", "uploadFile", Json.createArrayBuilder().add(datasetId)
                        .add(file("table.csv", piece, pieces)).add(flag("$progress")).add(flag("$abort"))))
                .add(call("add wrongly", "addUploadedFilesToDataset", Json.createArrayBuilder().add(datasetId)
                        .add(Json.createArrayBuilder().add(uploaded("interview.txt", "upload interview", "0".repeat(32))
                                .add("restrict", true)))))
                .add(call("add", "addUploadedFilesToDataset", Json.createArrayBuilder().add(datasetId)
                        .add(Json.createArrayBuilder()
                                .add(uploaded("interview.txt", "upload interview", Checksums.of("MD5", bytes(interview)))
                                        .add("description", "The first interview").add("restrict", true)
                                        .add("categories", Json.createArrayBuilder().add("Interview")))
                                .add(uploaded("table.csv", "upload table", Checksums.of("MD5", bytes(piece.repeat(pieces))))))));
        JsonObject results = run(owner.token(), calls.build().toString());
        for (String name : List.of("upload interview", "upload table", "add")) {
            assertTrue(results.getJsonObject(name).getBoolean("ok"), name + ": " + results.getJsonObject(name));
        }
        assertFalse(results.getJsonObject("add wrongly").getBoolean("ok"), "a wrong checksum is refused");

        JsonObject draft = api.get("api/datasets/:persistentId/versions/:draft" + byPid, owner.token()).data();
        List<JsonObject> files = draft.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("interview.txt", "table.csv"), files.stream().map(f -> f.getString("label")).toList(),
                "both files, each once");
        JsonObject interviewFile = files.get(0);
        assertTrue(interviewFile.getBoolean("restricted"));
        assertEquals("The first interview", interviewFile.getString("description"));
        assertEquals("Interview", interviewFile.getJsonArray("categories").getString(0));
        long interviewId = interviewFile.getJsonObject("dataFile").getJsonNumber("id").longValue();
        long tableId = files.get(1).getJsonObject("dataFile").getJsonNumber("id").longValue();
        assertEquals(piece.repeat(pieces), api.get("api/access/datafile/" + tableId, owner.token()).text(),
                "the parts were put together in order");

        String corrected = "Intervju om frivillighet i Drammen, rättad.\n";
        JsonArrayBuilder replacing = Json.createArrayBuilder()
                .add(call("upload correction", "uploadFile", Json.createArrayBuilder().add(datasetId)
                        .add(file("interview-v2.txt", corrected, 1)).add(flag("$progress")).add(flag("$abort"))))
                .add(call("replace", "replaceFile", Json.createArrayBuilder().add(interviewId)
                        .add(uploaded("interview-v2.txt", "upload correction", Checksums.of("MD5", bytes(corrected))))));
        JsonObject replaced = run(owner.token(), replacing.build().toString());
        assertTrue(replaced.getJsonObject("replace").getBoolean("ok"), replaced.toString());
        long newId = replaced.getJsonObject("replace").getJsonNumber("value").longValue();
        assertEquals(corrected, api.get("api/access/datafile/" + newId, owner.token()).text());
        List<JsonObject> after = api.get("api/datasets/:persistentId/versions/:draft" + byPid, owner.token()).data()
                .getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("interview-v2.txt", "table.csv"), after.stream().map(f -> f.getString("label")).toList(),
                "the replacement took the interview's place");
        assertEquals(newId, after.get(0).getJsonObject("dataFile").getJsonNumber("id").longValue());
        assertTrue(after.get(0).getBoolean("restricted"), "the description carries over");

        byte[] formLooking = bytes("a=b&c=d+e%20f\n");
        Api.Response destination = api.get("api/v1/datasets/" + datasetId + "/uploadurls?size=" + formLooking.length,
                owner.token());
        assertEquals(200, destination.status(), destination.text());
        String address = destination.data().getString("url");
        String path = address.substring(address.indexOf("api/"), address.indexOf("?key="));
        assertEquals(404, api.put(path + "?key=guessed", null, bytes("12345"), "application/octet-stream").status(),
                "without its key the address writes nothing");
        int stranger = api.get("api/v1/datasets/" + datasetId + "/uploadurls?size=5", null).status();
        assertTrue(List.of(401, 403, 404).contains(stranger), "a stranger gets no upload address: " + stranger);
        assertEquals(400, api.get("api/v1/datasets/" + datasetId + "/uploadurls", owner.token()).status());

        Api.Response curlLike = api.put(address.substring(address.indexOf("api/")), null, formLooking,
                "application/x-www-form-urlencoded");
        assertEquals(200, curlLike.status(), curlLike.text());
        assertEquals("\"" + Checksums.of("MD5", formLooking) + "\"", curlLike.headers().firstValue("ETag").orElse(""),
                "bytes sent as curl --data-binary sends them are taken as bytes, not as a form");
        String session = address.substring(address.indexOf("uploads/") + 8, address.indexOf("/direct"));
        assertEquals(formLooking.length, api.get("api/uploads/" + session, owner.token()).data().getInt("offset"));
    }

    @Test
    void tokensEmptyCollectionsAndReviewLinksThroughTheClient() throws Exception {
        Samling.User user = Samling.newUser(api, "clienttoken");
        JsonObject tokens = run(user.token(), Json.createArrayBuilder()
                .add(call("token", "getCurrentApiToken", Json.createArrayBuilder()))
                .add(call("recreate", "recreateCurrentApiToken", Json.createArrayBuilder())).build().toString());
        assertEquals(user.token(), value(tokens, "token").getString("apiToken"), tokens.toString());
        assertTrue(value(tokens, "token").getString("expirationDate").startsWith(String.valueOf(
                java.time.LocalDate.now().plusYears(1).getYear())), "a token lasts a year");
        String renewed = value(tokens, "recreate").getString("apiToken");
        assertEquals(401, api.get("api/users/:me", user.token()).status(), "the old token stops working");
        assertEquals(200, api.get("api/users/:me", renewed).status());
        JsonObject deleted = run(renewed, Json.createArrayBuilder()
                .add(call("delete", "deleteCurrentApiToken", Json.createArrayBuilder())).build().toString());
        assertTrue(deleted.getJsonObject("delete").getBoolean("ok"), deleted.toString());
        assertEquals(401, api.get("api/users/:me", renewed).status());

        String alias = "empty" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject collections = run(Samling.adminToken(), Json.createArrayBuilder()
                .add(call("create", "createCollection", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("alias", alias).add("name", "Made to be deleted").add("contacts", Json.createArrayBuilder()
                                .add("curator@example.org")).add("type", "RESEARCH_PROJECTS")).add("root")))
                .add(call("delete", "deleteCollection", Json.createArrayBuilder().add(alias)))
                .add(call("delete root", "deleteCollection", Json.createArrayBuilder().add("root"))).build().toString());
        assertTrue(collections.getJsonObject("delete").getBoolean("ok"), collections.toString());
        assertFalse(collections.getJsonObject("delete root").getBoolean("ok"));
        assertEquals(404, api.get("api/dataverses/" + alias, null).status());
        assertEquals(403, api.delete("api/dataverses/root", Samling.adminToken()).status());
        String full = "full" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("api/dataverses/root", Samling.adminToken(), "{\"alias\":\"" + full
                + "\",\"name\":\"Not empty\",\"dataverseContacts\":[{\"contactEmail\":\"c@example.org\"}]}").status());
        assertEquals(201, api.postJson("api/dataverses/" + full + "/datasets", Samling.adminToken(),
                Samling.datasetJson("Keeps its collection")).status());
        Api.Response refused = api.delete("api/dataverses/" + full, Samling.adminToken());
        assertEquals(409, refused.status(), "a collection with a dataset stays");
        assertTrue(refused.json().getString("message").contains(full));

        SharedDataset data = SharedDataset.publish(api, "Client review " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(200, api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), Samling.datasetJson("Client review, revised for the reviewers")).status());
        String token = api.postJson("api/datasets/:persistentId/privateUrl?anonymizedAccess=true&persistentId="
                + Api.encode(data.pid()), data.owner().token(), "{}").data().getString("token");
        JsonObject review = run(null, Json.createArrayBuilder()
                .add(call("draft", "getPrivateUrlDataset", Json.createArrayBuilder().add(token)))
                .add(call("citation", "getPrivateUrlDatasetCitation", Json.createArrayBuilder().add(token)))
                .add(call("unknown", "getPrivateUrlDataset", Json.createArrayBuilder().add("no-such-token"))).build().toString());
        assertTrue(review.getJsonObject("draft").getBoolean("ok"), review.toString());
        assertEquals("DRAFT", value(review, "draft").getJsonObject("versionInfo").getString("state"));
        assertTrue(value(review, "draft").toString().contains("Client review, revised for the reviewers"));
        assertFalse(review.toString().contains("Tester, Ann"), "an anonymised link hides the authors: " + review);
        assertTrue(review.getJsonObject("citation").getString("value").contains("Client review, revised"), review.toString());
        assertFalse(review.getJsonObject("unknown").getBoolean("ok"));
        assertTrue(api.get("api/datasets/:persistentId/accessHistory?persistentId=" + Api.encode(data.pid()),
                data.owner().token()).text().contains("ReviewLinkUsed"), "each read is in the access history");
    }

    private JsonObject run(String token, String calls) throws IOException, InterruptedException {
        return ClientPlans.run(base, token, calls);
    }
}
