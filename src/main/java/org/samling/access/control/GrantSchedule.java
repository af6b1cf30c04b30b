package org.samling.access.control;

import org.samling.platform.persistence.QueryTimeouts;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.ClusterLock;

/** Every few minutes, once per cluster: warnings before grants end, notices when they have. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class GrantSchedule {

    static final long LOCK = 0x53414d4c494e4703L;

    @Inject
    ClusterLock cluster;

    @Inject
    GrantNotices notices;

    @Inject
    Clock clock;

    @Inject
    QueryTimeouts timeouts;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void every5Minutes() {
        cluster.once(LOCK, "grant notices", () -> {
            RequestContext server = RequestContext.server(clock.instant());
            timeouts.asJob(() -> notices.warnSoonEnding(server) + notices.noticeEnded(server));
        });
    }
}
