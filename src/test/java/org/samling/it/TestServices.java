package org.samling.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
 * Starts what the integration tests' servers need, once per test run and before any server
 * starts: a real PostgreSQL on the port the build reserved ({@code it.db.port}) and a GreenMail
 * SMTP server ({@code it.smtp.port}) whose messages the tests read. The Payara Micro processes
 * Arquillian starts reach both through their SAMLING_ environment. It also empties
 * {@code it.home}, the servers' data folder. Unit test runs (no ports) start nothing.
 */
public class TestServices implements LauncherSessionListener {

    private static GreenMail mail;
    private EmbeddedPostgres postgres;

    /** The SMTP server the servers under test send through. */
    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("GreenMail runs only in the integration tests");
        }
        return mail;
    }

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
        mail = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port")), null,
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
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
