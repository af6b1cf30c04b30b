package org.samling.pid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.entity.GlobalId;

/** The DataCite provider against a fake DataCite that checks requests as DataCite's API documents them. */
class DataCiteProviderTest {

    FakeDataCite datacite;
    DataCiteProvider provider;

    static final String LANDING = "https://data.example.org/dataset.xhtml?persistentId=doi%3A10.5072%2FSAMLING%2FABC234";

    @BeforeEach
    void start() throws Exception {
        datacite = new FakeDataCite();
        provider = new DataCiteProvider(datacite.url(), FakeDataCite.REPOSITORY, FakeDataCite.PASSWORD,
                FakeDataCite.PREFIX, "SAMLING/");
    }

    @AfterEach
    void stop() {
        datacite.close();
    }

    static PidMetadata metadata(String title, String version) {
        return new PidMetadata(title, List.of(
                new PidMetadata.Creator("Lindqvist, Maja", "Göteborgs universitet", "0000-0002-1825-0097"),
                new PidMetadata.Creator("Nordic Survey Group", null, null)),
                "Samling", 2030, LANDING, List.of("Social Sciences"), "Swedish",
                List.of(new PidMetadata.Rights("CC0 1.0", "http://creativecommons.org/publicdomain/zero/1.0")),
                "Interviews about trust.", version);
    }

    @Test
    void walksDraftFindableUpdatedTombstone() throws Exception {
        GlobalId id = provider.generate(new PidGenerator());
        assertEquals("doi", id.protocol());
        assertTrue(id.identifier().startsWith("SAMLING/"));
        id = new GlobalId("doi", "10.5072", "SAMLING/ABC234");
        String doi = "10.5072/SAMLING/ABC234";

        provider.reserve(id);
        assertEquals("draft", datacite.doi(doi).state, "created as a draft");
        assertEquals("POST", datacite.requests.get(0).method());
        assertEquals("/dois", datacite.requests.get(0).path());
        assertEquals(null, datacite.requests.get(0).event(), "no event: a draft");

        provider.reserve(id);
        assertEquals("draft", datacite.doi(doi).state, "reserving again (a lost answer retried) is harmless");

        provider.publish(id, metadata("Trust in Nordic welfare states", "1.0"));
        FakeDataCite.Doi registered = datacite.doi(doi);
        assertEquals("findable", registered.state);
        FakeDataCite.Request publish = datacite.requests.get(datacite.requests.size() - 1);
        assertEquals("PUT", publish.method());
        assertEquals("/dois/" + doi, publish.path());
        assertEquals("publish", publish.event());
        JsonObject attributes = registered.attributes();
        assertEquals(doi, attributes.getString("doi"));
        assertEquals("Trust in Nordic welfare states", registered.title());
        assertEquals(LANDING, attributes.getString("url"));
        assertEquals("Samling", attributes.getString("publisher"));
        assertEquals(2030, attributes.getInt("publicationYear"));
        assertEquals("Dataset", attributes.getJsonObject("types").getString("resourceTypeGeneral"));
        JsonObject maja = attributes.getJsonArray("creators").getJsonObject(0);
        assertEquals("Lindqvist, Maja", maja.getString("name"));
        assertEquals("Personal", maja.getString("nameType"));
        assertEquals("Göteborgs universitet", maja.getJsonArray("affiliation").getJsonObject(0).getString("name"));
        JsonObject orcid = maja.getJsonArray("nameIdentifiers").getJsonObject(0);
        assertEquals("https://orcid.org/0000-0002-1825-0097", orcid.getString("nameIdentifier"));
        assertEquals("ORCID", orcid.getString("nameIdentifierScheme"));
        assertEquals("Organizational", attributes.getJsonArray("creators").getJsonObject(1).getString("nameType"));
        assertEquals("Social Sciences", attributes.getJsonArray("subjects").getJsonObject(0).getString("subject"));
        assertEquals("sv", attributes.getString("language"));
        JsonObject rights = attributes.getJsonArray("rightsList").getJsonObject(0);
        assertEquals("CC0 1.0", rights.getString("rights"));
        assertEquals("http://creativecommons.org/publicdomain/zero/1.0", rights.getString("rightsUri"));
        assertEquals("1.0", attributes.getString("version"));

        provider.update(id, metadata("Trust in Nordic welfare states, second wave", "2.0"));
        assertEquals("findable", datacite.doi(doi).state);
        assertEquals("Trust in Nordic welfare states, second wave", datacite.doi(doi).title());
        assertEquals("2.0", datacite.doi(doi).attributes().getString("version"));

        provider.tombstone(id, PidMetadata.tombstone("Samling", 2030, LANDING));
        FakeDataCite.Doi tombstone = datacite.doi(doi);
        assertEquals("findable", tombstone.state, "a findable DOI stays findable: it cannot be deleted or drafted");
        assertEquals(PidMetadata.TOMBSTONE_TITLE, tombstone.title());
        assertEquals(LANDING, tombstone.attributes().getString("url"), "it still leads to the landing page");
        assertEquals(PidMetadata.UNAVAILABLE,
                tombstone.attributes().getJsonArray("creators").getJsonObject(0).getString("name"));
        assertTrue(tombstone.attributes().getJsonArray("subjects").isEmpty(), "nothing of the withdrawn work is left");
        assertTrue(tombstone.attributes().getJsonArray("rightsList").isEmpty());
        assertTrue(tombstone.attributes().isNull("language"), "what DataCite had is cleared, not left standing");
        assertTrue(tombstone.attributes().isNull("version"));
        assertEquals(List.of("422 This DOI has already been taken"), datacite.refusals,
                "every other request was one DataCite accepts");
    }

