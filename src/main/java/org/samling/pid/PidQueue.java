package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.persistence.Sql;

/**
 * The registrations still to send to PID providers (table {@code pid_registration}), modelled on
 * the mail outbox: a row is written in the transaction of the creation, publication or
 * deaccession it follows, so it exists exactly when that was committed; {@link PidRegistrar}
 * sends it afterwards. A dataset's rows go out in the order they were written (a draft is
 * reserved before it is made findable), one at a time.
 */
@ApplicationScoped
public class PidQueue {

    /** What to tell the provider. */
    public enum Action {
        RESERVE, PUBLISH, UPDATE, TOMBSTONE;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Action of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A registration a worker has claimed. */
    public record Claimed(long id, long datasetId, String provider, Action action, int attempts, GlobalId globalId) {
    }

    /** A registration not yet done, as administrators see it. */
    public record Pending(long id, long datasetId, GlobalId globalId, String provider, Action action,
                          Instant created, int attempts, Instant lastAttempt, Instant nextAttempt, String lastError) {

        public boolean failing() {
            return attempts > 0;
        }
    }

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofHours(6);
    /** A worker that died while calling a provider gives its registration back after this long. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    @Inject
    Sql sql;

    @Inject
    Clock clock;

    public PidQueue() {
    }

    /** For tests outside the container. */
    public PidQueue(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long datasetId, String provider, Action action) {
        Instant now = clock.instant();
        sql.update("insert into pid_registration (dataset_id, provider, action, created_at, next_attempt_at) "
                + "values (?, ?, ?, ?, ?)", datasetId, provider, action.column(), now, now);
    }

    /** Whether the dataset was ever queued to be made findable: later publications are updates. */
    public boolean publicationQueued(long datasetId) {
        return sql.count("select count(*) from pid_registration where dataset_id = ? and action = 'publish'",
                datasetId) > 0;
    }

    /**
     * Takes up to {@code limit} due registrations for one worker (others skip them): for each
     * dataset only its oldest one not yet done, so they go out in order.
     */
    @Transactional
    public List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        return sql.list("""
                with claimed as (
                    update pid_registration set claimed_at = ? where id in (
                        select r.id from pid_registration r
                         where r.done_at is null and r.next_attempt_at <= ?
                           and (r.claimed_at is null or r.claimed_at < ?)
                           and not exists (select 1 from pid_registration e
                                            where e.dataset_id = r.dataset_id and e.done_at is null and e.id < r.id)
                         order by r.next_attempt_at, r.id limit ? for update skip locked)
                    returning id, dataset_id, provider, action, attempts)
                select c.id, c.dataset_id, c.provider, c.action, c.attempts, d.protocol, d.authority, d.identifier
                  from claimed c join dataset d on d.id = c.dataset_id order by c.id
                """, row -> new Claimed(row.getLong(1), row.getLong(2), row.getString(3), Action.of(row.getString(4)),
                row.getInt(5), new GlobalId(row.getString(6), row.getString(7), row.getString(8))),
                now, now, now.minus(STALE_CLAIM), limit);
    }

    @Transactional
    public void done(long id) {
        Instant now = clock.instant();
        sql.update("update pid_registration set done_at = ?, last_attempt_at = ?, claimed_at = null, "
                + "attempts = attempts + 1, last_error = null where id = ?", now, now, id);
    }

    /** The provider refused or could not be reached: try again later, each pause twice the last (at most 6 h). */
    @Transactional
    public void failed(Claimed registration, String error) {
        Instant now = clock.instant();
        sql.update("update pid_registration set claimed_at = null, attempts = attempts + 1, last_error = ?, "
                + "last_attempt_at = ?, next_attempt_at = ? where id = ?", error, now,
                now.plus(retryAfter(registration.attempts() + 1)), registration.id());
    }

    /** Makes one registration not yet done due now; false if there is none such. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean retryNow(long id) {
        return sql.update("update pid_registration set next_attempt_at = ? where id = ? and done_at is null",
                clock.instant(), id) > 0;
    }

    /** Registrations not yet done, oldest first; with {@code failingOnly}, those that failed at least once. */
    public List<Pending> pending(boolean failingOnly, int limit) {
        return sql.list("""
                select r.id, r.dataset_id, d.protocol, d.authority, d.identifier, r.provider, r.action, r.created_at,
                       r.attempts, r.last_attempt_at, r.next_attempt_at, r.last_error
                  from pid_registration r join dataset d on d.id = r.dataset_id
                 where r.done_at is null and (? = false or r.attempts > 0)
                 order by r.created_at, r.id limit ?
                """, row -> new Pending(row.getLong(1), row.getLong(2),
                new GlobalId(row.getString(3), row.getString(4), row.getString(5)), row.getString(6),
                Action.of(row.getString(7)), Sql.instant(row, "created_at"), row.getInt(9),
                Sql.instant(row, "last_attempt_at"), Sql.instant(row, "next_attempt_at"), row.getString(12)),
                failingOnly, limit);
    }

    /** The dataset's first registration not yet done, if one failed: what its curators are shown. */
    public java.util.Optional<Pending> failingFor(long datasetId) {
        return sql.one("""
                select r.id, r.dataset_id, d.protocol, d.authority, d.identifier, r.provider, r.action, r.created_at,
                       r.attempts, r.last_attempt_at, r.next_attempt_at, r.last_error
                  from pid_registration r join dataset d on d.id = r.dataset_id
                 where r.dataset_id = ? and r.done_at is null and r.attempts > 0
                 order by r.id limit 1
                """, row -> new Pending(row.getLong(1), row.getLong(2),
                new GlobalId(row.getString(3), row.getString(4), row.getString(5)), row.getString(6),
                Action.of(row.getString(7)), Sql.instant(row, "created_at"), row.getInt(9),
                Sql.instant(row, "last_attempt_at"), Sql.instant(row, "next_attempt_at"), row.getString(12)), datasetId);
    }

    /** How many are waiting, and how many of those failed at least once. */
    public long[] counts() {
        return sql.one("select count(*), count(*) filter (where attempts > 0) from pid_registration "
                + "where done_at is null", row -> new long[] {row.getLong(1), row.getLong(2)}).orElseThrow();
    }

    /** The pause after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most six hours. */
    static Duration retryAfter(int attempts) {
        long minutes = FIRST_RETRY.toMinutes() << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMinutes(Math.min(minutes, LAST_RETRY.toMinutes()));
    }
}
