package org.samling.search.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.samling.platform.persistence.ClusterLock;
import org.samling.platform.persistence.Sql;

/**
 * Once a minute, once per cluster: the words new rows brought are merged into the vocabulary
 * that compound parts and "did you mean" are looked up in.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class VocabularySchedule {

    static final long LOCK = 0x53414d4c494e4709L;

    @Inject
    ClusterLock cluster;

    @Inject
    Sql sql;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        cluster.once(LOCK, "search vocabulary", () -> sql.count("select search_merge_words()"));
    }
}