    @Test
    void aRefusalOrAnOutageIsThrownWithWhatDataCiteSaid() throws Exception {
        GlobalId id = new GlobalId("doi", "10.5072", "SAMLING/XYZ789");
        datacite.failNext.set(1);
        PidException outage = assertThrows(PidException.class, () -> provider.reserve(id));
        assertEquals(500, outage.status());
        assertTrue(outage.getMessage().contains("HTTP 500"), outage.getMessage());
        assertEquals(null, datacite.doi("10.5072/SAMLING/XYZ789"), "nothing was created");

        DataCiteProvider wrongPassword = new DataCiteProvider(datacite.url(), FakeDataCite.REPOSITORY, "wrong",
                FakeDataCite.PREFIX, "SAMLING/");
        assertEquals(401, assertThrows(PidException.class, () -> wrongPassword.reserve(id)).status());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DataCiteProvider unreachable = new DataCiteProvider("http://127.0.0.1:" + closedPort, FakeDataCite.REPOSITORY,
                FakeDataCite.PASSWORD, FakeDataCite.PREFIX, "SAMLING/");
        PidException refused = assertThrows(PidException.class, () -> unreachable.reserve(id));
        assertEquals(0, refused.status());
        assertTrue(refused.getMessage().contains("could not be reached"), refused.getMessage());

        DataCiteProvider unconfigured = new DataCiteProvider(datacite.url(), null, null, FakeDataCite.PREFIX,
                "SAMLING/");
        assertTrue(assertThrows(PidException.class, () -> unconfigured.reserve(id)).getMessage()
                .contains("SAMLING_DATACITE_USERNAME"));
    }

    @Test
    void aFindableDoiNeedsItsRequiredMetadata() {
        GlobalId id = new GlobalId("doi", "10.5072", "SAMLING/NOMETA");
        PidMetadata noTitle = new PidMetadata("", List.of(), "Samling", 2030, LANDING, List.of(), null, List.of(),
                null, null);
        // an empty title is still a title to DataCite's schema; the fake checks presence. The provider always sends
        // titles, creators (":unav" when there are none), publisher, year, types and url:
        assertDoesNotThrowPidException(() -> provider.publish(id, noTitle));
        assertEquals("findable", datacite.doi("10.5072/SAMLING/NOMETA").state);
        assertEquals(PidMetadata.UNAVAILABLE, datacite.doi("10.5072/SAMLING/NOMETA").attributes()
                .getJsonArray("creators").getJsonObject(0).getString("name"));
    }

    interface PidCall {
        void run() throws PidException;
    }

    static void assertDoesNotThrowPidException(PidCall call) {
        try {
            call.run();
        } catch (PidException e) {
            throw new AssertionError("DataCite refused: " + e.getMessage(), e);
        }
    }
}
