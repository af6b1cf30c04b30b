package org.samling.pid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.platform.persistence.MigratedDatabase;
import org.samling.platform.persistence.Sql;

/**
 * The registration queue on the real schema, with the real worker logic and DataCite provider
 * against the fake DataCite, and a clock the test moves: a failure of DataCite leaves the
 * dataset published and the registration queued with its error; it is retried after its pause,
 * in order per dataset, and succeeds once DataCite answers again.
 */
class PidRegistrationQueueTest {

    static MigratedDatabase database;
    static Sql sql;
    static FakeDataCite datacite;
    static final MovableClock clock = new MovableClock(Instant.parse("2030-03-01T10:00:00Z"));
    static PidQueue queue;
    static PidMetadataReader metadata;
    static PidRegistrar registrar;

    @BeforeAll
    static void start() throws Exception {
        database = MigratedDatabase.start();
        sql = database.sql();
        datacite = new FakeDataCite();
        queue = new PidQueue(sql, clock);
        metadata = new PidMetadataReader(sql, clock, "https://data.example.org", "Samling");
        registrar = new PidRegistrar(queue, new PidProviders(List.of(new DataCiteProvider(datacite.url(),
                FakeDataCite.REPOSITORY, FakeDataCite.PASSWORD, FakeDataCite.PREFIX, "SAMLING/"))), metadata);
    }

    @AfterAll
    static void stop() throws Exception {
        datacite.close();
        database.close();
    }

    @BeforeEach
    void nothingWaits() {
        assertEquals(0, registrar.sendDue(), "each test starts with an empty queue");
    }

