package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.access.control.Curators;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.i18n.Text;
import org.samling.platform.persistence.Sql;

/** Reminds curators, a configurable number of days ahead, that a dataset's retention date comes (once per date). */
@ApplicationScoped
public class RetentionReminders {

    @Inject
    Retention retention;

    @Inject
    Curators curators;

    @Inject
    Notifier notifier;

    @Inject
    Sql sql;

    @Inject
    CommandEngine engine;

    @Inject
    SamlingConfig config;

    /** Sends the reminders now due; returns how many datasets they were about. */
    public int send(RequestContext context) {
        List<Retention.Entry> due = retention.toRemind(context.today(), config.retentionReminderDays());
        due.forEach(entry -> engine.submit(new RemindRetentionCommand(context, entry)));
        return due.size();
    }

    /** One dataset's reminder, in its command's transaction. */
    void remind(RequestContext context, Retention.Entry entry) {
        String path = "/retention.xhtml?persistentId=" + entry.persistentId();
        notifier.tellAll(curators.of(entry.datasetId()), "RETENTION_DUE",
                Text.of("mail.retentionSubject", entry.title(), entry.until().toString()),
                Text.of("mail.retentionBody", entry.title(), entry.until().toString(),
                        entry.action() == null ? "review" : entry.action()), path, context.time());
        sql.update("update dataset set retention_reminded_for = ? where id = ?", java.sql.Date.valueOf(entry.until()),
                entry.datasetId());
    }
}
