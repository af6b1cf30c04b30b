package org.samling.file.control;

import org.samling.platform.persistence.QueryTimeouts;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
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
    static final int FIXITY_FILES = 100_000;
    static final int FIXITY_BATCH = 200;
    static final Duration FIXITY_BUDGET = Duration.ofHours(2);

    @Inject
    ClusterLock cluster;

    @Inject
    CommandEngine engine;

    @Inject
    Collections collections;

    @Inject
    Clock clock;

    @Inject
    QueryTimeouts timeouts;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sweepHourly() {
        cluster.once(SWEEP_LOCK, "sweep", () -> timeouts.asJob(
                () -> engine.submit(new SweepStoreCommand(server(), root(), SWEEP_GRACE))));
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void checkFixityNightly() {
        cluster.once(FIXITY_LOCK, "fixity", () -> {
            long stop = System.nanoTime() + FIXITY_BUDGET.toNanos();
            long read = 0;
            long failed = 0;
            while (read < FIXITY_FILES && System.nanoTime() < stop) {
                var outcomes = timeouts.asJob(() -> engine.submit(new CheckFixityCommand(server(), root(), FIXITY_BATCH)));
                read += outcomes.size();
                failed += outcomes.stream().filter(o -> o.status() != FixityCheck.Status.VALID).count();
                if (outcomes.size() < FIXITY_BATCH) {
                    break;
                }
            }
            long files = read;
            long bad = failed;
            LOG.info(() -> "Fixity check: " + files + " files read, " + bad + " failed");
        });
    }

    private RequestContext server() {
        return RequestContext.server(clock.instant());
    }

    private ObjectRef root() {
        return ObjectRef.collection(collections.require(Collection.ROOT).getId());
    }
}
