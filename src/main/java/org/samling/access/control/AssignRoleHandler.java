package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.samling.access.entity.ObjectRef;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class AssignRoleHandler implements CommandHandler<AssignRoleCommand, Long> {

    @Inject
    Sql sql;

    @Override
    public Long handle(AssignRoleCommand command) {
        String assignee = command.assignee() == null ? "" : command.assignee().strip();
        requireAssignee(assignee);
        long role = roleFor(command.on(), command.role())
                .orElseThrow(() -> SamlingException.badRequest("error.unknownRole", String.valueOf(command.role())));
        boolean onCollection = command.on().kind() == ObjectRef.Kind.COLLECTION;
        if (sql.count("select count(*) from role_assignment where assignee = ? and role_id = ? and "
                + (onCollection ? "collection_id" : "dataset_id") + " = ?", assignee, role, command.on().id()) > 0) {
            throw SamlingException.conflict("error.alreadyAssigned", assignee, command.role());
        }
        return sql.one("insert into role_assignment (assignee, role_id, " + (onCollection ? "collection_id" : "dataset_id")
                + ") values (?, ?, ?) returning id", row -> row.getLong(1), assignee, role, command.on().id()).orElseThrow();
    }

    private void requireAssignee(String assignee) {
        boolean known;
        if (assignee.equals(RequestContext.AUTHENTICATED_USERS)) {
            known = true;
        } else if (assignee.startsWith("@")) {
            known = sql.count("select count(*) from app_user where username = ? and kind = 'LOCAL'",
                    assignee.substring(1)) > 0;
        } else if (assignee.startsWith("&")) {
            known = sql.count("select count(*) from app_group where alias = ?", assignee.substring(1)) > 0;
        } else {
            known = false;
        }
        if (!known) {
            throw SamlingException.badRequest("error.unknownAssignee", assignee);
        }
    }

    /** A built-in role, or one defined by a collection on the object's path. */
    private Optional<Long> roleFor(ObjectRef on, String alias) {
        String path = on.kind() == ObjectRef.Kind.COLLECTION
                ? "(select path from collection where id = ?)"
                : "(select c.path from dataset d join collection c on c.id = d.collection_id where d.id = ?)";
        return sql.one("select r.id from role r where r.alias = ? and (r.collection_id is null or position('/' || "
                + "r.collection_id || '/' in " + path + ") > 0) order by r.collection_id nulls first limit 1",
                row -> row.getLong(1), alias, on.id());
    }
}
