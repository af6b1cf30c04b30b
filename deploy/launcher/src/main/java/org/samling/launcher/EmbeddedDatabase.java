package org.samling.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A real PostgreSQL in a private data folder, started and stopped by this process. */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "samling";

    /**
     * The embedded library starts PostgreSQL with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}, its settings for throw-away test databases. This one holds
     * an archive: every commit reaches the disk before it is acknowledged, and a crash or power
     * cut cannot leave torn pages behind. {@code -c} options come after {@code -F}, so they win.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static final String DEFAULT_SHARED_BUFFERS = "128MB";

    static EmbeddedDatabase start(Path dataDirectory, Path runtimeDirectory) throws IOException, SQLException {
        return start(dataDirectory, runtimeDirectory, DEFAULT_SHARED_BUFFERS);
    }

    /**
     * @param sharedBuffers PostgreSQL's own page cache, such as {@code 2GB}: searches over a large
     *                      archive read their index rows from it, and a host may drop its file cache
     */
    static EmbeddedDatabase start(Path dataDirectory, Path runtimeDirectory, String sharedBuffers)
            throws IOException, SQLException {
        if (sharedBuffers == null || !sharedBuffers.matches("[1-9][0-9]{0,6}(kB|MB|GB)")) {
            throw new IllegalArgumentException("SAMLING_DB_SHARED_BUFFERS must be a size such as 128MB or 2GB, not '"
                    + sharedBuffers + "'");
        }
        Files.createDirectories(dataDirectory);
        Files.createDirectories(runtimeDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtimeDirectory.toFile())
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", sharedBuffers);
        DURABLE.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createIfMissing();
        return database;
    }

    private void createIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (found.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    /** The value the running server reports for a setting ({@code show fsync}). */
    String setting(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Samling: could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }
}
