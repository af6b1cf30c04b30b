package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samling.platform.context.RequestContext;

/**
 * The home page's ways in: the top collections with their published dataset counts, and the
 * subjects with theirs. They are the same for every reader and cost a pass over every published
 * dataset, so they are counted at most once a minute (as an anonymous reader would see them) and
 * kept; the newest datasets beside them are always live.
 */
@ApplicationScoped
public class EntryPoints {

    static final Duration FRESH = Duration.ofMinutes(1);

    public record Snapshot(Instant countedAt, List<CollectionCounts.Entry> collections, Map<String, Long> subjects) {
    }

    @Inject
    CollectionCounts counts;

    @Inject
    SearchIndex index;

    private volatile Snapshot snapshot;

    /** Readers arriving before the first count wait for it rather than counting the archive each. */
    private final org.samling.platform.concurrent.SingleFlight<Long, Snapshot> first =
            new org.samling.platform.concurrent.SingleFlight<>();

    @jakarta.annotation.Resource(lookup = IndexRebuild.EXECUTOR)
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    org.samling.platform.persistence.QueryTimeouts timeouts;

    private final java.util.concurrent.atomic.AtomicBoolean recounting = new java.util.concurrent.atomic.AtomicBoolean();

    /** The counts: the kept ones (counted again in the background once a minute old), or counted now the first time. */
    public Snapshot current(long rootId, Instant now) {
        Snapshot seen = snapshot;
        if (seen == null) {
            return first.get(rootId, () -> timeouts.asJob(() -> recount(rootId, now)));
        }
        if (seen.countedAt().plus(FRESH).isBefore(now) && recounting.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    timeouts.asJob(() -> recount(rootId, now));
                } finally {
                    recounting.set(false);
                }
            });
        }
        return seen;
    }

    private Snapshot recount(long rootId, Instant now) {
        SearchResult subjects = index.search(RequestContext.guest("192.0.2.1", now), new SearchRequest("*",
                Set.of(SearchRequest.Kind.DATASET), null, List.of(), SearchRequest.Sort.DATE, false, 0, 0, true));
        snapshot = new Snapshot(now, counts.below(rootId), subjects.facets().getOrDefault(FacetField.SUBJECT, Map.of()));
        return snapshot;
    }
}
