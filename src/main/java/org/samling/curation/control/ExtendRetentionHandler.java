package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class ExtendRetentionHandler implements CommandHandler<ExtendRetentionCommand, Void> {

    @Inject
    Sql sql;

    @Inject
    Datasets datasets;

    @Inject
    Retention retention;

    @Override
    public Void handle(ExtendRetentionCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw SamlingException.badRequest("error.extensionReasonRequired");
        }
        if (reason.length() > SubmitForReviewHandler.MAX_MESSAGE) {
            throw SamlingException.badRequest("error.messageTooLong", SubmitForReviewHandler.MAX_MESSAGE);
        }
        datasets.lock(command.dataset());
        Retention.Entry current = retention.of(command.dataset().getId(), command.context().today())
                .filter(e -> e.until() != null)
                .orElseThrow(() -> SamlingException.conflict("error.noRetentionDate"));
        if (current.filesDestroyedAt() != null) {
            throw SamlingException.conflict("error.filesAlreadyDestroyed");
        }
        if (command.until() == null || !command.until().isAfter(current.until())) {
            throw SamlingException.badRequest("error.extensionNotLater", current.until());
        }
        sql.update("insert into retention_extension (dataset_id, until, reason, extended_by, extended_at)"
                        + " values (?, ?, ?, ?, ?)", command.dataset().getId(), java.sql.Date.valueOf(command.until()),
                reason, command.context().userId(), java.sql.Timestamp.from(command.context().time()));
        return null;
    }
}
