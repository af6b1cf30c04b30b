package org.samling.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.platform.persistence.ClusterLock;
import org.samling.platform.persistence.QueryTimeouts;
import org.samling.platform.persistence.Sql;

/**
 * Rebuilds the search index from the archive in batches of datasets, each batch its own
 * transaction, so search keeps answering from the rows not yet rebuilt and a stopped server
 * resumes by starting again. One rebuild runs in a cluster at a time.
 */
@ApplicationScoped
public class IndexRebuild {

    /** Raise it when the index's rows change shape or meaning: the index is rebuilt at the next start. */
    public static final int VERSION = 1;
    public static final String EXECUTOR = "java:app/concurrent/SearchIndex";
    static final int BATCH = 200;
    /** Rebuilds run on this many connections at once: the machine's cores, less one for searching. */
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final long LOCK = 0x53414d4c494e4708L;
    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    Sql sql;

    @Inject
    ClusterLock cluster;

    @Inject
    QueryTimeouts timeouts;

    public IndexState state() {
        return sql.one("select version, rebuilding, done, total, started_at, finished_at,"
                + " (select count(*) from search_doc) documents from search_index_state where id = 1",
                row -> new IndexState(row.getInt("version"), row.getBoolean("rebuilding"), row.getLong("done"),
                        row.getLong("total"), Sql.instant(row, "started_at"), Sql.instant(row, "finished_at"),
                        row.getLong("documents"))).orElseThrow();
    }

    /** Whether the index was built by older rules, or a rebuild was cut short by a stop. */
    public boolean isStale() {
        IndexState state = state();
        return state.version() != VERSION || state.rebuilding();
    }

    public IndexState start() {
        sql.update("update search_index_state set rebuilding = true, done = 0, started_at = clock_timestamp(),"
                + " finished_at = null, total = (select count(*) from dataset) + (select count(*) from collection)"
                + " where id = 1");
        executor.execute(() -> cluster.once(LOCK, "search index rebuild", () -> timeouts.asJob(this::rebuild)));
        return state();
    }

    private Void rebuild() {
        long started = System.nanoTime();
        sql.count("select count(search_reindex_collection(id)) from collection");
        sql.update("update search_index_state set done = (select count(*) from collection) where id = 1");
        List<Future<?>> parts = new ArrayList<>();
        for (int part = 0; part < WORKERS; part++) {
            int share = part;
            parts.add(executor.submit(() -> timeouts.asJob(() -> rebuildShare(share))));
        }
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Search index rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Search index rebuild failed", e.getCause());
            }
        }
        sql.count("select search_clean_pending_lists()");
        sql.count("select search_merge_words()");
        sql.update("update search_index_state set rebuilding = false, version = ?, finished_at = clock_timestamp()"
                + " where id = 1", VERSION);
        LOG.log(Level.INFO, "Search index rebuilt in {0} s", (System.nanoTime() - started) / 1_000_000_000.0);
        return null;
    }

    /** The datasets whose id leaves this remainder by the number of workers, a batch at a time. */
    private Void rebuildShare(int share) {
        long after = 0;
        while (true) {
            Long last = sql.one("select max(id) from (select id from dataset where id > ? and id % ? = ? order by id limit "
                    + BATCH + ") b", row -> {
                        long id = row.getLong(1);
                        return row.wasNull() ? null : id;
                    }, after, WORKERS, share).orElse(null);
            if (last == null) {
                return null;
            }
            long done = sql.count("select search_reindex_batch(?, ?, ?, ?)", after, last, WORKERS, share);
            sql.update("update search_index_state set done = done + ? where id = 1", done);
            after = last;
        }
    }
}
