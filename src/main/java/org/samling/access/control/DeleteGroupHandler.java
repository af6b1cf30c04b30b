package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class DeleteGroupHandler implements CommandHandler<DeleteGroupCommand, Void> {

    @Inject
    Sql sql;

    @Override
    public Void handle(DeleteGroupCommand command) {
        sql.update("delete from role_assignment where assignee = ?", "&" + command.alias());
        if (sql.update("delete from app_group where alias = ? and collection_id = ?", command.alias(),
                command.collection().getId()) == 0) {
            throw SamlingException.notFound("error.groupNotFound", command.alias());
        }
        return null;
    }
}
