package org.samling.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samling.platform.error.SamlingException;

/**
 * The one source of "now" for requests, commands and jobs ({@code @Inject Clock}), so that
 * time can be moved in tests. In production it is the system clock and cannot be moved.
 */
@ApplicationScoped
public class ServerClock {

    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Inject
    @ConfigProperty(name = "samling.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Produces
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return clock.offset();
    }

    /** Moves the clock by {@code offset} from the system's time; refused unless the server runs for tests. */
    public void setOffset(Duration offset) {
        if (!adjustable) {
            throw SamlingException.forbidden("error.clockFixed");
        }
        clock.setOffset(offset);
    }
}
