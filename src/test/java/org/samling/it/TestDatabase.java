package org.samling.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL for the integration tests, once per test run and before any
 * server starts, on the port the build reserved ({@code it.db.port}); the Payara Micro
 * processes Arquillian starts reach it through SAMLING_DB_URL. Unit test runs (no port) skip it.
 * It also empties {@code it.home}, the server's data folder, so each run starts clean.
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank()) {
            return;
        }
        Path home = Path.of(System.getProperty("it.home"));
        try {
            deleteRecursively(home);
            Files.createDirectories(home);
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setDataDirectory(home.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database samling encoding 'UTF8' template template0");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
