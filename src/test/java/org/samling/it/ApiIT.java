package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on Payara Micro against PostgreSQL, called from outside as a client would:
 * create, upload, publish, search, download, and every refusal and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

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
    void demoStudiesAreSearchableAndTheirRestrictedFilesStayClosed() throws Exception {
        String swedish = onlyHit("resiliens");
        String norwegian = onlyHit("selvhjelp");
        assertFalse(swedish.equals(norwegian));

        JsonObject dataset = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(swedish), null).data();
        long article = fileId(dataset, "article-sv.pdf");
        long transcript = fileId(dataset, "interview-ip03-transcript.txt");

        Api.Response download = api.get("api/access/datafile/" + article, null);
        assertEquals(200, download.status());
        assertArrayEquals(Files.readAllBytes(Samling.fixtures().resolve("sv-mutual-aid-covid19/article-sv.pdf")),
                download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));

        String secret = "återfalla";
        assertTrue(Files.readString(Samling.fixtures().resolve("sv-mutual-aid-covid19/interview-ip03-transcript.txt"))
                .contains(secret), "the fixture holds the words the test looks for");
        Api.Response anonymous = api.get("api/access/datafile/" + transcript, null);
        assertEquals(403, anonymous.status());
        assertFalse(anonymous.text().contains(secret));
        Samling.User stranger = Samling.newUser(api, "stranger");
        Api.Response signedIn = api.get("api/access/datafile/" + transcript, stranger.token());
        assertEquals(403, signedIn.status());
        assertFalse(signedIn.text().contains(secret));
        assertEquals(200, api.get("api/access/datafile/" + transcript, Samling.adminToken()).status());

        Api.Response page = api.get("dataset.xhtml?persistentId=" + Api.encode(swedish), null);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Ömsesidiga hjälporganisationer"));
        assertFalse(page.text().contains(secret));
    }

    @Test
    void depositorCreatesUploadsAndPublishesAndThenEveryoneFindsTheDataset() throws Exception {
        Samling.User depositor = Samling.newUser(api, "depositor");
        String marker = "kvalitativ" + UUID.randomUUID().toString().substring(0, 8);
        String pid = Samling.createDataset(api, depositor.token(), "Interviews about " + marker);

        byte[] content = ("Transcript of an interview about " + marker + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
        Api.Response upload = api.upload(pid, depositor.token(), "notes/../../transcript.txt", content,
                "{\"description\":\"A transcript\",\"categories\":[\"Transcript\"],\"restrict\":false}");
        assertEquals(200, upload.status(), upload.text());
        JsonObject added = upload.data().getJsonArray("files").getJsonObject(0);
        JsonObject dataFile = added.getJsonObject("dataFile");
        assertEquals("transcript.txt", added.getString("label"), "path segments in a file name are dropped");
        assertEquals(Checksums.of("SHA-256", content), dataFile.getJsonObject("checksum").getString("value"));
        assertEquals(Checksums.of("MD5", content), dataFile.getString("md5"));
        assertEquals(content.length, dataFile.getJsonNumber("filesize").longValue());
        assertEquals("Transcript", added.getJsonArray("categories").getString(0));
        long fileId = dataFile.getJsonNumber("id").longValue();

        Api.Response restrictedUpload = api.upload(pid, depositor.token(), "consent.txt",
                "signed consent".getBytes(StandardCharsets.UTF_8), "{\"restrict\":true,\"categories\":[\"Consent form\"]}");
        long consentId = restrictedUpload.data().getJsonArray("files").getJsonObject(0)
                .getJsonObject("dataFile").getJsonNumber("id").longValue();

        // the draft is the depositor's alone
        assertEquals(404, api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), null).status());
        assertEquals(404, api.get("api/access/datafile/" + fileId, null).status());
        assertEquals(0, search(marker, null).getJsonNumber("total_count").intValue());
        assertEquals(1, search(marker, depositor.token()).getJsonNumber("total_count").intValue());
        JsonObject draft = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token())
                .data().getJsonObject("latestVersion");
        assertEquals("DRAFT", draft.getString("versionState"));
        assertEquals(2, draft.getJsonArray("files").size());

        Api.Response published = api.post("api/datasets/:persistentId/actions/:publish?persistentId="
                + Api.encode(pid) + "&type=major", depositor.token());
        assertEquals(200, published.status(), published.text());
        JsonObject version = published.data().getJsonObject("latestVersion");
        assertEquals("RELEASED", version.getString("versionState"));
        assertEquals(1, version.getInt("versionNumber"));
        assertEquals(0, version.getInt("versionMinorNumber"));
        assertTrue(version.getString("citation").contains("https://doi.org/10.5072/SAMLING/"), version.getString("citation"));
        assertTrue(version.getString("citation").startsWith("Tester, Ann, "), version.getString("citation"));

        String byPid = "?persistentId=" + Api.encode(pid);
        JsonObject anonymous = api.get("api/datasets/:persistentId/" + byPid, null).data().getJsonObject("latestVersion");
        assertEquals(List.of("consent.txt", "transcript.txt"), labels(anonymous), "every file, in name order");
        assertTrue(anonymous.getJsonArray("files").getJsonObject(0).getBoolean("restricted"));
        assertEquals("RELEASED", anonymous.getString("versionState"), "the streamed files come after the version's fields");
        assertFalse(api.get("api/datasets/:persistentId/versions/:latest" + byPid + "&excludeFiles=true", null).data()
                .containsKey("files"));
        assertEquals(List.of("consent.txt", "transcript.txt"), labels(api.get("api/datasets/:persistentId/versions/1.0"
                + byPid, null).data()));
        JsonObject listed = api.get("api/datasets/:persistentId/versions" + byPid + "&excludeFiles=false", null).json();
        assertEquals(1, listed.getInt("totalCount"));
        assertEquals(List.of("consent.txt", "transcript.txt"), labels(listed.getJsonArray("data").getJsonObject(0)));

        JsonObject found = search(marker, null);
        assertEquals(1, found.getJsonNumber("total_count").intValue());
        JsonObject item = found.getJsonArray("items").getJsonObject(0);
        assertEquals(pid, item.getString("global_id"));
        assertEquals("dataset", item.getString("type"));
        assertEquals("Interviews about " + marker, item.getString("name"));
        assertEquals("A study created by an integration test.", item.getString("description"));

        Api.Response download = api.get("api/access/datafile/" + fileId, null);
        assertEquals(200, download.status());
        assertArrayEquals(content, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("transcript.txt"));

        assertEquals(403, api.get("api/access/datafile/" + consentId, null).status());
        Samling.User stranger = Samling.newUser(api, "stranger");
        Api.Response refused = api.get("api/access/datafile/" + consentId, stranger.token());
        assertEquals(403, refused.status());
        assertFalse(refused.text().contains("signed consent"));
        assertEquals("signed consent", api.get("api/access/datafile/" + consentId, depositor.token()).text());
    }

    @Test
    void versionsAreNumberedMajorAndMinorAndAMinorVersionCannotChangeFiles() {
        Samling.User depositor = Samling.newUser(api, "versions");
        String pid = Samling.createDataset(api, depositor.token(), "Versioned study");
        String publish = "api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid) + "&type=";
        assertEquals(200, api.post(publish + "major", depositor.token()).status());

        String edited = Samling.datasetJson("Versioned study, corrected title");
        Api.Response edit = api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(pid),
                depositor.token(), edited);
        assertEquals(200, edit.status(), edit.text());
        JsonObject minor = api.post(publish + "minor", depositor.token()).data().getJsonObject("latestVersion");
        assertEquals(List.of(1, 1), List.of(minor.getInt("versionNumber"), minor.getInt("versionMinorNumber")));
        assertTrue(minor.getString("citation").contains("V1.1"));

        api.upload(pid, depositor.token(), "table.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), null);
        Api.Response refusedMinor = api.post(publish + "minor", depositor.token());
        assertEquals(400, refusedMinor.status());
        assertTrue(refusedMinor.json().getString("message").contains("major"));
        JsonObject major = api.post(publish + "major", depositor.token()).data().getJsonObject("latestVersion");
        assertEquals(List.of(2, 0), List.of(major.getInt("versionNumber"), major.getInt("versionMinorNumber")));

        JsonObject first = api.get("api/datasets/:persistentId/versions/1.0?persistentId=" + Api.encode(pid), null).data();
        assertEquals("Versioned study", fieldValue(first, "title"));
        assertEquals(0, first.getJsonArray("files").size());
        assertEquals(409, api.post(publish + "major", depositor.token()).status(), "no draft left to publish");
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        Samling.User depositor = Samling.newUser(api, "careless");
        String marker = "nothing" + UUID.randomUUID().toString().substring(0, 8);

        String noTitle = Samling.datasetJson(marker).replaceFirst("\\{\"typeName\":\"title\"[^}]*},", "");
        assertFalse(noTitle.contains("\"title\""));
        Api.Response missingTitle = api.postJson("api/dataverses/root/datasets", depositor.token(), noTitle);
        assertEquals(400, missingTitle.status());
        assertEquals("ERROR", missingTitle.json().getString("status"));
        assertTrue(missingTitle.json().getString("message").contains("title"), missingTitle.text());

        Api.Response unknownCollection = api.postJson("api/dataverses/no-such-collection/datasets",
                depositor.token(), Samling.datasetJson(marker));
        assertEquals(404, unknownCollection.status());
        assertTrue(unknownCollection.json().getString("message").contains("no-such-collection"));

        Api.Response malformed = api.postJson("api/dataverses/root/datasets", depositor.token(),
                "{\"datasetVersion\": {\"metadataBlocks\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().getString("message").startsWith("Malformed JSON"), malformed.text());

        Api.Response wrongToken = api.postJson("api/dataverses/root/datasets", "not-a-token", Samling.datasetJson(marker));
        assertEquals(401, wrongToken.status());
        assertTrue(wrongToken.json().getString("message").contains("API key"));
        assertEquals(401, api.get("api/users/:me", "not-a-token").status());

        assertEquals(0, search(marker, Samling.adminToken()).getJsonNumber("total_count").intValue(),
                "none of the refused requests created a dataset");

        String pid = Samling.createDataset(api, depositor.token(), "Upload limits " + marker);
        Path big = Files.createTempFile("too-big", ".bin");
        try {
            Files.write(big, new byte[(int) Samling.UPLOAD_LIMIT + 1024 * 1024]);
            Api.Response tooBig = api.upload(pid, depositor.token(), big, "recording.wav", null);
            assertEquals(413, tooBig.status());
            assertTrue(tooBig.json().getString("message").contains(String.valueOf(Samling.UPLOAD_LIMIT)));
        } finally {
            Files.deleteIfExists(big);
        }
        JsonObject draft = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token())
                .data().getJsonObject("latestVersion");
        assertEquals(0, draft.getJsonArray("files").size(), "the refused upload left no file");
        try (Stream<Path> staged = Files.list(Samling.home().resolve("files/tmp"))) {
            assertEquals(0, staged.count(), "the refused upload left no bytes in the staging area");
        }

        Api.Response weak = api.postJson("api/builtin-users?password=short&key=" + Samling.BUILTIN_USERS_KEY, null,
                "{\"userName\":\"weak-" + marker + "\",\"firstName\":\"W\",\"lastName\":\"P\",\"email\":\"w@example.org\"}");
        assertEquals(400, weak.status());
        Api.Response wrongKey = api.postJson("api/builtin-users?password=Good-pass-123&key=wrong", null,
                "{\"userName\":\"key-" + marker + "\",\"firstName\":\"W\",\"lastName\":\"K\",\"email\":\"k@example.org\"}");
        assertEquals(401, wrongKey.status());
    }

    @Test
    void strangersCannotChangeSomeoneElsesDataset() {
        Samling.User owner = Samling.newUser(api, "owner");
        Samling.User stranger = Samling.newUser(api, "intruder");
        String pid = Samling.createDataset(api, owner.token(), "Owned study");

        Api.Response upload = api.upload(pid, stranger.token(), "x.txt", "x".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(403, upload.status());
        assertEquals(403, api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", stranger.token()).status());
        assertEquals(403, api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(pid),
                stranger.token(), Samling.datasetJson("Taken over")).status());
        assertEquals(404, api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), stranger.token()).status());
        assertEquals(403, api.postJson("api/dataverses/root", stranger.token(),
                "{\"alias\":\"mine\",\"name\":\"Mine\"}").status());
    }

    @Test
    void accountsCollectionsAndNestedDatasets() {
        Samling.User user = Samling.newUser(api, "me");
        JsonObject me = api.get("api/users/:me", user.token()).data();
        assertEquals(user.username(), me.getString("userName"));
        assertEquals(401, api.get("api/users/:me", null).status());

        JsonObject root = api.get("api/dataverses/root", null).data();
        assertEquals("root", root.getString("alias"));
        String alias = "inst-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api.postJson("api/dataverses/root", Samling.adminToken(),
                "{\"alias\":\"" + alias + "\",\"name\":\"An institute\",\"description\":\"Nested\"}");
        assertEquals(201, created.status(), created.text());
        assertEquals(root.getJsonNumber("id").longValue(), created.data().getJsonNumber("ownerId").longValue());

        Api.Response dataset = api.postJson("api/dataverses/" + alias + "/datasets", user.token(),
                Samling.datasetJson("Nested study"));
        assertEquals(201, dataset.status(), "depositing is open to signed-in users below root too");
        Api.Response page = api.get("dataverse/" + alias, user.token());
        assertEquals(200, page.status());
        assertTrue(page.text().contains("An institute"));
    }

    private String onlyHit(String query) {
        JsonObject data = search(query, null);
        assertEquals(1, data.getJsonNumber("total_count").intValue(), "hits for " + query);
        return data.getJsonArray("items").getJsonObject(0).getString("global_id");
    }

    private JsonObject search(String query, String token) {
        Api.Response response = api.get("api/search?type=dataset&q=" + Api.encode(query), token);
        assertEquals(200, response.status(), response.text());
        return response.data();
    }

    private static List<String> labels(JsonObject version) {
        return version.getJsonArray("files").getValuesAs(JsonObject.class).stream().map(f -> f.getString("label")).toList();
    }

    private static long fileId(JsonObject dataset, String name) {
        return dataset.getJsonObject("latestVersion").getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("label").equals(name))
                .findFirst().orElseThrow()
                .getJsonObject("dataFile").getJsonNumber("id").longValue();
    }

    private static String fieldValue(JsonObject version, String typeName) {
        return version.getJsonObject("metadataBlocks").getJsonObject("citation").getJsonArray("fields")
                .getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("typeName").equals(typeName))
                .findFirst().orElseThrow().getString("value");
    }
}
