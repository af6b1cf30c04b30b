package org.samling.file.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.samling.platform.persistence.ClusterLock;

/** The scheduled jobs of the file store, each once per cluster: sweeping every hour, fixity checks every night. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    static final Duration STAGING_AGE = Duration.ofHours(24);
    static final Duration SWEEP_GRACE = Duration.ofHours(1);
    static final long SWEEP_LOCK = 0x53414d4c494e4701L;
    static final long FIXITY_LOCK = 0x53414d4c494e4702L;
    static final int FIXITY_BATCH = 100_000;
    static final Duration FIXITY_BUDGET = Duration.ofHours(2);

    @Inject
    ClusterLock cluster;

    @Inject
    StoreSweeper sweeper;

    @Inject
    FixityCheck fixity;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sweepHourly() {
        cluster.once(SWEEP_LOCK, "sweep", () -> sweeper.sweep(STAGING_AGE, SWEEP_GRACE));
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void checkFixityNightly() {
        cluster.once(FIXITY_LOCK, "fixity", () -> {
            var outcomes = fixity.checkOldest(FIXITY_BATCH, FIXITY_BUDGET);
            long failed = outcomes.stream().filter(o -> o.status() != FixityCheck.Status.VALID).count();
            LOG.info(() -> "Fixity check: " + outcomes.size() + " files read, " + failed + " failed");
        });
    }
}
