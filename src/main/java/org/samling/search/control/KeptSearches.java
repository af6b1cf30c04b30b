package org.samling.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.samling.platform.concurrent.SingleFlight;

/**
 * Search answers kept while the index they were computed from is unchanged: the same statement
 * with the same values over the same index gives the same rows, so a common word searched by
 * many readers is ranked and counted once per change of the index, not once per reader. The
 * statement and its values are the key; they hold every condition of the caller's permissions.
 * The moment of the request (grants in force "now") is keyed by what it means, the caller's
 * grants in force then; a statement holding any other instant is never kept.
 */
@ApplicationScoped
public class KeptSearches {

    static final int KEPT = 256;
    /** Larger answers (a thousand hits a page) are computed each time rather than held. */
    static final int LARGEST_CHARS = 64 * 1024;

    record Kept(long generation, Object answer) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final SingleFlight<String, String[]> computing = new SingleFlight<>();
    private LongSupplier generation;

    @Inject
    IndexChanges changes;

    KeptSearches() {
    }

    KeptSearches(LongSupplier generation) {
        this.generation = generation;
    }

    @PostConstruct
    void listen() {
        generation = changes::generation;
    }

    /** The answer of {@code statement} with {@code values}, where no value is an instant. */
    public String[] answer(String statement, Object[] values, Supplier<String[]> compute) {
        return answer(statement, values, null, null, compute);
    }

    /**
     * The answer of {@code statement} with {@code values}: kept from before the index last
     * changed, or computed now. A value equal to {@code moment} is keyed as what
     * {@code momentMeans} gives (asked only when such a value is there and answers are kept).
     */
    public String[] answer(String statement, Object[] values, Instant moment, Supplier<String> momentMeans,
                           Supplier<String[]> compute) {
        return answer(statement, values, moment, momentMeans, compute, row -> row);
    }

    /**
     * As {@link #answer(String, Object[], Instant, Supplier, Supplier)}, kept as {@code read}
     * makes it of the row, so a kept answer is read once, not on every request that reuses it.
     * What {@code read} returns is shared by those requests and must not be changed.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(String statement, Object[] values, Instant moment, Supplier<String> momentMeans,
                        Supplier<String[]> compute, Function<String[], T> read) {
        long now = generation.getAsLong();
        if (now == IndexChanges.UNKNOWN) {
            return read.apply(compute.get());
        }
        Object[] keyed = values.clone();
        String meaning = null;
        for (int i = 0; i < keyed.length; i++) {
            if (isInstant(keyed[i])) {
                if (momentMeans == null || !keyed[i].equals(moment)) {
                    return read.apply(compute.get());
                }
                meaning = meaning == null ? momentMeans.get() : meaning;
                keyed[i] = "moment:" + meaning;
            }
        }
        String key = statement + '\u0000' + Arrays.deepToString(keyed);
        Kept known = kept.get(key);
        if (known != null && known.generation() == now) {
            return (T) known.answer();
        }
        String[] row = computing.get(now + ":" + key, compute);
        T answer = read.apply(row);
        if (Arrays.stream(row).mapToInt(part -> part == null ? 0 : part.length()).sum() <= LARGEST_CHARS) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(now, answer));
        }
        return answer;
    }

    private static boolean isInstant(Object value) {
        return value instanceof Instant || value instanceof java.util.Date || value instanceof OffsetDateTime;
    }
}
