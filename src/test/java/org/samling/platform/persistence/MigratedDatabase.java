package org.samling.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL of a test's own with Samling's schema migrated, and {@link Sql} over it, for the
 * tests of a class that reads and writes the real schema without a server.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Sql sql;

    private MigratedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        sql = new Sql();
        sql.dataSource = dataSource;
        sql.timeouts = new QueryTimeouts();
    }

    public static MigratedDatabase start() throws IOException {
        return new MigratedDatabase(EmbeddedPostgres.builder().start());
    }

    public Sql sql() {
        return sql;
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
