package org.samling.export.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds, computes the exports of newly published versions that have none kept yet
 * ({@link ExportsWaiting}, at most 50 datasets a run, newest first), each in a transaction of its own, so the first
 * harvester or reader finds them made. A timer of its own, not the publishing request's thread or
 * context.
 */
@Singleton
@Startup
public class ExportsAheadSchedule {

    static final int PER_RUN = 50;

    private static final Logger LOG = Logger.getLogger(ExportsAheadSchedule.class.getName());

    @Inject
    ExportsWaiting waiting;

    @Inject
    ExportsAhead ahead;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void every10Seconds() {
        for (ExportsWaiting.Waiting version : waiting.due(PER_RUN)) {
            try {
                ahead.computeAll(version.datasetId());
                waiting.done(version);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "exports of dataset " + version.datasetId() + " not computed ahead; computed on request", e);
            }
        }
    }
}
