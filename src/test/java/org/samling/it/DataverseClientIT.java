package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samling.it.ClientPlans.call;
import static org.samling.it.ClientPlans.ref;
import static org.samling.it.ClientPlans.value;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * The official Dataverse JavaScript client, installed from npm at a pinned version and run
 * unmodified under Node against {@code /api/v1}: read journeys as an anonymous reader, a grant
 * holder and a curator, with restricted files and curator-only fields hidden from those who may
 * not see them, and a curator's write journey from a new collection to a withdrawn version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataverseClientIT {

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

    /** Runs the calls (a JSON array) with the client as the holder of this token (none: anonymous). */
    private JsonObject run(String token, String calls) throws IOException, InterruptedException {
        return ClientPlans.run(base, token, calls);
    }
}
