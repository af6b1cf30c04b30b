package org.samling.file.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.samling.platform.persistence.Migrations;

/**
 * The scheduled jobs of the file store: sweeping every hour, fixity checks every night. Each
 * runs once per cluster: an instance runs a job only while it holds that job's PostgreSQL
 * advisory lock.
 */
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

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    StoreSweeper sweeper;

    @Inject
    FixityCheck fixity;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sweepHourly() {
        onceInCluster(SWEEP_LOCK, () -> sweeper.sweep(STAGING_AGE, SWEEP_GRACE));
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void checkFixityNightly() {
        onceInCluster(FIXITY_LOCK, () -> {
            var outcomes = fixity.checkOldest(FIXITY_BATCH, FIXITY_BUDGET);
            long failed = outcomes.stream().filter(o -> o.status() != FixityCheck.Status.VALID).count();
            LOG.info(() -> "Fixity check: " + outcomes.size() + " files read, " + failed + " failed");
        });
    }

    interface Job {
        void run() throws IOException;
    }

    private void onceInCluster(long lock, Job job) {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection, lock)) {
                return;
            }
            try {
                job.run();
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, lock);
                    unlock.execute();
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled file-store job failed", e);
        }
    }

    private static boolean tryLock(Connection connection, long lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, lock);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
