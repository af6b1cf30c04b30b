package org.samling.access.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
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

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void every5Minutes() {
        cluster.once(LOCK, "grant notices", () -> {
            notices.warnSoonEnding();
            notices.noticeEnded();
        });
    }
}
