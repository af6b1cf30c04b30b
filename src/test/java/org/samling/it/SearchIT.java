package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search through the API over the demo studies and datasets made here: languages and compound
 * parts, facets with exact counts, file hits with snippets, permissions in every hit, count,
 * facet and snippet, embargoes, curator-only fields, the rebuild, the feed, and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

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
    void wordsAreFoundByStemCompoundPartAndWithoutDiacritics() {
        String swedish = firstDataset(search("q=resiliens&type=dataset", null));
        String norwegian = firstDataset(search("q=selvhjelp&type=dataset", null));
        for (String q : List.of("organisationerna", "självhjälp", "hjalporganisationer", "omsesidig", "hjälp")) {
            assertTrue(datasets(search("q=" + Api.encode(q) + "&type=dataset", null)).contains(swedish), q);
        }
        assertTrue(datasets(search("q=mestring&type=dataset", null)).contains(norwegian), "mestring in mestringssenter");
        List<String> byAuthor = datasets(search("q=" + Api.encode("author:Gotaas"), null));
        assertTrue(byAuthor.contains(norwegian) && !byAuthor.contains(swedish), byAuthor.toString());
        List<String> phrase = datasets(search("q=" + Api.encode("\"mutual aid\"") + "&type=dataset", null));
        assertTrue(phrase.contains(swedish) && !phrase.contains(norwegian), phrase.toString());
        assertFalse(datasets(search("q=" + Api.encode("\"aid mutual\"") + "&type=dataset", null)).contains(swedish),
                "a phrase keeps its order");
        assertFalse(datasets(search("q=" + Api.encode("resiliens -covid") + "&type=dataset", null)).contains(swedish));
        assertTrue(datasets(search("q=" + Api.encode("nosuchwordzz OR resiliens") + "&type=dataset", null)).contains(swedish));
        rebuildAndWait();
        JsonObject typo = search("q=resilienz&type=dataset", null);
        assertEquals(0, typo.getInt("total_count"));
        assertEquals("resiliens", typo.getJsonObject("spelling_alternatives").getJsonArray("resilienz").getString(0));
    }

    @Test
    void facetsCountExactlyAndNarrowWithOrWithinAndAndAcross() {
        String title = "Facets " + word();
        String law = publish(api, title + " law", "Law");
        String social = publish(api, title + " social", "Social Sciences");
        JsonObject all = search("q=" + Api.encode("\"" + title + "\"") + "&type=dataset&show_facets=true", null);
        assertEquals(2, all.getInt("total_count"));
        Map<String, Map<String, Integer>> facets = facets(all);
        assertEquals(1, facets.get("subject_ss").get("Law"));
        assertEquals(1, facets.get("subject_ss").get("Social Sciences"));
        assertFalse(facets.containsKey("publicationStatus"), "the dataset state is for curators");
        String quoted = "q=" + Api.encode("\"" + title + "\"") + "&type=dataset";
        assertEquals(List.of(law), datasets(search(quoted + "&fq=" + Api.encode("subject:\"Law\""), null)));
        assertEquals(2, search(quoted + "&fq=" + Api.encode("subject:\"Law\"") + "&fq="
                + Api.encode("subject_ss:\"Social Sciences\""), null).getInt("total_count"), "one field: OR");
        int year = java.time.Year.now().getValue();
        assertEquals(0, search(quoted + "&fq=" + Api.encode("subject:\"Law\"") + "&fq="
                + Api.encode("publicationDate:[1990 TO 1999]"), null).getInt("total_count"), "two fields: AND");
        assertEquals(1, search(quoted + "&fq=" + Api.encode("subject:\"Law\"") + "&fq="
                + Api.encode("publicationDate:[" + (year - 1) + " TO " + year + "]"), null).getInt("total_count"));
        assertTrue(facets(search(quoted + "&show_facets=true", admin)).containsKey("publicationStatus"));
        assertTrue(datasets(search(quoted, null)).contains(social));
    }

    @Test
    void restrictedTextIsFoundOnlyByThoseWhoMayOpenItUntilTheirGrantEnds() {
        SharedDataset data = SharedDataset.publish(api, "Search permissions " + UUID.randomUUID());
        Samling.User stranger = Samling.newUser(api, "stranger");
        Samling.User holder = Samling.newUser(api, "holder");
        String q = "q=" + data.secret() + "&show_facets=true";
        // the texts are extracted in the background: only once the owner finds them does "nobody else does" mean anything
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                search(q + "&type=file", data.owner().token()).getInt("total_count") >= 2);
        for (String token : new String[] {null, stranger.token(), holder.token()}) {
            JsonObject nothing = search(q, token);
            assertEquals(0, nothing.getInt("total_count"));
            assertEquals(List.of(), counts(nothing), "no facet counts a restricted word");
            assertFalse(nothing.getJsonArray("items").toString().contains(data.secret()));
        }
        Instant ends = Instant.now().plus(Duration.ofDays(3));
        assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + holder.username()
                + "?expires=" + ends, data.owner().token(), new byte[0], "text/plain").status());
        JsonObject granted = search(q + "&type=file", holder.token());
        assertEquals(1, granted.getInt("total_count"), granted.toString());
        JsonObject hit = granted.getJsonArray("items").getJsonObject(0);
        assertEquals(String.valueOf(data.transcript()), hit.getString("file_id"));
        assertTrue(hit.getJsonArray("matches").getJsonObject(0).getString("snippet").contains("<mark>" + data.secret()),
                hit.toString());
        assertEquals(data.pid(), hit.getString("dataset_persistent_id"));
        assertTrue(datasets(search(q + "&type=dataset", holder.token())).contains(data.pid()),
                "the dataset is found through the file the holder may open");
        try {
            Samling.moveClock(api, Duration.ofDays(4));
            assertEquals(0, search(q, holder.token()).getInt("total_count"), "the grant has ended");
        } finally {
            Samling.moveClock(api, Duration.ZERO);
        }
        assertTrue(search(q + "&type=file", data.owner().token()).getInt("total_count") >= 2,
                "the curator opens the transcript and the embargoed consent");
    }

    @Test
    void anEmbargoedFileShowsOnlyItsNameAndSize() {
        Samling.User owner = Samling.newUser(api, "embargoes");
        Api.Response created = api.postJson("api/dataverses/root/datasets", owner.token(),
                Samling.datasetJson("Search embargo " + UUID.randomUUID()));
        String pid = created.data().getString("persistentId");
        String until = java.time.LocalDate.now().plusYears(2).toString();
        String form = word();
        Deposits.upload(api, owner, pid, form + "-a.txt", "signed".getBytes(), "{\"access\":\"embargoed\",\"embargoUntil\":\""
                + until + "\",\"categories\":[\"Consent\"],\"description\":\"participant seven\"}");
        Deposits.upload(api, owner, pid, form + "-b.txt", "blank".getBytes(), "{\"categories\":[\"Consent\"]}");
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", owner.token()).status());

        JsonObject byName = search("q=" + form + "&type=file&show_facets=true&fq=" + Api.encode("fileAccess:\"Embargoed\""), null);
        assertEquals(1, byName.getInt("total_count"), "found by its name");
        JsonObject hit = byName.getJsonArray("items").getJsonObject(0);
        assertEquals(form + "-a.txt", hit.getString("name"));
        assertFalse(hit.containsKey("description") || hit.containsKey("categories"), hit.toString());
        assertEquals("", hit.getString("file_type"));
        assertFalse(facets(byName).containsKey("fileTag") || facets(byName).containsKey("fileTypeGroupFacet"),
                "no category or type is counted for it");
        assertEquals(0, search("q=" + Api.encode("\"participant seven\""), null).getInt("total_count"),
                "its description is hidden");
        String consent = "q=" + form + "&type=file&fq=" + Api.encode("fileTag:\"Consent\"");
        assertEquals(List.of(form + "-b.txt"), names(search(consent, null)), "no category filter matches it");
        assertEquals(List.of(form + "-b.txt"), names(search("q=" + form + "&type=file&fq=" + Api.encode("fileType:\"Plain text\""), null)));
        JsonArray table = api.get("api/datasets/:persistentId/versions/1.0/files?categoryName=Consent&persistentId="
                + Api.encode(pid), null).json().getJsonArray("data");
        assertEquals(List.of(form + "-b.txt"), table.getValuesAs(JsonObject.class).stream().map(f -> f.getString("label")).toList(),
                "nor does the dataset's file table");
    }

    /** A word no other test uses, of letters only. */
    static String word() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "w" + letters.substring(0, Math.min(8, letters.length()));
    }

    private static List<String> names(JsonObject data) {
        return data.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("name")).toList();
    }

    @Test
    void curatorOnlyFieldsAreNeverIndexed() {
        SharedDataset data = SharedDataset.publish(api, "Search internal " + UUID.randomUUID());
        for (String token : new String[] {null, data.owner().token(), admin}) {
            JsonObject found = search("q=" + data.internalSecret() + "&show_facets=true", token);
            assertEquals(0, found.getInt("total_count"));
            assertFalse(found.getJsonArray("items").toString().contains(data.internalSecret())
                    || found.getJsonArray("facets").toString().contains(data.internalSecret()));
        }
    }

    @Test
    void relevanceAndMetadataFieldsComeInDataverseShapeWithoutCuratorOnlyFields() {
        String word = "falt" + UUID.randomUUID().toString().substring(0, 8);
        SharedDataset data = SharedDataset.publish(api, "Search fields " + word);
        String query = "q=" + word + "%20integration&type=dataset&show_relevance=true"
                + "&metadata_fields=citation:author&metadata_fields=sensitive:*";
        JsonObject item = search(query, null).getJsonArray("items").getJsonObject(0);
        assertEquals(data.pid(), item.getString("global_id"));
        assertTrue(item.getJsonNumber("score").doubleValue() > 0, item.toString());
        JsonObject match = item.getJsonArray("matches").getJsonObject(0);
        assertTrue(match.getJsonObject("dsDescriptionValue").getJsonArray("snippets").getString(0)
                .contains("<mark>integration</mark>"), item.toString());

        JsonObject blocks = item.getJsonObject("metadataBlocks");
        assertEquals("Citation Metadata", blocks.getJsonObject("citation").getString("displayName"));
        assertEquals(List.of("author"), typeNames(blocks.getJsonObject("citation")));
        assertEquals(List.of("anonymisation"), typeNames(blocks.getJsonObject("sensitive")), "the legal basis is curator-only");
        assertFalse(item.toString().contains(data.internalSecret()));
        JsonObject curators = search(query, admin).getJsonArray("items").getJsonObject(0).getJsonObject("metadataBlocks");
        assertTrue(typeNames(curators.getJsonObject("sensitive")).contains("legalBasisDescription"));

        JsonObject plain = search("q=" + word + "&type=dataset", null).getJsonArray("items").getJsonObject(0);
        assertFalse(plain.containsKey("metadataBlocks") || plain.containsKey("score"), plain.toString());
        assertEquals(400, api.get("api/search?q=*&metadata_fields=citation", null).status());
    }

    private static List<String> typeNames(JsonObject block) {
        return block.getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("typeName")).toList();
    }

    @Test
    void aPublishedChangeIsFoundAtOnceAndTheRebuildKeepsTheSameAnswers() {
        String word = "nyord" + UUID.randomUUID().toString().substring(0, 6);
        String pid = publish(api, "Fresh " + word, "Law");
        assertEquals(List.of(pid), datasets(search("q=" + word + "&type=dataset", null)), "visible when publish returns");
        JsonObject before = search("q=*&show_facets=true&per_page=0", null);

        assertEquals(403, api.post("api/admin/index", Samling.newUser(api, "notadmin").token()).status());
        rebuildAndWait();
        JsonObject status = api.get("api/admin/index/status", admin).data();
        assertEquals(100, status.getInt("percent"));
        assertTrue(status.getInt("documents") > 0);
        JsonObject after = search("q=*&show_facets=true&per_page=0", null);
        assertEquals(before.getInt("total_count"), after.getInt("total_count"));
        assertEquals(facets(before), facets(after));
        assertEquals(403, api.get("api/admin/index/status", null).status());
    }

    @Test
    void aSearchAnsweredBeforeIsAnsweredAgainAfterTheNextChange() {
        String word = "kvarord" + UUID.randomUUID().toString().substring(0, 6);
        String q = "q=" + word + "&show_facets=true";
        String first = publish(api, "Kept " + word, "Law");
        assertEquals(1, search(q, null).getInt("total_count"));
        assertEquals(1, search(q, null).getInt("total_count"), "the same answer a second time");
        String second = publish(api, "Kept again " + word, "Law");
        JsonObject after = search(q, null);
        assertEquals(2, after.getInt("total_count"), "the publish is in the very next answer");
        assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(datasets(after)));
        assertEquals(200, api.postJson("api/datasets/:persistentId/versions/1.0/deaccession?persistentId="
                + Api.encode(second), admin, "{\"deaccessionReason\":\"Consent was withdrawn.\"}").status());
        assertEquals(List.of(first), datasets(search(q, null)), "and so is a withdrawal");
    }

    @Test
    void theFeedListsTheNewestMatchingDatasets() {
        String word = "feedord" + UUID.randomUUID().toString().substring(0, 6);
        String pid = publish(api, "Feed " + word, "Law");
        Api.Response feed = api.get("api/search/feed?q=" + word, null);
        assertEquals(200, feed.status());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.text().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"") && feed.text().contains("Feed " + word)
                && feed.text().contains(pid), feed.text());
    }

    @Test
    void theSearchAndHomePagesShowEachHitsKindLinkAndLineWithItsTextEscaped() {
        String word = word();
        Samling.User owner = Samling.newUser(api, "hits");
        Api.Response created = api.postJson("api/dataverses/root/datasets", owner.token(),
                Samling.datasetJson(word + " <i>fish & chips</i>"));
        String pid = created.data().getString("persistentId");
        Deposits.upload(api, owner, pid, word + "-notes.txt", "x".repeat(1234).getBytes(), "{}");
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", owner.token()).status());
        String fileId = search("q=" + word + "&type=file", null).getJsonArray("items").getJsonObject(0)
                .getString("file_id");
        String escapedTitle = word + " &lt;i&gt;fish &amp; chips&lt;/i&gt;";
        String root = base.getPath().replaceAll("/$", "");

        String page = api.get("search.xhtml?q=" + word, null).text();
        assertFalse(page.contains("<i>fish"), "a title is text, never markup");
        assertTrue(page.contains("<span class=\"kind-badge\">Dataset</span><a href=\"" + root + "/dataset.xhtml?persistentId="
                + Api.encode(pid) + "\">" + escapedTitle + "</a>"), page);
        assertTrue(page.contains("<span class=\"kind-badge\">File</span><a href=\"" + root + "/file.xhtml?fileId=" + fileId
                + "\" class=\"file-hit\">" + word + "-notes.txt</a>"), page);
        assertTrue(page.contains("Plain text · 1,234 B · Public · in " + escapedTitle), page);
        assertTrue(page.contains("<span class=\"pid\">" + pid + "</span> · "), page);
        String swedish = api.get("search.xhtml?q=" + word, null, "Accept-Language", "sv").text();
        assertTrue(swedish.contains("<span class=\"kind-badge\">Fil</span>")
                && swedish.contains("Ren text · 1\u00a0234 B · Öppen · i " + escapedTitle), "in the reader's language: " + swedish);
        assertTrue(swedish.contains("data-value=\"Plain text\">Ren text <span class=\"facet-count\">1</span>"),
                "a facet value shown in the reader's language, its address keeping the value the API knows: " + swedish);
        String norwegian = api.get("search.xhtml?q=" + word + "&fq=" + Api.encode("fileTypeGroupFacet:\"Plain text\""), null,
                "Accept-Language", "nb").text();
        assertTrue(norwegian.contains("Ren tekst · 1\u00a0234 B · Åpen") && norwegian.contains("Filtype: Ren tekst"),
                "the chip of a chosen value in the reader's language: " + norwegian);
        assertTrue(api.get("", null).text().contains(escapedTitle + "</a>"), "the home page's newest datasets");
    }

    @Test
    void badInputIsAClearErrorOrAnEmptyPage() {
        for (String q : List.of("q=*&fq=nosuchfield:%22x%22", "q=*&fq=subject", "q=*&type=nosuchtype", "q=*&sort=colour",
                "q=*&order=sideways", "q=*&start=-1", "q=*&per_page=many", "q=")) {
            Api.Response response = api.get("api/search?" + q, null);
            assertEquals(400, response.status(), q);
            assertFalse(response.json().getString("message").isBlank(), q);
        }
        assertEquals(List.of(), search("q=*&start=100000", null).getJsonArray("items"));
        assertTrue(search("q=*&per_page=100000", null).getJsonArray("items").size() <= 1000);
        assertEquals(200, api.get("api/search?q=" + Api.encode("\"ömsesidig hjälp"), null).status());
        assertEquals(200, api.get("api/search?q=" + Api.encode("resiliens ".repeat(1000)), null).status());
        assertEquals(200, api.get("api/search?q=" + Api.encode("-covid"), null).status());
        assertEquals(400, api.get("search.xhtml?q=x&fq=nosuchfield:1", null).status());
    }

    /** A full rebuild, which ends by merging new words into the vocabulary suggestions come from. */
    private void rebuildAndWait() {
        Api.Response started = api.post("api/admin/index", admin);
        assertEquals(202, started.status(), started.text());
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get("api/admin/index/status", admin).data().getBoolean("rebuilding"));
    }

    static String publish(Api api, String title, String subject) {
        String json = Samling.datasetJson(title).replace("\"Social Sciences\"", "\"" + subject + "\"");
        Api.Response created = api.postJson("api/dataverses/root/datasets", Samling.adminToken(), json);
        assertEquals(201, created.status(), created.text());
        String pid = created.data().getString("persistentId");
        Api.Response published = api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", Samling.adminToken());
        assertEquals(200, published.status(), published.text());
        return pid;
    }

    private JsonObject search(String query, String token) {
        Api.Response response = api.get("api/search?" + query, token);
        assertEquals(200, response.status(), query + ": " + response.text());
        return response.data();
    }

    private static String firstDataset(JsonObject data) {
        return datasets(data).get(0);
    }

    static List<String> datasets(JsonObject data) {
        return data.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("dataset")).map(i -> i.getString("global_id")).toList();
    }

    static Map<String, Map<String, Integer>> facets(JsonObject data) {
        Map<String, Map<String, Integer>> all = new HashMap<>();
        JsonArray list = data.getJsonArray("facets");
        for (JsonObject group : list.getValuesAs(JsonObject.class)) {
            for (Map.Entry<String, JsonValue> field : group.entrySet()) {
                Map<String, Integer> counts = new HashMap<>();
                for (JsonObject label : field.getValue().asJsonObject().getJsonArray("labels").getValuesAs(JsonObject.class)) {
                    label.forEach((value, count) -> counts.put(value, ((jakarta.json.JsonNumber) count).intValue()));
                }
                all.put(field.getKey(), counts);
            }
        }
        return all;
    }

    private static List<Integer> counts(JsonObject data) {
        return facets(data).values().stream().flatMap(m -> m.values().stream()).filter(c -> c > 0).toList();
    }
}