    @Test
    void aDataCiteFailureLeavesThePublicationAndQueuesTheRegistrationUntilARetrySucceeds() {
        long dataset = dataset("SAMLING/FAIL01", "Trust in Nordic welfare states");
        String doi = "10.5072/SAMLING/FAIL01";
        queue.enqueue(dataset, "datacite", PidQueue.Action.RESERVE);
        assertEquals(1, registrar.sendDue());
        assertEquals("draft", datacite.doi(doi).state);
        assertFalse(queue.publicationQueued(dataset));

        publish(dataset, 1, "Trust in Nordic welfare states");
        queue.enqueue(dataset, "datacite", PidQueue.Action.PUBLISH);
        assertTrue(queue.publicationQueued(dataset), "a later publication is an update");
        datacite.failNext.set(1);
        assertEquals(0, registrar.sendDue());

        assertEquals(1L, sql.count("select count(*) from dataset where id = ? and released_version_id is not null",
                dataset), "the dataset stays published");
        assertEquals("draft", datacite.doi(doi).state);
        List<PidQueue.Pending> pending = queue.pending(true, 10);
        assertEquals(1, pending.size(), "the registration is queued, shown as failing");
        PidQueue.Pending failed = pending.get(0);
        assertEquals(PidQueue.Action.PUBLISH, failed.action());
        assertEquals("doi:" + doi, failed.globalId().asString());
        assertEquals(1, failed.attempts());
        assertTrue(failed.lastError().contains("HTTP 500"), failed.lastError());
        assertEquals(clock.instant(), failed.lastAttempt());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), failed.nextAttempt());
        assertEquals(1L, queue.counts()[1]);

        int requests = datacite.requests.size();
        assertEquals(0, registrar.sendDue(), "not due yet");
        clock.move(Duration.ofSeconds(59));
        assertEquals(0, registrar.sendDue(), "not due yet");
        assertEquals(requests, datacite.requests.size(), "DataCite was not asked again before the pause ended");

        clock.move(Duration.ofSeconds(1));
        assertEquals(1, registrar.sendDue(), "the retry succeeds");
        assertEquals("findable", datacite.doi(doi).state);
        assertEquals("Trust in Nordic welfare states", datacite.doi(doi).title());
        assertEquals("https://data.example.org/dataset.xhtml?persistentId=doi%3A10.5072%2FSAMLING%2FFAIL01",
                datacite.doi(doi).attributes().getString("url"));
        assertEquals("Lindqvist, Maja", datacite.doi(doi).attributes().getJsonArray("creators").getJsonObject(0)
                .getString("name"));
        assertEquals(2030, datacite.doi(doi).attributes().getInt("publicationYear"));
        assertEquals("CC0 1.0", datacite.doi(doi).attributes().getJsonArray("rightsList").getJsonObject(0)
                .getString("rights"));
        assertTrue(queue.pending(false, 10).isEmpty());

        publish(dataset, 2, "Trust in Nordic welfare states, second wave");
        queue.enqueue(dataset, "datacite", PidQueue.Action.UPDATE);
        assertEquals(1, registrar.sendDue());
        assertEquals("Trust in Nordic welfare states, second wave", datacite.doi(doi).title());
        assertEquals("2.0", datacite.doi(doi).attributes().getString("version"));

        sql.update("update dataset_version set state = 'DEACCESSIONED', deaccession_reason = 'consent withdrawn' "
                + "where dataset_id = ? and state = 'RELEASED'", dataset);
        sql.update("update dataset set released_version_id = null where id = ?", dataset);
        queue.enqueue(dataset, "datacite", PidQueue.Action.TOMBSTONE);
        assertEquals(1, registrar.sendDue());
        assertEquals("findable", datacite.doi(doi).state);
        assertEquals(PidMetadata.TOMBSTONE_TITLE, datacite.doi(doi).title());
        assertFalse(datacite.doi(doi).attributes().toString().contains("consent"), "the reason stays on the site");
    }

    @Test
    void aDatasetsRegistrationsGoOutInOrderAndAnAdministratorsRetryIsAtOnce() {
        long dataset = dataset("SAMLING/ORDER1", "Ordered study");
        String doi = "10.5072/SAMLING/ORDER1";
        datacite.failNext.set(1);
        queue.enqueue(dataset, "datacite", PidQueue.Action.RESERVE);
        assertEquals(0, registrar.sendDue());
        publish(dataset, 1, "Ordered study");
        queue.enqueue(dataset, "datacite", PidQueue.Action.PUBLISH);
        assertEquals(0, registrar.sendDue(), "the publication waits behind the reservation that failed");
        assertNull(datacite.doi(doi));

        long reservation = queue.pending(true, 10).get(0).id();
        assertTrue(queue.retryNow(reservation));
        assertEquals(2, registrar.sendDue(), "reserved, then made findable");
        assertEquals("findable", datacite.doi(doi).state);
        assertFalse(queue.retryNow(reservation), "a registration done is not retried");
    }

    @Test
    void anUnreachableDataCiteIsRecordedAndThePausesGrow() throws Exception {
        long dataset = dataset("SAMLING/DOWN01", "Unlucky study");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PidRegistrar down = new PidRegistrar(queue, new PidProviders(List.of(new DataCiteProvider(
                "http://127.0.0.1:" + closedPort, FakeDataCite.REPOSITORY, FakeDataCite.PASSWORD, FakeDataCite.PREFIX,
                "SAMLING/"))), metadata);
        queue.enqueue(dataset, "datacite", PidQueue.Action.RESERVE);
        Instant first = clock.instant();
        assertEquals(0, down.sendDue());
        clock.move(Duration.ofMinutes(1));
        assertEquals(0, down.sendDue());
        PidQueue.Pending pending = queue.pending(true, 10).get(0);
        assertEquals(2, pending.attempts());
        assertTrue(pending.lastError().contains("could not be reached"), pending.lastError());
        assertEquals(first.plus(Duration.ofMinutes(1)).plus(Duration.ofMinutes(2)), pending.nextAttempt(),
                "1 minute, then 2");
        clock.move(Duration.ofMinutes(2));
        assertEquals(1, registrar.sendDue(), "DataCite is back");
        assertEquals("draft", datacite.doi("10.5072/SAMLING/DOWN01").state);
    }

    @Test
    void theCollectionsProviderIsInheritedAndEachEventQueuesWhatItShould() throws Exception {
        long root = sql.one("select id from collection where alias = 'root'", row -> row.getLong(1)).orElseThrow();
        long social = collection("social", root);
        long nordic = collection("nordic", social);
        PidProviders providers = new PidProviders(List.of(
                new LocalDoiProvider("doi", "10.5072", "SAMLING/"),
                new PermalinkProvider("SMLG", "DS/"),
                new DataCiteProvider(datacite.url(), FakeDataCite.REPOSITORY, FakeDataCite.PASSWORD,
                        FakeDataCite.PREFIX, "SAMLING/")));
        PidService service = new PidService();
        set(service, "sql", sql);
        set(service, "providers", providers);
        set(service, "generator", new org.samling.dataset.control.PidGenerator());
        assertEquals("local", service.providerName(nordic), "the installation's default");
        sql.update("update collection set pid_provider = 'datacite' where id = ?", social);
        assertEquals("datacite", service.providerName(nordic), "inherited from the nearest collection up");
        assertEquals(null, service.ownProviderName(nordic));
        assertEquals("doi", service.mint(nordic).protocol());
        sql.update("update collection set pid_provider = 'permalink' where id = ?", root);
        assertEquals("datacite", service.providerName(nordic), "the nearer choice wins");
        assertEquals("permalink", service.providerName(root));
        assertTrue(service.mint(root).asString().startsWith("perma:SMLG/DS/"));
        sql.update("update collection set pid_provider = null where id = ?", root);

        List<Object> fired = new java.util.ArrayList<>();
        PidEvents events = new PidEvents();
        set(events, "service", service);
        set(events, "queue", queue);
        set(events, "sql", sql);
        set(events, "queued", new RecordingEvent(fired));
        long dataset = sql.one("insert into dataset (collection_id, protocol, authority, identifier) values "
                + "(?, 'doi', '10.5072', 'SAMLING/EVENT1') returning id", row -> row.getLong(1), nordic).orElseThrow();
        events.created(new org.samling.dataset.control.DatasetCreated(dataset, nordic, null));
        assertEquals("datacite", sql.one("select pid_provider from dataset where id = ?", row -> row.getString(1),
                dataset).orElseThrow(), "the dataset keeps the provider that minted it");
        events.published(new org.samling.dataset.control.DatasetPublished(dataset, 1, null));
        events.published(new org.samling.dataset.control.DatasetPublished(dataset, 2, null));
        events.deaccessioned(new org.samling.dataset.control.DatasetDeaccessioned(dataset, 2, 1L, null));
        events.deaccessioned(new org.samling.dataset.control.DatasetDeaccessioned(dataset, 1, null, null));
        assertEquals(List.of(PidQueue.Action.RESERVE, PidQueue.Action.PUBLISH, PidQueue.Action.UPDATE,
                PidQueue.Action.UPDATE, PidQueue.Action.TOMBSTONE), queue.pending(false, 50).stream()
                .filter(p -> p.datasetId() == dataset).map(PidQueue.Pending::action).toList());
        assertEquals(5, fired.size(), "each wakes the worker after the commit");

        sql.update("update collection set pid_provider = 'local' where id = ?", nordic);
        long local = sql.one("insert into dataset (collection_id, protocol, authority, identifier) values "
                + "(?, 'doi', '10.5072', 'SAMLING/EVENT2') returning id", row -> row.getLong(1), nordic).orElseThrow();
        events.created(new org.samling.dataset.control.DatasetCreated(local, nordic, null));
        events.published(new org.samling.dataset.control.DatasetPublished(local, 3, null));
        assertTrue(queue.pending(false, 50).stream().noneMatch(p -> p.datasetId() == local),
                "a provider that registers nothing gets no rows");
        sql.update("delete from pid_registration where dataset_id = ?", dataset);
    }

    private static long collection(String alias, long parent) {
        String parentPath = sql.one("select path from collection where id = ?", row -> row.getString(1), parent)
                .orElseThrow();
        long id = sql.one("insert into collection (alias, name, parent_id, path) values (?, ?, ?, '') returning id",
                row -> row.getLong(1), alias, alias, parent).orElseThrow();
        sql.update("update collection set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    /** CDI's event as the observer sees it, recording what is fired. */
    record RecordingEvent(List<Object> fired) implements jakarta.enterprise.event.Event<PidQueued> {
        @Override
        public void fire(PidQueued event) {
            fired.add(event);
        }

        @Override
        public <U extends PidQueued> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PidQueued> java.util.concurrent.CompletionStage<U> fireAsync(U event,
                jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<PidQueued> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PidQueued> jakarta.enterprise.event.Event<U> select(Class<U> subtype,
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PidQueued> jakarta.enterprise.event.Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype,
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void pausesDoubleUpToSixHours() {
        assertEquals(Duration.ofMinutes(1), PidQueue.retryAfter(1));
        assertEquals(Duration.ofMinutes(2), PidQueue.retryAfter(2));
        assertEquals(Duration.ofMinutes(4), PidQueue.retryAfter(3));
        assertEquals(Duration.ofMinutes(256), PidQueue.retryAfter(9));
        assertEquals(Duration.ofHours(6), PidQueue.retryAfter(10));
        assertEquals(Duration.ofHours(6), PidQueue.retryAfter(1000));
    }

    private static long dataset(String identifier, String title) {
        long id = sql.one("insert into dataset (collection_id, protocol, authority, identifier, pid_provider) values "
                + "((select id from collection where alias = 'root'), 'doi', '10.5072', ?, 'datacite') returning id",
                row -> row.getLong(1), identifier).orElseThrow();
        sql.update("insert into dataset_version (dataset_id, state, title, metadata) values (?, 'DRAFT', ?, ?::jsonb)",
                id, title, blocks(title));
        return id;
    }

    private static void publish(long dataset, int major, String title) {
        long version = sql.one("insert into dataset_version (dataset_id, version_number, minor_version_number, state, "
                + "title, metadata, license, license_uri, release_time) values (?, ?, 0, 'RELEASED', ?, ?::jsonb, ?, ?, ?) "
                + "returning id", row -> row.getLong(1), dataset, major, title, blocks(title),
                License.CC0.displayName(), License.CC0.uri(), clock.instant()).orElseThrow();
        sql.update("update dataset set released_version_id = ?, publication_date = coalesce(publication_date, ?) "
                + "where id = ?", version, clock.instant(), dataset);
    }

    private static String blocks(String title) {
        return DatasetMetadata.of(new CitationMetadata(title, null,
                List.of(new CitationMetadata.Author("Lindqvist, Maja", "Göteborgs universitet", "0000-0002-1825-0097")),
                List.of(), List.of("Interviews about trust."), List.of("trust"), List.of("Social Sciences"),
                List.of("sv"), "2030-01-01"), License.CC0).blocksJson();
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** The server clock as tests have it: moved by the test, never waited on. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
