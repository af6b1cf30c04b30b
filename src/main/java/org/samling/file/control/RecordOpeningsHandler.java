package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.audit.AuditLog;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class RecordOpeningsHandler implements CommandHandler<RecordOpeningsCommand, Void> {

    @Inject
    AuditLog audit;

    @Override
    public Void handle(RecordOpeningsCommand command) {
        audit.appendAll(command.context(), command.action(), command.openings().stream()
                .map(o -> new AuditLog.Entry("FILE", o.fileId(), o.details(), command.datasetId())).toList());
        return null;
    }
}
