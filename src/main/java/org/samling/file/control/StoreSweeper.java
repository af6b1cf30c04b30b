package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.samling.platform.persistence.Sql;

/**
 * Removes what a crash can leave behind: staged uploads nobody finished, and stored bytes
 * whose database row never committed. Stored objects younger than the grace period are left
 * alone, since their transaction may still be committing.
 */
@ApplicationScoped
public class StoreSweeper {

    private static final Logger LOG = Logger.getLogger(StoreSweeper.class.getName());
    static final int BATCH = 1000;

    public record Result(int stagedRemoved, int orphansRemoved) {
    }

    @Inject
    FileStore store;

    @Inject
    Sql sql;

    @Inject
    UploadSessions uploads;

    public Result sweep(Instant now, Duration stagingAge, Duration grace) throws IOException {
        int staged = store.sweepStaging(now.minus(stagingAge)) + uploads.sweepAbandoned(now)
                + uploads.sweepOrphanBytes(now.minus(grace));
        int orphans = 0;
        try (Stream<FileStore.Stored> stored = store.list()) {
            Iterator<FileStore.Stored> all = stored.filter(s -> s.modified().isBefore(now.minus(grace))).iterator();
            List<String> batch = new ArrayList<>();
            while (all.hasNext()) {
                batch.add(all.next().key());
                if (batch.size() == BATCH || !all.hasNext()) {
                    orphans += removeOrphans(batch);
                    batch.clear();
                }
            }
        }
        if (staged + orphans > 0) {
            int s = staged;
            int o = orphans;
            LOG.info(() -> "Sweep removed " + s + " unfinished uploads and " + o + " stored objects without a file row");
        }
        return new Result(staged, orphans);
    }

    private int removeOrphans(List<String> keys) throws IOException {
        Set<String> known = new HashSet<>(sql.list("select storage_key from datafile where storage_key = any(?) and destroyed_at is null",
                row -> row.getString(1), Sql.texts(keys)));
        int removed = 0;
        for (String key : keys) {
            if (!known.contains(key)) {
                store.delete(key);
                removed++;
            }
        }
        return removed;
    }
}
