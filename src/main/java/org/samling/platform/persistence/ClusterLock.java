package org.samling.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a scheduled job on one instance of a cluster: only while holding the job's PostgreSQL
 * advisory lock. Instances that find the lock taken skip that run.
 */
@ApplicationScoped
public class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

    /** A job that may fail; failures are logged, never thrown into the scheduler. */
    @FunctionalInterface
    public interface Job {
        void run() throws Exception;
    }

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    public void once(long lock, String name, Job job) {
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
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scheduled job " + name + " failed", e);
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
