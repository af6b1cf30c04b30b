package org.samling.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samling.platform.persistence.MigratedDatabase;
import org.samling.platform.persistence.Sql;

/**
 * The versions waiting for their exports, on the real schema: the database adds a version when
 * it is released and when its kept exports are dropped; a version released meanwhile is not
 * taken for done; a withdrawn one stops waiting.
 */
class ExportsWaitingTest {

    static MigratedDatabase database;
    static Sql sql;
    static ExportsWaiting waiting;

    @BeforeAll
    static void start() throws Exception {
        database = MigratedDatabase.start();
        sql = database.sql();
        waiting = new ExportsWaiting(sql);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aReleasedVersionWaitsUntilItsExportsAreMadeAndAgainWhenTheyAreDropped() {
        long dataset = dataset("WAIT01");
        assertEquals(List.of(), due(dataset), "a draft has no exports to make");
        long first = release(dataset);
        assertEquals(List.of(new ExportsWaiting.Waiting(dataset, first)), due(dataset));

        long second = release(dataset);
        waiting.done(new ExportsWaiting.Waiting(dataset, first));
        assertEquals(List.of(new ExportsWaiting.Waiting(dataset, second)), due(dataset),
                "the version released while the first one's exports were made still waits");
        sql.update("insert into version_export (version_id, exporter, body, version_updated_at) values (?, 'ddi', '<x/>', now())",
                second);
        waiting.done(new ExportsWaiting.Waiting(dataset, second));
        assertEquals(List.of(), due(dataset));

        sql.update("delete from version_export where version_id = ?", second);
        assertEquals(List.of(new ExportsWaiting.Waiting(dataset, second)), due(dataset), "dropped exports are made again");

        sql.update("update dataset set released_version_id = null where id = ?", dataset);
        assertEquals(List.of(), due(dataset), "a version no longer released waits no more");
        assertEquals(0L, sql.count("select count(*) from export_waiting where dataset_id = ?", dataset));
    }

    private static List<ExportsWaiting.Waiting> due(long dataset) {
        return waiting.due(1000).stream().filter(w -> w.datasetId() == dataset).toList();
    }

    private static long dataset(String identifier) {
        long id = sql.one("insert into dataset (collection_id, protocol, authority, identifier, pid_provider) values "
                + "((select id from collection where alias = 'root'), 'doi', '10.5072', ?, 'datacite') returning id",
                row -> row.getLong(1), identifier).orElseThrow();
        sql.update("insert into dataset_version (dataset_id, state, title, metadata) values (?, 'DRAFT', 'Waiting', '{}'::jsonb)", id);
        return id;
    }

    private static long release(long dataset) {
        long version = sql.one("insert into dataset_version (dataset_id, version_number, minor_version_number, state, "
                + "title, metadata, release_time) values (?, (select count(*) + 1 from dataset_version where dataset_id = ?), 0,"
                + " 'RELEASED', 'Waiting', '{}'::jsonb, now()) returning id", row -> row.getLong(1), dataset, dataset).orElseThrow();
        sql.update("update dataset set released_version_id = ? where id = ?", version, dataset);
        return version;
    }
}
