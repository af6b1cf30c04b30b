package org.samling.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL in a private data folder, started and stopped by this process. */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "samling";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory, Path runtimeDirectory) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(runtimeDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtimeDirectory.toFile())
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .start();
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
