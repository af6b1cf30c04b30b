package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findable and citable from outside: every export valid against its official schema and silent
 * about what strangers may not see, exports that follow new versions and withdrawals, citations
 * in every format and style, the landing page's JSON-LD, tags and Signposting, content
 * negotiation, the sitemap, and usage counted as COUNTER asks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandardsIT {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36";
    static final List<String> EXPORTERS = List.of("ddi", "oai_ddi", "Datacite", "oai_datacite", "dcterms", "oai_dc",
            "schema.org", "OAI_ORE", "dataverse_json", "html");

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

    private Api.Response export(String exporter, String pid, String version) {
        return api.get("api/datasets/export?exporter=" + Api.encode(exporter) + "&persistentId=" + Api.encode(pid)
                + (version == null ? "" : "&version=" + version), null);
    }

    @Test
    void everyExportValidatesAndSaysNothingAStrangerMayNotSee() {
        SharedDataset data = SharedDataset.publish(api, "Standards study " + java.util.UUID.randomUUID());
        JsonObject formats = api.get("api/info/exportFormats", null).data();
        assertTrue(formats.keySet().containsAll(EXPORTERS), formats.keySet().toString());
        for (String exporter : EXPORTERS) {
            Api.Response response = export(exporter, data.pid(), null);
            assertEquals(200, response.status(), exporter + ": " + response.text());
            String body = response.text();
            assertTrue(body.contains("Standards study"), exporter + " names the dataset");
            for (String hidden : List.of(data.secret(), data.internalSecret(), "participant 7")) {
                assertFalse(body.contains(hidden), exporter + " holds " + hidden);
            }
            assertEquals(formats.getJsonObject(exporter).getString("mediaType"),
                    response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        }
        Schemas.validate(export("ddi", data.pid(), null).text(), Schemas.DDI);
        Schemas.validate(export("oai_ddi", data.pid(), null).text(), Schemas.DDI);
        Schemas.validate(export("Datacite", data.pid(), null).text(), Schemas.DATACITE);
        Schemas.validate(export("oai_dc", data.pid(), null).text(), Schemas.OAI_DC);

        String ddi = export("ddi", data.pid(), null).text();
        assertTrue(ddi.contains("<fileName>report.txt</fileName>") && ddi.contains("<fileName>interview.txt</fileName>"),
                "every file is described, restricted ones by name");
        assertTrue(ddi.contains("<fileName>consent.txt</fileName>"), "an embargoed file by its name");
        JsonObject schemaOrg = Json.createReader(new StringReader(export("schema.org", data.pid(), null).text())).readObject();
        assertEquals("Dataset", schemaOrg.getString("@type"));
        assertEquals(List.of("report.txt"), schemaOrg.getJsonArray("distribution").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name")).toList(), "only public files are a distribution");
        assertFalse(schemaOrg.getBoolean("isAccessibleForFree"));
    }

    @Test
    void theDemoStudyExportsItsSocialScienceDescriptionAndCreators() {
        String swedish = demoStudy("resiliens");
        String ddi = export("ddi", swedish, null).text();
        for (String expected : List.of("<anlyUnit>Organisation</anlyUnit>", "<sampProc>Purposive sample", "<collMode>Remote",
                "<universe>Swedish mutual aid", "<nation>Sweden</nation>", "<timePrd event=\"start\" date=\"2020-03-01\"")) {
            assertTrue(ddi.contains(expected), expected);
        }
        String datacite = export("Datacite", swedish, null).text();
        assertEquals(4, count(datacite, "<creatorName nameType=\"Personal\">"));
        assertTrue(datacite.contains("<affiliation>Ersta Sköndal Bräcke högskola</affiliation>"));
        assertTrue(datacite.contains("<language>sv</language>") && datacite.contains("<subject>Social Sciences</subject>"));
        assertTrue(datacite.contains("<date dateType=\"Collected\">2020-04-30/2020-05-20</date>"));
        for (String word : List.of("återfalla", "telefonlinje", "promenadgrupper", "webbinarier")) {
            for (String exporter : EXPORTERS) {
                assertFalse(export(exporter, swedish, null).text().contains(word), exporter + " holds a transcript's " + word);
            }
        }
    }

    @Test
    void exportsFollowEachVersionAndAWithdrawnOneIsATombstone() {
        Samling.User owner = Samling.newUser(api, "exports");
        String pid = Samling.createDataset(api, owner.token(), "First title " + java.util.UUID.randomUUID());
        assertEquals(404, export("ddi", pid, null).status(), "nothing published, nothing exported");
        publish(pid, owner, "major");
        assertTrue(export("Datacite", pid, null).text().contains("First title"));
        assertEquals(200, api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(pid),
                owner.token(), Samling.datasetJson("Second title")).status());
        assertTrue(export("Datacite", pid, null).text().contains("First title"), "a draft changes no export");
        publish(pid, owner, "major");
        assertTrue(export("Datacite", pid, null).text().contains("Second title"), "the new version is exported");
        assertTrue(export("Datacite", pid, "1.0").text().contains("First title"), "and the old one still");
        assertTrue(export("Datacite", pid, null).text().contains("<version>2.0</version>"));

        Api.Response withdrawn = api.postJson("api/datasets/:persistentId/versions/2.0/deaccession?persistentId="
                + Api.encode(pid), owner.token(), "{\"deaccessionReason\":\"Consent was withdrawn.\"}");
        assertEquals(200, withdrawn.status(), withdrawn.text());
        String tombstone = export("Datacite", pid, "2.0").text();
        assertTrue(tombstone.contains("deaccessioned") && tombstone.contains("Consent was withdrawn."), tombstone);
        Schemas.validate(tombstone, Schemas.DATACITE);
        Schemas.validate(export("ddi", pid, "2.0").text(), Schemas.DDI);
        Schemas.validate(export("oai_dc", pid, "2.0").text(), Schemas.OAI_DC);
    }

    @Test
    void aFieldMadeInternalLeavesTheKeptExportsAtOnce() {
        String admin = Samling.adminToken();
        String alias = "exports" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("api/dataverses/root", admin, "{\"alias\":\"" + alias + "\",\"name\":\"Exports\"}")
                .status());
        Api.Response created = api.postJson("api/dataverses/" + alias + "/datasets", admin, DatasetJson.dataset(
                "Consent scope study", b -> b.add("sensitive", DatasetJson.block(
                        DatasetJson.vocabulary("consentScope", true, "archiving", "teaching")))));
        assertEquals(201, created.status(), created.text());
        String pid = created.data().getString("persistentId");
        publish(pid, new Samling.User("admin", null, admin), "major");
        assertTrue(export("dataverse_json", pid, null).text().contains("teaching"), "public by default, and kept");
        assertEquals(200, api.put("api/dataverses/" + alias + "/metadatablocks/fields/consentScope/internal?value=true", admin,
                new byte[0], "text/plain").status());
        assertFalse(export("dataverse_json", pid, null).text().contains("teaching"), "curator-only now, in every export");
        assertFalse(export("ddi", pid, null).text().contains("teaching"));
    }

    @Test
    void aRegistrationThatFailsIsShownToTheDatasetsCuratorsAndNothingIsLost() {
        String admin = Samling.adminToken();
        String alias = "datacite" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("api/dataverses/root", admin, "{\"alias\":\"" + alias + "\",\"name\":\"DOIs\"}")
                .status());
        assertEquals(200, api.put("api/dataverses/" + alias + "/pidProvider", admin, Schemas.utf8("datacite"), "text/plain")
                .status());
        Api.Response created = api.postJson("api/dataverses/" + alias + "/datasets", admin,
                Samling.datasetJson("Registered with DataCite"));
        assertEquals(201, created.status(), created.text());
        String pid = created.data().getString("persistentId");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("dataset.xhtml?persistentId=" + Api.encode(pid), admin).text().contains("id=\"pid-waiting\""));
        String page = api.get("dataset.xhtml?persistentId=" + Api.encode(pid), admin).text();
        assertTrue(page.contains("not yet registered with datacite"), "the curator is told why");
        Samling.User reader = Samling.newUser(api, "pidreader");
        assertEquals(404, api.get("dataset.xhtml?persistentId=" + Api.encode(pid), reader.token()).status());
        assertEquals(200, api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), admin).status(),
                "the dataset is there");
    }

    @Test
    void citationsComeInEveryFormatAndStyleAndAReviewLinkNamesNoAuthor() {
        SharedDataset data = SharedDataset.publish(api, "Citation study");
        String path = "api/datasets/:persistentId/versions/1.0/citation";
        String q = "?persistentId=" + Api.encode(data.pid());
        String doi = data.pid().substring("doi:".length());
        String text = api.get(path + q, null).data().getString("message");
        assertTrue(text.contains("Citation study") && text.contains(doi) && text.endsWith("V1"), text);
        String bibtex = api.get(path + "/BibTeX" + q, null).text();
        assertTrue(bibtex.startsWith("@data{") && bibtex.contains("doi = {" + doi + "}"), bibtex);
        String ris = api.get(path + "/RIS" + q, null).text();
        assertTrue(ris.contains("TY  - DATA") && ris.contains("DO  - " + doi) && ris.contains("ER  - "), ris);
        String endnote = api.get(path + "/EndNote" + q, null).text();
        assertTrue(endnote.contains("<ref-type name=\"Dataset\">59</ref-type>") && endnote.contains("doi/" + doi), endnote);
        JsonObject csl = Json.createReader(new StringReader(api.get(path + "/CSLJson" + q, null).text())).readObject();
        assertEquals("dataset", csl.getString("type"));
        assertEquals(doi, csl.getString("DOI"));
        String apa = api.get(path + "/CSL" + q + "&style=apa", null).text();
        assertTrue(apa.contains("Citation study") && apa.contains("https://doi.org/" + doi) && apa.contains("(Version 1)"), apa);
        String chicago = api.get(path + "/CSL" + q + "&style=chicago-author-date", null).text();
        assertTrue(chicago.startsWith("Tester, Ann. " + java.time.Year.now().getValue()) && chicago.contains(doi), chicago);
        Api.Response unknown = api.get(path + "/Nonesuch" + q, null);
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getString("message").contains("BibTeX"), "the message names the formats");
        assertEquals(400, api.get(path + "/CSL" + q + "&style=no-such-style", null).status());

        assertEquals(404, api.get("api/datasets/:persistentId/versions/:draft/citation" + q, null).status(),
                "no draft to cite for a stranger");
        assertEquals(200, api.putJson("api/datasets/:persistentId/versions/:draft" + q, data.owner().token(),
                Samling.datasetJson("Citation study, revised")).status());
        assertTrue(api.get("api/datasets/:persistentId/versions/:draft/citation" + q, data.owner().token()).data()
                .getString("message").contains("DRAFT VERSION"), "an editor cites the draft");
        Api.Response link = api.postJson("api/datasets/:persistentId/privateUrl?anonymizedAccess=true&persistentId="
                + Api.encode(data.pid()), data.owner().token(), "{}");
        assertEquals(200, link.status(), link.text());
        Api reviewer = new Api(base, true);
        assertEquals(200, reviewer.get("review/" + link.data().getString("token"), null).status());
        String anonymous = reviewer.get("api/datasets/:persistentId/versions/:draft/citation/BibTeX" + q, null).text();
        assertTrue(anonymous.contains("Citation study, revised"), anonymous);
        assertFalse(anonymous.contains("Tester") || anonymous.contains("author = "), "no author names: " + anonymous);
    }

    @Test
    void theLandingPageDescribesThePublishedVersionToMachines() throws Exception {
        SharedDataset data = SharedDataset.publish(api, "Landing study");
        HttpResponse<String> page = fetch("dataset.xhtml?persistentId=" + Api.encode(data.pid()), "text/html");
        assertEquals(200, page.statusCode());
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(script.find(), "the page embeds JSON-LD");
        JsonObject jsonLd = Json.createReader(new StringReader(script.group(1))).readObject();
        assertEquals("Dataset", jsonLd.getString("@type"));
        assertEquals("https://doi.org/" + data.pid().substring(4), jsonLd.getString("@id"));
        assertTrue(page.body().contains("<meta name=\"citation_title\" content=\"Landing study\"/>"));
        assertTrue(page.body().contains("<meta name=\"citation_author\" content=\"Tester, Ann\"/>"));
        assertFalse(page.body().contains(data.internalSecret()));
        String links = String.join(", ", page.headers().allValues("Link"));
        assertTrue(links.contains("<https://doi.org/" + data.pid().substring(4) + ">; rel=\"cite-as\""), links);
        assertTrue(links.contains("exporter=Datacite") && links.contains("rel=\"describedby\""), links);
        assertTrue(links.contains("/api/access/datafile/" + data.report() + ">; rel=\"item\""), links);
        assertFalse(links.contains("/api/access/datafile/" + data.transcript() + ">"), "a restricted file is no item");
        assertTrue(links.contains("rel=\"license\"") && links.contains("<https://schema.org/Dataset>; rel=\"type\""));

        HttpResponse<String> json = fetch("citation?persistentId=" + Api.encode(data.pid()), "application/ld+json");
        assertEquals(200, json.statusCode());
        assertEquals("Dataset", Json.createReader(new StringReader(json.body())).readObject().getString("@type"));
        HttpResponse<String> xml = fetch("dataset.xhtml?persistentId=" + Api.encode(data.pid()),
                "application/vnd.datacite.datacite+xml");
        Schemas.validate(xml.body(), Schemas.DATACITE);
        HttpResponse<String> person = fetch("citation?persistentId=" + Api.encode(data.pid()), "text/html");
        assertEquals(303, person.statusCode());
        assertTrue(person.headers().firstValue("Location").orElse("").contains("/dataset.xhtml?persistentId="));
        JsonObject linkset = api.get("api/datasets/:persistentId/linkset?persistentId=" + Api.encode(data.pid()), null)
                .data().getJsonArray("linkset").getJsonObject(0);
        assertEquals(List.of("https://doi.org/" + data.pid().substring(4)),
                linkset.getJsonArray("cite-as").getValuesAs(JsonObject.class).stream().map(l -> l.getString("href")).toList());
        assertEquals(EXPORTERS.size(), linkset.getJsonArray("describedby").size());
        assertEquals(1, linkset.getJsonArray("item").size(), "the public report only");

        String draft = Samling.createDataset(api, data.owner().token(), "Unpublished landing");
        HttpResponse<String> sitemap = fetch("sitemap.xml", "application/xml");
        assertTrue(sitemap.body().contains(Api.encode(data.pid())), "the published dataset is in the sitemap");
        assertFalse(sitemap.body().contains(Api.encode(draft)), "a draft is not");
        assertTrue(fetch("robots.txt", "text/plain").body().contains("Sitemap: "));
    }

    @Test
    void downloadsCountOncePerReaderWithinThirtySecondsAndNeverForRobots() throws Exception {
        SharedDataset data = SharedDataset.publish(api, "Usage study");
        String file = "api/access/datafile/" + data.report();
        String count = "api/files/" + data.report() + "/downloadCount";
        assertEquals("0", api.get(count, null).data().getString("message"));
        assertEquals(200, download(file, BROWSER));
        assertEquals(200, download(file, BROWSER));
        assertEquals(200, download(file, "Googlebot/2.1 (+http://www.google.com/bot.html)"));
        assertEquals("1", api.get(count, null).data().getString("message"), "a double click and a robot count nothing");
        try {
            Samling.moveClock(api, Duration.ofSeconds(31));
            assertEquals(200, download(file, BROWSER));
        } finally {
            Samling.moveClock(api, Duration.ZERO);
        }
        assertEquals("2", api.get(count, null).data().getString("message"));
        JsonObject dataset = api.get("api/datasets/:persistentId/download/count?persistentId=" + Api.encode(data.pid()),
                null).data();
        assertEquals(2, dataset.getInt("downloadCount"));
        assertEquals(404, api.get("api/files/999999999/downloadCount", null).status());
    }

    private int download(String path, String userAgent) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(path)).header("User-Agent", userAgent).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> fetch(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(path)).header("Accept", accept)
                .header("User-Agent", BROWSER).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void publish(String pid, Samling.User owner, String type) {
        Api.Response published = api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=" + type, owner.token());
        assertEquals(200, published.status(), published.text());
    }

    private String demoStudy(String word) {
        return api.get("api/search?type=dataset&q=" + word, null).data().getJsonArray("items").getJsonObject(0)
                .getString("global_id");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
