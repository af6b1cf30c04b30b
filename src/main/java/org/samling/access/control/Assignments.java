package org.samling.access.control;

import org.samling.authz.PermissionEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** The roles given on one collection or dataset, and the roles there are to give, for those who manage them. */
@ApplicationScoped
public class Assignments {

    public record AssignmentRow(long id, String assignee, long roleId, String roleAlias, String roleName) {
    }

    public record RoleRow(long id, String alias, String name, List<String> permissions, Long collectionId,
                          String description) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<AssignmentRow> on(RequestContext context, ObjectRef target) {
        permissions.require(context, Permission.MANAGE_PERMISSIONS, target);
        String column = target.kind() == ObjectRef.Kind.COLLECTION ? "collection_id" : "dataset_id";
        return sql.list("select ra.id, ra.assignee, r.id, r.alias, r.name from role_assignment ra join role r on "
                        + "r.id = ra.role_id where ra." + column + " = ? order by ra.assignee, r.alias",
                row -> new AssignmentRow(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5)), target.id());
    }

    /** Built-in roles and those defined by the collection or any above it. */
    public List<RoleRow> roles(String collectionPath) {
        return sql.list("select id, alias, name, permissions, collection_id, description from role where collection_id is null "
                        + "or position('/' || collection_id || '/' in ?) > 0 order by collection_id nulls first, alias",
                Assignments::role, collectionPath);
    }

    /** The roles every collection offers. */
    public List<RoleRow> builtIn() {
        return sql.list("select id, alias, name, permissions, collection_id, description from role"
                + " where collection_id is null order by id", Assignments::role);
    }

    private static RoleRow role(java.sql.ResultSet row) throws java.sql.SQLException {
        return new RoleRow(row.getLong(1), row.getString(2), row.getString(3),
                List.of((String[]) row.getArray(4).getArray()), Sql.nullableLong(row, "collection_id"), row.getString(6));
    }
}
