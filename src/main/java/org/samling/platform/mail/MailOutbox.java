package org.samling.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * The queue of mail to send. Enqueuing happens in the caller's transaction, so a message exists
 * exactly when what it tells of was committed; {@link MailDelivery} sends it afterwards.
 */
@ApplicationScoped
public class MailOutbox {

    /** A message waiting to be sent. */
    public record Queued(long id, String to, String subject, String body, int attempts) {
    }

    /** Sent after a commit that queued mail, so it goes out at once rather than at the next round. */
    public record QueuedEvent() {
    }

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofHours(6);
    /** A worker that died while sending gives its messages back after this long. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    @Inject
    Sql sql;

    @Inject
    Clock clock;

    @Inject
    Event<QueuedEvent> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String to, String subject, String body) {
        Instant now = clock.instant();
        sql.update("insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)",
                to, subject, body, now, now);
        queued.fire(new QueuedEvent());
    }

    /** Makes every unsent message due now (an administrator fixed the mail server, say); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retryNow() {
        int due = sql.update("update mail_outbox set next_attempt_at = ? where sent_at is null", clock.instant());
        queued.fire(new QueuedEvent());
        return due;
    }

    /** Takes up to {@code limit} due messages for one worker (others skip them). */
    @Transactional
    public List<Queued> claim(int limit) {
        Instant now = clock.instant();
        return sql.list("""
                update mail_outbox set claimed_at = ? where id in (
                    select id from mail_outbox
                     where sent_at is null and next_attempt_at <= ? and (claimed_at is null or claimed_at < ?)
                     order by next_attempt_at, id limit ? for update skip locked)
                returning id, recipient, subject, body, attempts
                """, row -> new Queued(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getInt(5)), now, now, now.minus(STALE_CLAIM), limit);
    }

    @Transactional
    public void sent(long id) {
        sql.update("update mail_outbox set sent_at = ?, claimed_at = null, attempts = attempts + 1, last_error = null "
                + "where id = ?", clock.instant(), id);
    }

    /** The SMTP server refused or could not be reached: try again later, each pause twice the last (at most 6 h). */
    @Transactional
    public void failed(Queued message, String error) {
        sql.update("update mail_outbox set claimed_at = null, attempts = attempts + 1, last_error = ?, "
                + "next_attempt_at = ? where id = ?", error, clock.instant().plus(retryAfter(message.attempts() + 1)),
                message.id());
    }

    /** The pause after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most six hours. */
    static Duration retryAfter(int attempts) {
        long minutes = FIRST_RETRY.toMinutes() << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMinutes(Math.min(minutes, LAST_RETRY.toMinutes()));
    }
}
