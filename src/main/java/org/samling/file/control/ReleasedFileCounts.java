package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongUnaryOperator;
import org.samling.platform.concurrent.RecentlyUsed;

/**
 * How many files each released version holds, counted once. A released version's files never
 * change (edits make a new draft), and counting the 100,000 files of the largest took most of its
 * dataset page's time. Drafts, and listings with filters, are counted on each request.
 */
@ApplicationScoped
public class ReleasedFileCounts {

    static final int KEPT = 4096;

    @Inject
    FileTable table;

    private final RecentlyUsed<Long, Long> counts = new RecentlyUsed<>(KEPT);

    /** The number of files in this released version. */
    public long of(long releasedVersionId) {
        return of(releasedVersionId, id -> table.count(FileQuery.all(id)));
    }

    long of(long releasedVersionId, LongUnaryOperator counter) {
        Long kept = counts.get(releasedVersionId);
        if (kept != null) {
            return kept;
        }
        long counted = counter.applyAsLong(releasedVersionId);
        counts.put(releasedVersionId, counted);
        return counted;
    }
}
