package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official Dataverse JavaScript client, installed from npm at a pinned version and run
 * unmodified under Node against {@code /api/v1}: read journeys as an anonymous reader, a grant
 * holder and a curator, with restricted files and curator-only fields hidden from those who may
 * not see them, and a curator's write journey from a new collection to a withdrawn version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataverseClientIT {

    static final String CLIENT = "@iqss/dataverse-client-javascript@2.2.0";
    /** The client requires p-limit without declaring it (2.2.0). */
    static final String CLIENT_NEEDS = "p-limit@3.1.0";
    static final List<String> READS = List.of("version", "collection", "dataset by id", "dataset by pid", "dataset 1.0",
            "citation", "citation bibtex", "dataset permissions", "locks", "summary fields", "download count",
            "versions summaries", "categories", "files", "file counts", "download size", "file", "file citation",
            "file permissions", "restricted file permissions", "file download count", "blocks", "block citation",
            "collection blocks", "licenses", "export formats", "items", "facets", "collection permissions", "zip limit",
            "embargo months", "featured items", "collection links", "dataset types", "storage driver", "upload limits",
            "dataset links", "external tools", "guestbooks", "dataset previews", "facetable fields", "search services",
            "selectable roles", "terms of use");

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
    void readJourneysWorkForEveryCallerAndHideWhatTheyMayNotSee() throws Exception {
        SharedDataset data = SharedDataset.publish(api, "Client study " + UUID.randomUUID().toString().substring(0, 8));
        Samling.User holder = Samling.newUser(api, "holder");
        assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + holder.username(),
                data.owner().token(), new byte[0], "text/plain").status(), "a grant to the transcript");

        JsonObject anonymous = run(null, reads(data));
        JsonObject granted = run(holder.token(), reads(data));
        JsonObject curator = run(data.owner().token(), reads(data));
        for (String call : READS) {
            for (JsonObject results : List.of(anonymous, granted, curator)) {
                assertTrue(results.getJsonObject(call).getBoolean("ok"), call + ": " + results.getJsonObject(call));
            }
        }
        assertFalse(value(anonymous, "restricted file permissions").getBoolean("canDownloadFile"));
        assertTrue(value(granted, "restricted file permissions").getBoolean("canDownloadFile"), "the grant opens it");
        assertTrue(value(curator, "restricted file permissions").getBoolean("canDownloadFile"));
        assertFalse(value(anonymous, "dataset permissions").getBoolean("canEditDataset"));
        assertFalse(value(granted, "dataset permissions").getBoolean("canEditDataset"));
        assertTrue(value(curator, "dataset permissions").getBoolean("canEditDataset"));
        for (JsonObject results : List.of(anonymous, granted)) {
            assertFalse(results.toString().contains(data.internalSecret()), "no curator-only field reaches a reader");
            assertFalse(results.toString().contains(data.secret()), "no word of a restricted file");
            assertFalse(results.toString().contains("the consent of participant 7"), "nor an embargoed file's description");
        }
        assertTrue(curator.toString().contains(data.internalSecret()), "the curator reads the curator-only field");
        assertEquals(4, value(anonymous, "file counts").getInt("total"));
        assertEquals(4, value(anonymous, "files").getInt("totalFilesCount"));
        assertEquals(data.pid(), value(anonymous, "dataset by id").getString("persistentId"));
        assertTrue(value(anonymous, "citation").toString().contains(data.pid().substring(4)));
        assertTrue(value(granted, "citation bibtex").toString().contains("@data{"));
    }

    @Test
    void aCuratorsWriteJourneyFromANewCollectionToAWithdrawnVersion() throws Exception {
        String alias = "client" + UUID.randomUUID().toString().substring(0, 8);
        JsonArrayBuilder calls = Json.createArrayBuilder()
                .add(call("create collection", "createCollection", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("alias", alias).add("name", "Made by the client").add("contacts", Json.createArrayBuilder()
                                .add("curator@example.org")).add("type", "RESEARCH_PROJECTS")
                        .add("inheritMetadataBlocksFromParent", true).add("inheritFacetsFromParent", true)).add("root")))
                .add(call("update collection", "updateCollection", Json.createArrayBuilder().add(alias).add(Json.createObjectBuilder()
                        .add("alias", alias).add("name", "Made and renamed by the client").add("contacts", Json.createArrayBuilder()
                                .add("curator@example.org")).add("type", "RESEARCH_PROJECTS")
                        .add("inheritMetadataBlocksFromParent", true).add("inheritFacetsFromParent", true))))
                .add(call("get collection", "getCollection", Json.createArrayBuilder().add(alias)))
                .add(call("create template", "createTemplate", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Interview study").add("isDefault", false).add("fields", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("typeName", "kindOfData").add("multiple", true)
                                        .add("typeClass", "primitive").add("value", Json.createArrayBuilder()
                                                .add("Interview transcripts"))))).add(alias)))
                .add(call("templates", "getTemplatesByCollectionId", Json.createArrayBuilder().add(alias)))
                .add(call("template", "getTemplate", Json.createArrayBuilder().add(ref("templates.0.id"))))
                .add(call("default template", "setTemplateAsDefault", Json.createArrayBuilder().add(ref("templates.0.id"))
                        .add(alias)))
                .add(call("no default template", "unsetTemplateAsDefault", Json.createArrayBuilder().add(alias)))
                .add(call("delete template", "deleteTemplate", Json.createArrayBuilder().add(ref("templates.0.id"))))
                .add(call("no templates", "getTemplatesByCollectionId", Json.createArrayBuilder().add(alias)))
                .add(call("create dataset", "createDataset", Json.createArrayBuilder().add(dto("A client's dataset")).add(alias)))
                .add(call("draft", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId")).add(":draft")))
                .add(call("update", "updateDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add(dto("A client's dataset, edited"))))
                .add(call("edited", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId")).add(":draft")))
                .add(call("publish", "publishDataset", Json.createArrayBuilder().add(ref("create dataset.numericId")).add("major")))
                .add(call("published", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add(":latest-published")))
                .add(call("minor edit", "updateDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add(dto("A client's dataset, corrected"))))
                .add(call("publish minor", "publishDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add("minor")))
                .add(call("minor published", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add(":latest-published")))
                .add(call("publish collection", "publishCollection", Json.createArrayBuilder().add(alias)))
                .add(call("second draft", "updateDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add(dto("A second version to discard"))))
                .add(call("delete draft", "deleteDatasetDraft", Json.createArrayBuilder().add(ref("create dataset.numericId"))))
                .add(call("latest", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId")).add(":latest")))
                .add(call("deaccession", "deaccessionDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add("1.0").add(Json.createObjectBuilder().add("deaccessionReason", "Withdrawn by the client."))))
                .add(call("withdrawn", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId")).add("1.0")
                        .add(true)))
                .add(call("withdrawn unasked", "getDataset", Json.createArrayBuilder().add(ref("create dataset.numericId"))
                        .add("1.0").add(false)));
        JsonObject results = run(Samling.adminToken(), calls.build().toString());
        for (String name : List.of("create collection", "update collection", "get collection", "create template", "templates",
                "template", "default template", "no default template", "delete template", "no templates", "create dataset", "draft", "update", "edited",
                "publish", "published", "minor edit", "publish minor", "minor published", "publish collection", "second draft", "delete draft", "latest", "deaccession",
                "withdrawn")) {
            assertTrue(results.getJsonObject(name).getBoolean("ok"), name + ": " + results.getJsonObject(name));
        }
        assertEquals(alias, value(results, "get collection").getString("alias"));
        assertEquals("Interview study", value(results, "template").getString("name"));
        assertEquals("[]", results.getJsonObject("no templates").get("value").toString(), "the client deleted the template");
        assertEquals("Made and renamed by the client", value(results, "get collection").getString("name"));
        assertEquals("DRAFT", value(results, "draft").getJsonObject("versionInfo").getString("state"));
        assertTrue(value(results, "edited").toString().contains("A client's dataset, edited"));
        assertEquals(1, value(results, "published").getJsonObject("versionInfo").getInt("majorNumber"));
        assertEquals(1, value(results, "minor published").getJsonObject("versionInfo").getInt("minorNumber"), "version 1.1");
        assertEquals("RELEASED", value(results, "latest").getJsonObject("versionInfo").getString("state"), "the draft is gone");
        assertFalse(value(results, "latest").toString().contains("A second version to discard"));
        assertEquals("DEACCESSIONED", value(results, "withdrawn").getJsonObject("versionInfo").getString("state"));
        assertFalse(results.getJsonObject("withdrawn unasked").getBoolean("ok"), "a withdrawn version needs includeDeaccessioned");
        assertTrue(results.getJsonObject("withdrawn unasked").getString("error").contains("includeDeaccessioned=true"));
        String pid = value(results, "create dataset").getString("persistentId");
        String tombstone = "api/datasets/:persistentId/versions/1.0?persistentId=" + Api.encode(pid);
        assertEquals(404, api.get(tombstone, Samling.adminToken()).status(), "withdrawn, without includeDeaccessioned");
        assertEquals("DEACCESSIONED", api.get(tombstone + "&includeDeaccessioned=true", Samling.adminToken()).data()
                .getString("versionState"), "the dataset and its tombstone exist in Samling");
    }

    @Test
    void aCuratorChangesFilesThroughTheClient() throws Exception {
        Samling.User owner = Samling.newUser(api, "clientfiles");
        String pid = Samling.createDataset(api, owner.token(), "Client files " + UUID.randomUUID().toString().substring(0, 6));
        long file = api.upload(pid, owner.token(), "notes.txt", "field notes".getBytes(StandardCharsets.UTF_8), "{}").data()
                .getJsonArray("files").getJsonObject(0).getJsonObject("dataFile").getJsonNumber("id").longValue();
        JsonArrayBuilder calls = Json.createArrayBuilder()
                .add(call("restrict", "restrictFile", Json.createArrayBuilder().add(file).add(true)))
                .add(call("describe", "updateFileMetadata", Json.createArrayBuilder().add(file)
                        .add(Json.createObjectBuilder().add("description", "Notes from the first visit"))))
                .add(call("categorise", "updateFileCategories", Json.createArrayBuilder().add(file)
                        .add(Json.createArrayBuilder().add("Field notes")).add(true)))
                .add(call("file", "getFile", Json.createArrayBuilder().add(file).add(":draft")))
                .add(call("delete", "deleteFile", Json.createArrayBuilder().add(file)));
        JsonObject results = run(owner.token(), calls.build().toString());
        for (String name : List.of("restrict", "describe", "categorise", "file", "delete")) {
            assertTrue(results.getJsonObject(name).getBoolean("ok"), name + ": " + results.getJsonObject(name));
        }
        assertTrue(value(results, "file").toString().contains("Notes from the first visit"));
        assertTrue(value(results, "file").getBoolean("restricted"), value(results, "file").toString());
        assertTrue(value(results, "file").toString().contains("Field notes"), "the category the client set");
        assertEquals(0, api.get("api/datasets/:persistentId/versions/:draft/files?persistentId=" + Api.encode(pid),
                owner.token()).json().getInt("totalCount"), "the client deleted the file");
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

    private static JsonObject file(String name, String text, int repeat) {
        return Json.createObjectBuilder().add("$file", Json.createObjectBuilder().add("name", name).add("text", text)
                .add("repeat", repeat)).build();
    }

    private static JsonObject flag(String name) {
        return Json.createObjectBuilder().add(name, true).build();
    }

    private static JsonObjectBuilder uploaded(String name, String upload, String md5) {
        return Json.createObjectBuilder().add("fileName", name).add("storageId", ref(upload)).add("checksumValue", md5)
                .add("checksumType", "md5").add("mimeType", "text/plain");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String reads(SharedDataset data) {
        long id = data.datasetId();
        JsonArrayBuilder calls = Json.createArrayBuilder();
        Object[][] plan = {
            {"version", "getDataverseVersion"}, {"collection", "getCollection", "root"},
            {"dataset by id", "getDataset", id}, {"dataset by pid", "getDataset", data.pid()},
            {"dataset 1.0", "getDataset", id, "1.0"}, {"citation", "getDatasetCitation", id, "1.0"},
            {"citation bibtex", "getDatasetCitationInOtherFormats", id, "1.0", "BibTeX"},
            {"dataset permissions", "getDatasetUserPermissions", id}, {"locks", "getDatasetLocks", id},
            {"summary fields", "getDatasetSummaryFieldNames"}, {"download count", "getDatasetDownloadCount", id},
            {"versions summaries", "getDatasetVersionsSummaries", id}, {"categories", "getDatasetAvailableCategories", id},
            {"files", "getDatasetFiles", id, ":latest", false, 10, 0}, {"file counts", "getDatasetFileCounts", id},
            {"download size", "getDatasetFilesTotalDownloadSize", id}, {"file", "getFile", data.report()},
            {"file citation", "getFileCitation", data.report()}, {"file permissions", "getFileUserPermissions", data.report()},
            {"restricted file permissions", "getFileUserPermissions", data.transcript()},
            {"file download count", "getFileDownloadCount", data.report()}, {"blocks", "getAllMetadataBlocks"},
            {"block citation", "getMetadataBlockByName", "citation"}, {"collection blocks", "getCollectionMetadataBlocks", "root"},
            {"licenses", "getAvailableStandardLicenses"}, {"export formats", "getAvailableDatasetMetadataExportFormats"},
            {"items", "getCollectionItems", "root", 10, 0}, {"facets", "getCollectionFacets", "root"},
            {"collection permissions", "getCollectionUserPermissions", "root"}, {"zip limit", "getZipDownloadLimit"},
            {"embargo months", "getMaxEmbargoDurationInMonths"}, {"featured items", "getCollectionFeaturedItems", "root"},
            {"collection links", "getCollectionLinks", "root"}, {"dataset types", "getDatasetAvailableDatasetTypes"},
            {"storage driver", "getDatasetStorageDriver", id}, {"upload limits", "getDatasetUploadLimits", id},
            {"dataset links", "getDatasetLinkedCollections", id}, {"external tools", "getExternalTools"},
            {"guestbooks", "getGuestbooksByCollectionId", "root"}, {"dataset previews", "getAllDatasetPreviews", 10, 0},
            {"facetable fields", "getAllFacetableMetadataFields"}, {"search services", "getSearchServices"},
            {"selectable roles", "getUserSelectableRoles"}, {"terms of use", "getApplicationTermsOfUse"}};
        for (Object[] entry : plan) {
            JsonArrayBuilder args = Json.createArrayBuilder();
            for (int i = 2; i < entry.length; i++) {
                if (entry[i] instanceof Long n) {
                    args.add(n);
                } else if (entry[i] instanceof Integer n) {
                    args.add(n);
                } else if (entry[i] instanceof Boolean b) {
                    args.add(b);
                } else {
                    args.add((String) entry[i]);
                }
            }
            calls.add(call((String) entry[0], (String) entry[1], args));
        }
        return calls.build().toString();
    }

    private static JsonObjectBuilder call(String name, String useCase, JsonArrayBuilder args) {
        return Json.createObjectBuilder().add("name", name).add("useCase", useCase).add("args", args);
    }

    private static JsonObject ref(String path) {
        return Json.createObjectBuilder().add("$ref", path).build();
    }

    private static JsonObject dto(String title) {
        return Json.createObjectBuilder()
                .add("license", Json.createObjectBuilder().add("name", "CC0 1.0")
                        .add("uri", "http://creativecommons.org/publicdomain/zero/1.0"))
                .add("metadataBlockValues", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "citation")
                        .add("fields", Json.createObjectBuilder()
                                .add("title", title)
                                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("authorName", "Lie, Ola").add("authorAffiliation", "NIBR")))
                                .add("datasetContact", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("datasetContactName", "Lie, Ola").add("datasetContactEmail", "ola@example.org")))
                                .add("dsDescription", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("dsDescriptionValue", "Made through the official JavaScript client.")))
                                .add("subject", Json.createArrayBuilder().add("Social Sciences")))))
                .build();
    }

    private static JsonObject value(JsonObject results, String name) {
        JsonValue value = results.getJsonObject(name).get("value");
        return value instanceof JsonObject object ? object : Json.createObjectBuilder().add("value", value).build();
    }

    /** Runs the calls (a JSON array) with the client as the holder of this token (none: anonymous). */
    private JsonObject run(String token, String calls) throws IOException, InterruptedException {
        Path modules = ClientInstall.ensure(CLIENT, CLIENT_NEEDS);
        Path plan = Files.createTempFile("client-plan", ".json");
        Files.writeString(plan, "{\"key\":" + (token == null ? "\"\"" : "\"" + token + "\"") + ",\"calls\":" + calls + "}");
        Path script = Path.of(System.getProperty("samling.node.dir", "src/test/node")).resolve("dataverse-client.js");
        ProcessBuilder node = new ProcessBuilder("node", script.toAbsolutePath().toString(), base + "api/v1", plan.toString());
        node.environment().put("NODE_PATH", modules.toString());
        node.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = node.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the client finished");
        assertEquals(0, process.exitValue(), out);
        return Json.createReader(new StringReader(out)).readObject();
    }
}
