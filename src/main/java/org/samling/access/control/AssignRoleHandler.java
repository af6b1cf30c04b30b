package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.samling.platform.context.ObjectRef;
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
        requireAssignee(command.on(), assignee);
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

    /** A local account, everyone signed in, or a group defined on the object's own path (not a stranger collection's). */
    private void requireAssignee(ObjectRef on, String assignee) {
        boolean known;
        if (assignee.equals(RequestContext.AUTHENTICATED_USERS)) {
            known = true;
        } else if (assignee.startsWith("@")) {
            known = sql.count("select count(*) from app_user where username = ? and kind = 'LOCAL'",
                    assignee.substring(1)) > 0;
        } else if (assignee.startsWith("&")) {
            known = sql.count("select count(*) from app_group g where g.alias = ? and position('/' || g.collection_id || '/' in "
                    + pathOf(on) + ") > 0", assignee.substring(1), on.id()) > 0;
        } else {
            known = false;
        }
        if (!known) {
            throw SamlingException.badRequest("error.unknownAssignee", assignee);
        }
    }

    /** A built-in role, or else the one defined nearest above the object. */
    private Optional<Long> roleFor(ObjectRef on, String alias) {
        return sql.one("select r.id from role r left join collection c on c.id = r.collection_id where r.alias = ? "
                + "and (r.collection_id is null or position('/' || r.collection_id || '/' in " + pathOf(on) + ") > 0) "
                + "order by r.collection_id is not null, length(c.path) desc limit 1",
                row -> row.getLong(1), alias, on.id());
    }

    /** SQL for the collection path of the object ({@code /1/5/9/}), taking its id as the parameter. */
    private static String pathOf(ObjectRef on) {
        return on.kind() == ObjectRef.Kind.COLLECTION
                ? "(select path from collection where id = ?)"
                : "(select c.path from dataset d join collection c on c.id = d.collection_id where d.id = ?)";
    }
}
