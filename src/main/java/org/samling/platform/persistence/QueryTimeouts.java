package org.samling.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long one SQL statement may run before PostgreSQL is told to cancel it: a few seconds for
 * what a page or an API call asks (a search abandoned by its client cannot keep the database
 * busy for minutes), longer for work that is expected to take long (jobs, exports), which says
 * so with {@link #allowing}.
 */
@ApplicationScoped
public class QueryTimeouts {

    private final ThreadLocal<Duration> allowance = new ThreadLocal<>();

    @Inject
    @ConfigProperty(name = "samling.query.timeout.seconds", defaultValue = "5")
    int requestSeconds;

    @Inject
    @ConfigProperty(name = "samling.job.query.timeout.seconds", defaultValue = "600")
    int jobSeconds;

    /** The limit for a statement run now, in whole seconds (JDBC's unit). */
    public int currentSeconds() {
        Duration given = allowance.get();
        return given == null ? requestSeconds : (int) Math.max(1, given.toSeconds());
    }

    /** Runs {@code work} with the longer limit of jobs and exports. */
    public <T> T asJob(Supplier<T> work) {
        return allowing(Duration.ofSeconds(jobSeconds), work);
    }

    public <T> T allowing(Duration limit, Supplier<T> work) {
        Duration before = allowance.get();
        allowance.set(limit);
        try {
            return work.get();
        } finally {
            if (before == null) {
                allowance.remove();
            } else {
                allowance.set(before);
            }
        }
    }
}
