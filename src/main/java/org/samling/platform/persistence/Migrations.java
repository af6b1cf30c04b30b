package org.samling.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date from the SQL migrations in {@code db/} before
 * anything else touches it. The connection settings come from the environment.
 */
@DataSourceDefinition(
        name = Migrations.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=SAMLING_DB_URL}",
        user = "${ENV=SAMLING_DB_USER}",
        password = "${ENV=SAMLING_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            // lets JSON text bind to jsonb columns
            "stringType=unspecified",
            // the archive's pages are in memory or on SSD: at the default 4 the planner read the whole search index
            // (1.1M rows, 3 s) rather than fetch a common word's 140k matches from its text index (1.4 s)
            "options=-c random_page_cost=1.1",
            // after PostgreSQL restarts, connections of the old server are found dead and replaced,
            // so the site recovers by itself (requests meanwhile answer 503)
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String DATASOURCE = "java:app/jdbc/samling";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
