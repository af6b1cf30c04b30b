package org.samling.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Samling the way deploy/run.sh promises: a PostgreSQL of its own under
 * $SAMLING_HOME (unless SAMLING_DB_URL names another), then Payara Micro with the WAR. On
 * SIGTERM or Ctrl-C it stops the server first and its PostgreSQL after.
 *
 * Usage: java -jar samling-launcher.jar <payara-micro.jar> <samling.war> <demo folder> [preboot command file]
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: samling-launcher <payara-micro.jar> <samling.war> <demo folder>");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("SAMLING_HOME", "var")).toAbsolutePath().normalize();
        Files.createDirectories(home);
        int port = Integer.parseInt(env.getOrDefault("SAMLING_PORT", "8080"));

        Map<String, String> serverEnv = new HashMap<>();
        serverEnv.put("SAMLING_HOME", home.toString());
        if (isBlank(env.get("SAMLING_SITE_URL"))) {
            serverEnv.put("SAMLING_SITE_URL", "http://localhost:" + port);
        }
        EmbeddedDatabase database = null;
        if (isBlank(env.get("SAMLING_DB_URL"))) {
            database = EmbeddedDatabase.start(home.resolve("pgdata"), home.resolve("pgruntime"),
                    env.getOrDefault("SAMLING_DB_SHARED_BUFFERS", EmbeddedDatabase.DEFAULT_SHARED_BUFFERS));
            serverEnv.put("SAMLING_DB_URL", database.jdbcUrl());
            serverEnv.put("SAMLING_DB_USER", EmbeddedDatabase.USER);
            serverEnv.put("SAMLING_DB_PASSWORD", EmbeddedDatabase.USER);
            if (isBlank(env.get("SAMLING_BUILTIN_USERS_KEY"))) {
                serverEnv.put("SAMLING_BUILTIN_USERS_KEY",
                        SecretFile.readOrCreate(home.resolve("builtin-users.key")));
            }
            System.out.println("Samling: embedded PostgreSQL running on port " + database.port()
                    + " with its data in " + home.resolve("pgdata"));
        } else {
            for (String name : new String[] {"SAMLING_DB_USER", "SAMLING_DB_PASSWORD"}) {
                if (isBlank(env.get(name))) {
                    serverEnv.put(name, "");
                }
            }
        }
        if (!"false".equalsIgnoreCase(env.get("SAMLING_DEMO")) && isBlank(env.get("SAMLING_DEMO_DIR"))) {
            serverEnv.put("SAMLING_DEMO_DIR", Path.of(args[2]).toAbsolutePath().normalize().toString());
        }

        Path preboot = args.length > 3 ? Path.of(args[3]) : null;
        ServerProcess server = ServerProcess.start(Path.of(args[0]), Path.of(args[1]), preboot, port, home, serverEnv,
                env.getOrDefault("SAMLING_JAVA_OPTS", ServerProcess.DEFAULT_JAVA_OPTS));
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (db != null) {
                db.stop();
            }
        }, "samling-stop"));
        System.out.println("Samling: starting at http://localhost:" + port + "/ (data in " + home + ")");
        int exit = server.waitFor();
        System.exit(exit);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static void check(boolean condition, String message) throws IOException {
        if (!condition) {
            throw new IOException(message);
        }
    }
}
