package org.samling.access.control;

import org.samling.platform.i18n.Text;
import java.time.Instant;
import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import org.samling.platform.command.CommandEngine;
import org.samling.notify.control.Notifier;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.i18n.Messages;
import org.samling.platform.persistence.Sql;

/**
 * Warns holders before their grants end, and tells them (and records) when they have ended.
 * The ending itself needs nothing from here: a grant past its date no longer counts.
 */
@ApplicationScoped
public class GrantNotices {

    /** A grant the schedule has something to say about. */
    public record Due(long grantId, long userId, long datasetId, long fileId, String label, java.time.Instant expires) {
    }

    private static final String DUE = """
            select g.id, g.user_id, g.dataset_id, g.datafile_id, g.expires_at,
                   (select fm.label from file_metadata fm where fm.datafile_id = g.datafile_id order by fm.id desc limit 1) label
              from access_grant g where g.revoked_at is null and %s
             order by g.id limit 1000
            """;

    @Inject
    Sql sql;

    @Inject
    Notifier notifier;

    @Inject
    CommandEngine engine;

    @Inject
    SamlingConfig config;

    /** Warns holders of grants that end within the configured days; returns how many. */
    public int warnSoonEnding(RequestContext context) {
        Instant now = context.time();
        List<Due> due = due("g.warned_at is null and g.expires_at > ? and g.expires_at < ?",
                now, now.plus(Duration.ofDays(config.grantWarningDays())));
        due.forEach(grant -> engine.submit(new WarnGrantEndingCommand(context, grant)));
        return due.size();
    }

    /** Tells holders of grants that have ended, and records it; returns how many. */
    public int noticeEnded(RequestContext context) {
        List<Due> due = due("g.expiry_noticed_at is null and g.expires_at <= ?", context.time());
        due.forEach(grant -> engine.submit(new EndGrantCommand(context, grant)));
        return due.size();
    }

    /** The warning, in the warning command's transaction. */
    void warn(RequestContext context, Due grant) {
        notifier.tell(grant.userId(), "ACCESS_ENDING", Text.of("mail.endingSubject", grant.label()),
                Text.of("mail.endingBody", grant.label(), grant.expires().atZone(ZoneOffset.UTC).toLocalDate().toString()),
                "/my-access.xhtml", context.time());
        sql.update("update access_grant set warned_at = ? where id = ?", context.time(), grant.grantId());
    }

    /** The notice of the end, in the end command's transaction. */
    void ended(RequestContext context, Due grant) {
        notifier.tell(grant.userId(), "ACCESS_ENDED", Text.of("mail.endedSubject", grant.label()),
                Text.of("mail.endedBody", grant.label()), "/my-access.xhtml", context.time());
        sql.update("update access_grant set expiry_noticed_at = ? where id = ?", context.time(), grant.grantId());
    }

    private List<Due> due(String condition, Object... params) {
        return sql.list(DUE.formatted(condition), row -> new Due(row.getLong("id"), row.getLong("user_id"),
                row.getLong("dataset_id"), row.getLong("datafile_id"), row.getString("label"),
                Sql.instant(row, "expires_at")), params);
    }
}
