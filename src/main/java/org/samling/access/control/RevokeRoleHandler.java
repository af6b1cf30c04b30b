package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class RevokeRoleHandler implements CommandHandler<RevokeRoleCommand, Void> {

    @Inject
    Sql sql;

    @Override
    public Void handle(RevokeRoleCommand command) {
        String column = command.on().kind() == ObjectRef.Kind.COLLECTION ? "collection_id" : "dataset_id";
        if (sql.update("delete from role_assignment where id = ? and " + column + " = ?", command.assignmentId(),
                command.on().id()) == 0) {
            throw SamlingException.notFound("error.assignmentNotFound", command.assignmentId());
        }
        return null;
    }
}
