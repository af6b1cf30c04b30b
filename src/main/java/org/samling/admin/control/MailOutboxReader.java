package org.samling.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * The mail outbox as administrators see it: what waits, what keeps failing and why. Never the
 * bodies: they may hold one-time sign-in links.
 */
@ApplicationScoped
public class MailOutboxReader {

    public record Summary(long waiting, long failing, long sentLastDay, List<Waiting> oldest) {
    }

    public record Waiting(long id, String to, String subject, Instant created, int attempts, Instant nextAttempt,
                          String lastError) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    Collections collections;

    public Summary summary(RequestContext context, int limit) {
        permissions.require(context, Permission.ADMINISTER,
                ObjectRef.collection(collections.require(Collection.ROOT).getId()));
        long[] counts = sql.one("""
                select count(*) filter (where sent_at is null),
                       count(*) filter (where sent_at is null and attempts > 0),
                       count(*) filter (where sent_at > ?)
                  from mail_outbox where sent_at is null or sent_at > ?
                """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)},
                context.time().minusSeconds(86400), context.time().minusSeconds(86400)).orElseThrow();
        List<Waiting> oldest = sql.list("""
                select id, recipient, subject, created_at, attempts, next_attempt_at, last_error from mail_outbox
                 where sent_at is null order by created_at, id limit ?
                """, row -> new Waiting(row.getLong(1), row.getString(2), row.getString(3),
                Sql.instant(row, "created_at"), row.getInt(5), Sql.instant(row, "next_attempt_at"),
                row.getString(7)), limit);
        return new Summary(counts[0], counts[1], counts[2], oldest);
    }
}
