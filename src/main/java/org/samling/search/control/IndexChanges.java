package org.samling.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the database announce each committed change to the search index (migration V15) on a
 * connection of its own, and counts them: a result computed while the count stood at one value
 * is current for as long as it stands there. While the connection is down nothing is current,
 * so no server ever answers from a result older than a change it could not hear of.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IndexChanges {

    static final String CHANNEL = "samling_search_changed";
    /** No generation: changes cannot be heard now. */
    public static final long UNKNOWN = -1;
    private static final int WAIT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(IndexChanges.class.getName());

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private Thread listener;

    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void start() {
        listener = threads.newThread(this::listen);
        listener.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        listener.interrupt();
    }

    /** How many changes have been heard, or {@link #UNKNOWN} while none can be. */
    public long generation() {
        return listening ? generation.get() : UNKNOWN;
    }

    private void listen() {
        while (!stopped) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                generation.incrementAndGet(); // whatever changed while nobody listened
                listening = true;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] heard = notices.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        generation.incrementAndGet();
                    } else {
                        statement.execute("select 1"); // a connection gone quiet is found dead here
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.log(Level.WARNING, "search index changes not heard; kept search results are not used until they are", e);
                }
            } finally {
                listening = false;
                generation.incrementAndGet();
            }
            pause();
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", env("SAMLING_DB_USER"));
        properties.setProperty("password", env("SAMLING_DB_PASSWORD"));
        properties.setProperty("ApplicationName", "samling search changes");
        Connection connection = new org.postgresql.Driver().connect(env("SAMLING_DB_URL"), properties);
        if (connection == null) {
            throw new SQLException("SAMLING_DB_URL is not a PostgreSQL address");
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
