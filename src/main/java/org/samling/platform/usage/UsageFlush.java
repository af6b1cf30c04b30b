package org.samling.platform.usage;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes the gathered usage counts every ten seconds, and once more when the server stops. */
@Singleton
@Startup
public class UsageFlush {

    private static final Logger LOG = Logger.getLogger(UsageFlush.class.getName());

    @Inject
    UsageCounter counter;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void every10Seconds() {
        try {
            counter.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "usage counts not written; kept for the next try", e);
        }
    }

    @PreDestroy
    void atStop() {
        every10Seconds();
    }
}
