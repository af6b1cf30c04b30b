package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * OAI-PMH as a catalogue harvests it, with gdcc's xoai service provider (the harvester
 * Dataverse harvests with): every format and set to the end of the resumption tokens (three
 * records a page on the test server), every page valid against the OAI-PMH schema, tokens that
 * survive new publications, withdrawn records reported deleted, and the protocol's errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HarvestIT {

    static final List<String> FORMATS = List.of("oai_dc", "oai_ddi", "oai_datacite", "dataverse_json");

    @ArquillianResource
    URL base;

    Api api;
    ServiceProvider harvester;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        String endpoint = base + "oai";
        harvester = new ServiceProvider(new Context().withBaseUrl(endpoint).withGranularity(Granularity.Second)
                .withOAIClient(OAIClient.newBuilder().withBaseUrl(endpoint).build()).withSaveUnparsedMetadata());
    }

    @Test
    void everyFormatAndSetIsHarvestedToTheEnd() throws Exception {
        String alias = "harvest" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("api/dataverses/root", Samling.adminToken(),
                "{\"alias\":\"" + alias + "\",\"name\":\"Harvested area\"}")
                .status());
        List<String> inSet = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inSet.add(publishIn(alias, "Harvested study " + i));
        }
        assertEquals("Samling", harvester.identify().getRepositoryName());
        Set<String> sets = new LinkedHashSet<>();
        harvester.listSets().forEachRemaining(set -> sets.add(set.getSpec()));
        assertTrue(sets.contains("root") && sets.contains(alias), sets.toString());

        List<String> everything = identifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
        assertTrue(everything.size() > 4 && everything.containsAll(inSet), "all pages, through the tokens");
        assertEquals(everything.size(), new LinkedHashSet<>(everything).size(), "no record twice");
        for (String format : FORMATS) {
            Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix(format));
            List<String> harvested = new ArrayList<>();
            while (records.hasNext()) {
                Record record = records.next();
                harvested.add(record.getHeader().getIdentifier());
                if (!record.getHeader().isDeleted()) {
                    assertNotNull(record.getMetadata(), format + " metadata of " + record.getHeader().getIdentifier());
                }
            }
            assertEquals(everything, harvested, format);
        }
        assertEquals(inSet, identifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withSetSpec(alias)),
                "the set holds its collection's datasets");
        assertTrue(identifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withSetSpec("root"))
                .containsAll(inSet), "the root's set holds everything");
    }

    @Test
    void everyPageIsValidAndATokenOutlivesNewPublications() {
        for (int i = 0; i < 4; i++) {
            publishIn("root", "Paged study " + i);
        }
        String first = api.get("oai?verb=ListRecords&metadataPrefix=oai_dc", null).text();
        Schemas.validateOai(first, Schemas.OAI_DC);
        String token = token(first);
        assertNotNull(token, "three to a page: there is a next page");
        Schemas.validateOai(api.get("oai?verb=ListRecords&metadataPrefix=oai_ddi", null).text(), Schemas.DDI);

        List<String> seen = new ArrayList<>(ids(first));
        String added = publishIn("root", "Published during the harvest");
        String page = first;
        while (token != null) {
            page = api.get("oai?verb=ListRecords&resumptionToken=" + Api.encode(token), null).text();
            Schemas.validateOai(page, Schemas.OAI_DC);
            seen.addAll(ids(page));
            token = token(page);
        }
        List<String> now = identifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
        assertTrue(seen.containsAll(now), "nothing lost while the archive changed");
        assertTrue(seen.contains(added), "the new record comes at the end");
        Matcher last = Pattern.compile("completeListSize=\"(\\d+)\" cursor=\"(\\d+)\"").matcher(page);
        assertTrue(last.find(), "the last page says where it is");
        assertEquals(Integer.parseInt(last.group(1)), Integer.parseInt(last.group(2)) + ids(page).size());
    }

    @Test
    void aWithdrawnDatasetIsHarvestedAsDeleted() throws Exception {
        Instant before = Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Samling.User owner = Samling.newUser(api, "harvest");
        String pid = Samling.createDataset(api, owner.token(), "Withdrawn from the harvest");
        assertEquals(200, api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId=" + Api.encode(pid),
                owner.token()).status());
        assertEquals(200, api.postJson("api/datasets/:persistentId/versions/1.0/deaccession?persistentId=" + Api.encode(pid),
                owner.token(), "{\"deaccessionReason\":\"Withdrawn.\"}").status());
        List<Header> since = new ArrayList<>();
        harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withFrom(before))
                .forEachRemaining(since::add);
        Header header = since.stream().filter(h -> h.getIdentifier().equals(pid)).findFirst().orElseThrow();
        assertTrue(header.isDeleted(), "reported deleted to a selective harvest");
        String record = api.get("oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Api.encode(pid), null).text();
        assertTrue(record.contains("status=\"deleted\"") && !record.contains("<metadata>"), record);
        String day = api.get("oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + before.toString().substring(0, 10), null)
                .text();
        assertTrue(day.contains("<ListIdentifiers>") && !day.contains("<error"), "a day is a valid 'from': " + day);
    }

    @Test
    void badRequestsGetTheProtocolsErrors() {
        assertEquals("badVerb", error("oai?verb=Bogus"));
        assertEquals("badVerb", error("oai"));
        assertEquals("badArgument", error("oai?verb=ListRecords"));
        assertEquals("badArgument", error("oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=yesterday"));
        assertEquals("cannotDisseminateFormat", error("oai?verb=ListRecords&metadataPrefix=nonesuch"));
        assertEquals("badResumptionToken", error("oai?verb=ListRecords&resumptionToken=garbage-token"));
        assertEquals("badResumptionToken", error("oai?verb=ListRecords&resumptionToken=" + Api.encode(
                java.util.Base64.getUrlEncoder().encodeToString("-5|x".getBytes()))));
        assertEquals("idDoesNotExist", error("oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=doi:10.5072/NONE"));
        assertEquals("noRecordsMatch", error("oai?verb=ListRecords&metadataPrefix=oai_dc&set=nosuchset"));
    }

    private String error(String path) {
        Api.Response response = api.get(path, null);
        assertEquals(200, response.status(), "OAI-PMH errors come as 200: " + response.text());
        Schemas.validateOai(response.text());
        Matcher code = Pattern.compile("<error code=\"([a-zA-Z]+)\"").matcher(response.text());
        assertTrue(code.find(), response.text());
        return code.group(1);
    }

    private String publishIn(String alias, String title) {
        Api.Response created = api.postJson("api/dataverses/" + alias + "/datasets", Samling.adminToken(),
                Samling.datasetJson(title + " " + UUID.randomUUID()));
        assertEquals(201, created.status(), created.text());
        String pid = created.data().getString("persistentId");
        Api.Response published = api.post("api/datasets/:persistentId/actions/:publish?type=major&persistentId="
                + Api.encode(pid), Samling.adminToken());
        assertEquals(200, published.status(), published.text());
        return pid;
    }

    private List<String> identifiers(ListIdentifiersParameters parameters) {
        List<String> ids = new ArrayList<>();
        try {
            harvester.listIdentifiers(parameters).forEachRemaining(h -> ids.add(h.getIdentifier()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<header[^>]*><identifier>([^<]+)</identifier>").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>").matcher(page);
        return m.find() ? m.group(1) : null;
    }
}
