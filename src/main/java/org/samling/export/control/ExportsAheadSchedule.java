package org.samling.export.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.platform.persistence.Sql;

/**
 * Every ten seconds, computes the exports of newly published versions that have none kept yet
 * (at most 50 datasets a run, newest first), each in a transaction of its own, so the first
 * harvester or reader finds them made. A timer of its own, not the publishing request's thread or
 * context.
 */
@Singleton
@Startup
public class ExportsAheadSchedule {

    static final int PER_RUN = 50;

    private static final Logger LOG = Logger.getLogger(ExportsAheadSchedule.class.getName());

    @Inject
    Sql sql;

    @Inject
    ExportsAhead ahead;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void every10Seconds() {
        List<Long> waiting = sql.list("""
                select d.id from dataset d
                where d.released_version_id is not null
                  and not exists (select 1 from version_export e where e.version_id = d.released_version_id)
                order by d.id desc limit ?""", row -> row.getLong(1), PER_RUN);
        for (long datasetId : waiting) {
            try {
                ahead.computeAll(datasetId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "exports of dataset " + datasetId + " not computed ahead; computed on request", e);
            }
        }
    }
}
