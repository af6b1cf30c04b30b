package org.samling.platform.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.samling.platform.persistence.Sql;
import org.samling.platform.time.ServerClock;

/**
 * Counts landing-page views and file downloads per version as COUNTER asks: robots (by user
 * agent) are not counted, and the same reader repeating a request within 30 seconds counts
 * once. The request thread only adds to a map; {@link UsageFlush} writes it out in one batch.
 */
@ApplicationScoped
public class UsageCounter {

    public enum Kind { VIEW, DOWNLOAD }

    static final long DOUBLE_CLICK_SECONDS = 30;

    /** COUNTER's list of robots, in short: the words their user agents carry. */
    static final Pattern ROBOT = Pattern.compile("(?i)bot|crawl|spider|slurp|archiver|curl|wget|python-requests|"
            + "httpclient|java/|okhttp|go-http|libwww|scrapy|headless|facebookexternalhit|monitor|check|preview|fetch");

    record Key(long versionId, long fileId, Kind kind, LocalDate day) {
    }

    private record Click(String reader, long versionId, long fileId, Kind kind) {
    }

    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<Click, Instant> recent = new ConcurrentHashMap<>();

    @Inject
    Sql sql;

    @Inject
    ServerClock clock;

    public static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
    }

    /** As {@link #count(Kind, long, long, String, String)}, the reader being the caller's account, else their address. */
    public void count(Kind kind, long versionId, long fileId, org.samling.platform.context.RequestContext caller,
                      String userAgent) {
        count(kind, versionId, fileId, caller.userId() != null ? "user:" + caller.userId() : caller.ipAddress(), userAgent);
    }

    /**
     * @param reader who asks (address and user agent, or the account): their repeat within
     *               30 seconds is not counted again
     * @param fileId the file downloaded, or 0 for a view of the landing page
     */
    public void count(Kind kind, long versionId, long fileId, String reader, String userAgent) {
        if (isRobot(userAgent)) {
            return;
        }
        Instant now = clock.now();
        Instant before = recent.put(new Click(reader + "|" + userAgent, versionId, fileId, kind), now);
        if (before != null && before.plusSeconds(DOUBLE_CLICK_SECONDS).isAfter(now)) {
            return;
        }
        pending.computeIfAbsent(new Key(versionId, fileId, kind, now.atZone(ZoneOffset.UTC).toLocalDate()),
                k -> new LongAdder()).increment();
    }

    /** Writes the counts gathered so far; what a failed write held is added back for the next try. */
    public void flush() {
        List<Object[]> rows = new ArrayList<>();
        List<Map.Entry<Key, Long>> taken = new ArrayList<>();
        for (Key key : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(key);
            long count = adder == null ? 0 : adder.sum();
            if (count > 0) {
                taken.add(Map.entry(key, count));
                rows.add(new Object[] {key.versionId(), key.fileId(), key.kind().name().toLowerCase(java.util.Locale.ROOT),
                        java.sql.Date.valueOf(key.day()), count});
            }
        }
        if (!rows.isEmpty()) {
            try {
                sql.batch("""
                        insert into usage_count (version_id, datafile_id, kind, day, count)
                        select ?, ?, ?, ?, ? where exists (select 1 from dataset_version v where v.id = ?)
                        on conflict (version_id, datafile_id, kind, day) do update set count = usage_count.count + excluded.count""",
                        rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[0]}).toList());
            } catch (RuntimeException e) {
                taken.forEach(t -> pending.computeIfAbsent(t.getKey(), k -> new LongAdder()).add(t.getValue()));
                throw e;
            }
        }
        Instant cutoff = clock.now().minusSeconds(DOUBLE_CLICK_SECONDS);
        recent.values().removeIf(at -> at.isBefore(cutoff));
    }

    /** Counted downloads of a dataset's files in every version, written or still pending. */
    public long datasetDownloads(long datasetId) {
        long written = sql.count("""
                select coalesce(sum(u.count), 0) from usage_count u join dataset_version v on v.id = u.version_id
                where v.dataset_id = ? and u.kind = 'download'""", datasetId);
        java.util.Set<Long> versions = java.util.Set.copyOf(sql.list("select id from dataset_version where dataset_id = ?",
                row -> row.getLong(1), datasetId));
        return written + pendingWhere(Kind.DOWNLOAD, key -> versions.contains(key.versionId()));
    }

    public long fileDownloads(long fileId) {
        long written = sql.count("select coalesce(sum(count), 0) from usage_count where datafile_id = ? and kind = 'download'",
                fileId);
        return written + pendingWhere(Kind.DOWNLOAD, key -> key.fileId() == fileId);
    }

    public long versionViews(long versionId) {
        long written = sql.count("select coalesce(sum(count), 0) from usage_count where version_id = ? and kind = 'view'",
                versionId);
        return written + pendingWhere(Kind.VIEW, key -> key.versionId() == versionId);
    }

    private long pendingWhere(Kind kind, java.util.function.Predicate<Key> which) {
        return pending.entrySet().stream().filter(e -> e.getKey().kind() == kind && which.test(e.getKey()))
                .mapToLong(e -> e.getValue().sum()).sum();
    }
}
