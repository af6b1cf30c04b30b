package org.samling.curation.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.ClusterLock;
import org.samling.platform.persistence.QueryTimeouts;

/** Once an hour, once per cluster: the retention reminders that are due. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RetentionSchedule {

    static final long LOCK = 0x53414d4c494e4707L;

    @Inject
    ClusterLock cluster;

    @Inject
    RetentionReminders reminders;

    @Inject
    Clock clock;

    @Inject
    QueryTimeouts timeouts;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        cluster.once(LOCK, "retention reminders", () -> {
            RequestContext server = RequestContext.server(clock.instant());
            timeouts.asJob(() -> reminders.send(server));
        });
    }
}
