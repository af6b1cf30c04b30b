package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samling.it.DatasetJson.block;
import static org.samling.it.DatasetJson.citationWith;
import static org.samling.it.DatasetJson.compound;
import static org.samling.it.DatasetJson.dataset;
import static org.samling.it.DatasetJson.part;
import static org.samling.it.DatasetJson.primitive;
import static org.samling.it.DatasetJson.vocabulary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Curation through the API: metadata blocks as data and per collection, curator-only fields,
 * review before publication, versions and their comparison, deaccession, licenses and
 * templates, retention and destruction, the record of processing, and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurationIT {

    static final String LEGAL_BASIS_DETAIL = "Public-interest research task, decision LB-";

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
    void theFourBlocksAreServedInDataverseShape() {
        JsonArray all = api.get("api/metadatablocks", null).json().getJsonArray("data");
        assertEquals(List.of("citation", "socialscience", "geospatial", "sensitive"),
                all.getValuesAs(JsonObject.class).stream().map(b -> b.getString("name")).toList());
        JsonObject social = api.get("api/metadatablocks/socialscience", null).data();
        JsonObject fields = social.getJsonObject("fields");
        for (String name : List.of("unitOfAnalysis", "universe", "timeMethod", "samplingProcedure", "collectionMode",
                "researchInstrument", "responseRate", "otherDataAppraisal")) {
            assertTrue(fields.containsKey(name), name);
        }
        JsonObject geographic = api.get("api/metadatablocks/geospatial", null).data().getJsonObject("fields")
                .getJsonObject("geographicCoverage");
        assertEquals("compound", geographic.getString("typeClass"));
        assertTrue(geographic.getJsonObject("childFields").getJsonObject("country").getBoolean("isControlledVocabulary"));
        Api.Response unknown = api.get("api/metadatablocks/noSuchBlock", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().getString("message").contains("noSuchBlock"));
    }

    @Test
    void aCollectionChoosesItsBlocksAndItsChildrenInheritThem() {
        String alias = collection("Blocks");
        assertEquals(200, api.postJson("api/dataverses/" + alias + "/metadatablocks", admin,
                "[\"citation\",\"socialscience\"]").status());
        JsonArray listed = api.get("api/dataverses/" + alias + "/metadatablocks", admin).json().getJsonArray("data");
        assertEquals(List.of("citation", "socialscience"),
                listed.getValuesAs(JsonObject.class).stream().map(b -> b.getString("name")).toList());
        String child = collection("Blocks child", alias);
        assertEquals(2, api.get("api/dataverses/" + child + "/metadatablocks", admin).json().getJsonArray("data").size());

        Api.Response bad = api.postJson("api/dataverses/" + alias + "/metadatablocks", admin, "[\"citation\",\"nope\"]");
        assertEquals(400, bad.status());
        assertEquals(2, api.get("api/dataverses/" + alias + "/metadatablocks", admin).json().getJsonArray("data").size(),
                "a refused change leaves the blocks as they were");

        Api.Response geo = api.postJson("api/dataverses/" + child + "/datasets", admin, dataset("Geo refused",
                b -> b.add("geospatial", block(compound("geographicCoverage", true, part("country", "controlledVocabulary",
                        "Norway"))))));
        assertEquals(400, geo.status());
        assertTrue(geo.json().getString("message").contains("geospatial"), geo.text());
    }

    @Test
    void badMetadataIsRefusedWithAClearMessageAndNothingIsCreated() {
        String title = "Refused " + UUID.randomUUID();
        record Case(String what, String json) {
        }
        List<Case> cases = List.of(
                new Case("wrong type", dataset(title, b -> b.add("citation", citationWith(title,
                        primitive("productionDate", "last spring"))))),
                new Case("unknown field", dataset(title, b -> b.add("citation", citationWith(title,
                        primitive("noSuchField", "x"))))),
                new Case("unknown block", dataset(title, b -> b.add("noSuchBlock", block(primitive("noSuchField", "x"))))),
                new Case("compound without its required part", dataset(title, b -> b.add("citation", citationWith(title,
                        compound("author", true, part("authorAffiliation", "primitive", "Nowhere")))))),
                new Case("vocabulary value outside the vocabulary", dataset(title, b -> b.add("geospatial",
                        block(compound("geographicCoverage", true, part("country", "controlledVocabulary", "Atlantis")))))),
                new Case("unknown license", Samling.datasetJson(title).replace("CC BY 4.0", "WTFPL")));
        for (Case c : cases) {
            Api.Response refused = api.postJson("api/dataverses/root/datasets", admin, c.json());
            assertEquals(400, refused.status(), c.what() + ": " + refused.text());
            assertFalse(refused.json().getString("message").isBlank(), c.what());
        }
        assertEquals(0, api.get("api/search?q=" + Api.encode("\"" + title + "\""), admin).data().getInt("total_count"));
    }

    @Test
    void curatorOnlyFieldsReachCuratorsAndNoReader() {
        String secret = LEGAL_BASIS_DETAIL + UUID.randomUUID().toString().substring(0, 8);
        String title = "Internal fields " + UUID.randomUUID().toString().substring(0, 6);
        String pid = api.postJson("api/dataverses/root/datasets", admin, dataset(title, b -> b.add("sensitive", block(
                primitive("legalBasisDescription", secret), primitive("retentionUntil", "2041-02-03"),
                vocabulary("anonymisation", false, "pseudonymised"),
                vocabulary("consentScope", true, "archiving", "teaching"))))).data().getString("persistentId");
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId=" + pid, admin).status());
        Samling.User reader = Samling.newUser(api, "reader");

        String asCurator = api.get("api/datasets/:persistentId/?persistentId=" + pid, admin).text();
        assertTrue(asCurator.contains(secret) && asCurator.contains("2041-02-03"));
        for (String token : new String[] {null, reader.token()}) {
            for (String path : List.of("api/datasets/:persistentId/?persistentId=" + pid,
                    "api/datasets/:persistentId/versions/1.0?persistentId=" + pid,
                    "api/datasets/:persistentId/versions?persistentId=" + pid,
                    "api/search?q=" + Api.encode(title) + "&show_facets=true",
                    "api/search?q=" + Api.encode(secret.substring(secret.length() - 8)),
                    "dataset.xhtml?persistentId=" + pid)) {
                String seen = api.get(path, token).text();
                assertFalse(seen.contains(secret), path + " leaks the legal basis");
                assertFalse(seen.contains("2041-02-03"), path + " leaks the retention date");
            }
            JsonObject shown = api.get("api/datasets/:persistentId/?persistentId=" + pid, token).data();
            assertTrue(shown.toString().contains("pseudonymised"), "anonymisation level is public by default");
            assertTrue(shown.toString().contains("teaching"), "consent scope is public by default");
        }

        assertEquals(200, api.put("api/dataverses/root/metadatablocks/fields/retentionUntil/internal?value=false", admin,
                new byte[0], "text/plain").status());
        try {
            assertTrue(api.get("api/datasets/:persistentId/?persistentId=" + pid, null).text().contains("2041-02-03"),
                    "a field made public is shown");
            assertFalse(api.get("api/datasets/:persistentId/?persistentId=" + pid, null).text().contains(secret));
        } finally {
            api.put("api/dataverses/root/metadatablocks/fields/retentionUntil/internal?value=default", admin,
                    new byte[0], "text/plain");
        }
        assertFalse(api.get("api/datasets/:persistentId/?persistentId=" + pid, null).text().contains("2041-02-03"));
    }

    @Test
    void aDepositGoesThroughReviewWithAConversation() {
        String alias = collection("Review");
        assertEquals(200, api.put("api/dataverses/" + alias + "/attribute/requireReview?value=true", admin,
                new byte[0], "text/plain").status());
        Samling.User depositor = Samling.newUser(api, "depositor");
        Samling.User stranger = Samling.newUser(api, "stranger");
        Samling.User curator = Samling.newUser(api, "curator");
        assertEquals(201, api.postJson("api/dataverses/" + alias + "/assignments", admin,
                "{\"assignee\":\"@" + depositor.username() + "\",\"role\":\"depositor\"}").status());
        assertEquals(201, api.postJson("api/dataverses/" + alias + "/assignments", admin,
                "{\"assignee\":\"@" + curator.username() + "\",\"role\":\"curator\"}").status());
        String pid = api.postJson("api/dataverses/" + alias + "/datasets", depositor.token(), Samling.datasetJson("Reviewed study"))
                .data().getString("persistentId");
        String d = "api/datasets/:persistentId/";

        Api.Response direct = api.post(d + "actions/:publish?type=major&persistentId=" + pid, depositor.token());
        assertTrue(direct.status() == 403 || direct.status() == 409, direct.text());
        Api.Response foreign = api.post(d + "submitForReview?persistentId=" + pid, stranger.token());
        assertTrue(List.of(401, 403, 404).contains(foreign.status()), foreign.text());
        assertEquals(0, locks(pid).size());

        assertEquals(200, api.post(d + "submitForReview?persistentId=" + pid, depositor.token()).status());
        assertEquals("InReview", locks(pid).getJsonObject(0).getString("lockType"));
        Mailbox.awaitBody(curator.username() + "@example.org", "Reviewed study");
        Api.Response edit = api.putJson(d + "versions/:draft?persistentId=" + pid, depositor.token(),
                Samling.datasetJson("Edited while in review"));
        assertEquals(409, edit.status(), edit.text());
        assertEquals(409, api.post(d + "submitForReview?persistentId=" + pid, depositor.token()).status());

        Api.Response noReason = api.postJson(d + "returnToAuthor?persistentId=" + pid, curator.token(), "{}");
        assertEquals(400, noReason.status());
        assertEquals(1, locks(pid).size());
        assertTrue(List.of(401, 403).contains(api.postJson(d + "returnToAuthor?persistentId=" + pid, depositor.token(),
                "{\"reasonForReturn\":\"self\"}").status()));
        assertEquals(200, api.postJson(d + "returnToAuthor?persistentId=" + pid, curator.token(),
                "{\"reasonForReturn\":\"Which universe was sampled?\"}").status());
        assertEquals(0, locks(pid).size());
        String told = Mailbox.awaitBody(depositor.username() + "@example.org", "Reviewed study");
        assertTrue(told.contains("Which universe was sampled?"), told);

        assertEquals(200, api.putJson(d + "versions/:draft?persistentId=" + pid, depositor.token(),
                Samling.datasetJson("Reviewed study, revised")).status());
        assertEquals(200, api.postJson(d + "submitForReview?persistentId=" + pid, depositor.token(),
                "{\"message\":\"Swedish mutual aid organisations.\"}").status());
        assertEquals(200, api.post(d + "actions/:publish?type=major&persistentId=" + pid, curator.token()).status());
        assertEquals(0, locks(pid).size());
        assertEquals("RELEASED", api.get(d + "?persistentId=" + pid, null).data().getJsonObject("latestVersion")
                .getString("versionState"));

        JsonArray thread = api.get(d + "reviewThread?persistentId=" + pid, depositor.token()).json().getJsonArray("data");
        assertEquals(List.of("submitted", "returned", "answered", "published"),
                thread.getValuesAs(JsonObject.class).stream().map(m -> m.getString("kind")).toList());
        assertEquals("Which universe was sampled?", thread.getJsonObject(1).getString("text"));
        assertEquals("Swedish mutual aid organisations.", thread.getJsonObject(2).getString("text"));
        assertTrue(List.of(403, 404).contains(api.get(d + "reviewThread?persistentId=" + pid, stranger.token()).status()));
        Mailbox.awaitBody(depositor.username() + "@example.org", "Published");
    }

    @Test
    void versionsAreListedComparedAndWithdrawn() throws Exception {
        String title = "Versions " + UUID.randomUUID().toString().substring(0, 6);
        String pid = Samling.createDataset(api, admin, title);
        String d = "api/datasets/:persistentId/";
        long kept = Deposits.upload(api, new Samling.User("admin", null, admin), pid, "kept.txt",
                "kept in both".getBytes(StandardCharsets.UTF_8), "{}").getJsonObject("dataFile").getJsonNumber("id")
                .longValue();
        assertEquals(200, api.post(d + "actions/:publish?type=major&persistentId=" + pid, admin).status());
        long firstOnly = kept;
        Deposits.upload(api, new Samling.User("admin", null, admin), pid, "added.txt",
                "added in 2.0".getBytes(StandardCharsets.UTF_8), "{}");
        assertEquals(200, api.putJson(d + "versions/:draft?persistentId=" + pid, admin,
                Samling.datasetJson(title + ", revised")).status());
        assertEquals(200, api.post(d + "actions/:publish?type=major&persistentId=" + pid, admin).status());

        JsonObject listed = api.get(d + "versions?persistentId=" + pid, null).json();
        assertEquals(2, listed.getInt("totalCount"));
        assertEquals(List.of(2, 1), listed.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getInt("versionNumber")).toList());
        assertEquals(1, api.get(d + "versions?limit=1&offset=1&persistentId=" + pid, null).json().getJsonArray("data").size());
        assertEquals(400, api.get(d + "versions?limit=0&persistentId=" + pid, null).status());

        JsonObject compared = api.get(d + "versions/1.0/compare/2.0?persistentId=" + pid, null).data();
        JsonObject titleChange = compared.getJsonArray("metadataChanges").getJsonObject(0).getJsonArray("changed")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("field").equals("title")).findFirst()
                .orElseThrow();
        assertEquals(title, titleChange.getString("oldValue"));
        assertEquals(title + ", revised", titleChange.getString("newValue"));
        assertEquals("added.txt", compared.getJsonArray("filesAdded").getJsonObject(0).getString("fileName"));
        assertFalse(compared.containsKey("filesRemoved"));
        assertEquals(400, api.get(d + "versions/2.0/compare/1.0?persistentId=" + pid, null).status());
        assertTrue(api.get("versions.xhtml?persistentId=" + pid + "&a=1.0&b=2.0", null).text().contains("added.txt"));

        assertEquals(400, api.postJson(d + "versions/2.0/deaccession?persistentId=" + pid, admin, "{}").status());
        assertEquals(400, api.postJson(d + "versions/2.0/deaccession?persistentId=" + pid, admin,
                "{\"deaccessionReason\":\"x\",\"deaccessionForwardURL\":\"javascript:alert(1)\"}").status());
        Samling.User reader = Samling.newUser(api, "reader");
        assertTrue(List.of(401, 403).contains(api.postJson(d + "versions/2.0/deaccession?persistentId=" + pid,
                reader.token(), "{\"deaccessionReason\":\"no\"}").status()));
        for (String version : List.of("2.0", "1.0")) {
            assertEquals(200, api.postJson(d + "versions/" + version + "/deaccession?persistentId=" + pid, admin,
                    "{\"deaccessionReason\":\"Consent was withdrawn.\",\"deaccessionForwardURL\":\"https://example.org/moved\"}")
                    .status());
        }
        JsonObject tombstone = api.get(d + "?persistentId=" + pid, null).data().getJsonObject("latestVersion");
        assertEquals("DEACCESSIONED", tombstone.getString("versionState"));
        assertEquals("Consent was withdrawn.", tombstone.getString("deaccessionNote"));
        String page = api.get("dataset.xhtml?persistentId=" + pid, null).text();
        assertTrue(page.contains("Consent was withdrawn.") && page.contains(title) && page.contains("https://example.org/moved"));
        assertTrue(List.of(403, 404).contains(api.get("api/access/datafile/" + firstOnly, null).status()));
        assertTrue(List.of(403, 404).contains(api.get("api/access/datafile/" + firstOnly, reader.token()).status()));
        assertEquals(200, api.get("api/access/datafile/" + firstOnly, admin).status());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("api/search?q=" + Api.encode("\"" + title + "\""), null).data().getInt("total_count") == 0);
        assertTrue(List.of(404, 409).contains(api.postJson(d + "versions/1.0/deaccession?persistentId=" + pid, admin,
                "{\"deaccessionReason\":\"again\"}").status()), "a withdrawn version is not withdrawn twice");
    }

    @Test
    void licensesAreAListTheAdministratorKeeps() {
        JsonArray licenses = api.get("api/licenses", null).json().getJsonArray("data");
        List<String> names = licenses.getValuesAs(JsonObject.class).stream().map(l -> l.getString("name")).toList();
        assertTrue(names.containsAll(List.of("CC0 1.0", "CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0")), names.toString());
        assertTrue(licenses.getJsonObject(0).getBoolean("isDefault"));

        String name = "Samling test licence " + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"name\":\"" + name + "\",\"uri\":\"https://example.org/licence/" + UUID.randomUUID()
                + "\",\"shortDescription\":\"For tests\",\"sortOrder\":9}";
        Samling.User reader = Samling.newUser(api, "reader");
        assertEquals(403, api.postJson("api/licenses", reader.token(), body).status());
        Api.Response added = api.postJson("api/licenses", admin, body);
        assertEquals(201, added.status(), added.text());
        assertEquals(409, api.postJson("api/licenses", admin, body).status());
        long id = api.get("api/licenses", null).json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();

        String pid = api.postJson("api/dataverses/root/datasets", admin, Samling.datasetJson("Licensed")
                .replace("CC BY 4.0", name)).data().getString("persistentId");
        assertEquals(name, api.get("api/datasets/:persistentId/?persistentId=" + pid, admin).data()
                .getJsonObject("latestVersion").getJsonObject("license").getString("name"));
        assertEquals(409, api.delete("api/licenses/" + id, admin).status(), "a license in use stays");
        assertEquals(200, api.put("api/licenses/" + id + "/:active/false", admin, new byte[0], "text/plain").status());
        assertEquals(400, api.postJson("api/dataverses/root/datasets", admin, Samling.datasetJson("Inactive licence")
                .replace("CC BY 4.0", name)).status());

        String custom = Samling.datasetJson("Custom terms").replace("\"license\":{\"name\":\"CC BY 4.0\"},",
                "\"termsOfUse\":\"Only for teaching at NIBR.\",");
        JsonObject version = api.get("api/datasets/:persistentId/?persistentId=" + api.postJson("api/dataverses/root/datasets",
                admin, custom).data().getString("persistentId"), admin).data().getJsonObject("latestVersion");
        assertEquals("Only for teaching at NIBR.", version.getString("dataUseAgreement"));
    }

    @Test
    void aTemplatePrefillsTheCollectionsNewDatasets() {
        String alias = collection("Templates");
        Api.Response created = api.postJson("api/dataverses/" + alias + "/templates", admin, """
                {"name": "Interview study", "isDefault": true,
                 "fields": [{"typeName": "dataController", "value": [{"dataControllerName":
                   {"typeName": "dataControllerName", "value": "NIBR, OsloMet"}}]},
                            {"typeName": "retentionAction", "value": "anonymise"}],
                 "termsOfAccess": "Researchers at recognised institutions.",
                 "instructions": [{"instructionField": "universe", "instructionText": "Who could have been interviewed"}]}
                """);
        assertEquals(201, created.status(), created.text());
        JsonArray listed = api.get("api/dataverses/" + alias + "/templates", admin).json().getJsonArray("data");
        assertEquals("Interview study", listed.getJsonObject(0).getString("name"));
        assertTrue(listed.getJsonObject(0).getBoolean("isDefault"));
        assertTrue(listed.getJsonObject(0).getJsonObject("datasetFields").toString().contains("NIBR, OsloMet"));
        assertEquals(400, api.postJson("api/dataverses/" + alias + "/templates", admin,
                "{\"name\":\"Bad\",\"fields\":[{\"typeName\":\"noSuchField\",\"value\":\"x\"}]}").status());
        String edit = api.get("dataset-edit.xhtml?collection=" + alias, admin).text();
        assertTrue(edit.contains("NIBR, OsloMet"), "the create form starts from the default template");
    }


    private JsonArray locks(String pid) {
        return api.get("api/datasets/:persistentId/locks?persistentId=" + pid, admin).json().getJsonArray("data");
    }

    private String collection(String name) {
        return Samling.createCollection(api, admin, name, "root");
    }

    private String collection(String name, String parent) {
        return Samling.createCollection(api, admin, name, parent);
    }
}
