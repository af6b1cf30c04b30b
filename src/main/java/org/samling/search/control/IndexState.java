package org.samling.search.control;

import java.time.Instant;

/**
 * Where the search index stands: the version of its rules it was built with, and the progress
 * of a rebuild (rows of work done of total).
 */
public record IndexState(int version, boolean rebuilding, long done, long total, Instant startedAt,
                         Instant finishedAt, long documents) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }
}
