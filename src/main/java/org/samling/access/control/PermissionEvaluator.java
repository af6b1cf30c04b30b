package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.samling.access.entity.ObjectRef;
import org.samling.access.entity.Permission;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * The one place that answers "may this caller do that here?": roles assigned to the caller
 * (or a group covering them) on the object itself or on any collection above it.
 */
@ApplicationScoped
public class PermissionEvaluator {

    private static final String ON_DATASET = """
            select distinct unnest(r.permissions) from role_assignment ra
              join role r on r.id = ra.role_id
              join dataset d on d.id = ?
              join collection c on c.id = d.collection_id
             where ra.assignee = any(?)
               and (ra.dataset_id = d.id or position('/' || ra.collection_id || '/' in c.path) > 0)
            """;
    private static final String ON_COLLECTION = """
            select distinct unnest(r.permissions) from role_assignment ra
              join role r on r.id = ra.role_id
              join collection c on c.id = ?
             where ra.assignee = any(?)
               and position('/' || ra.collection_id || '/' in c.path) > 0
            """;
    private static final String SCOPE = """
            select ra.dataset_id, c.path from role_assignment ra
              join role r on r.id = ra.role_id
              left join collection c on c.id = ra.collection_id
             where ra.assignee = any(?) and ? = any(r.permissions)
            """;

    @Inject
    Sql sql;

    @Inject
    ReviewLinks reviewLinks;

    public Set<Permission> permissionsOn(RequestContext context, ObjectRef target) {
        if (context.superuser()) {
            return EnumSet.allOf(Permission.class);
        }
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (!context.assignees().isEmpty()) {
            String query = target.kind() == ObjectRef.Kind.DATASET ? ON_DATASET : ON_COLLECTION;
            sql.list(query, row -> row.getString(1), target.id(), Sql.texts(context.assignees()))
                    .forEach(name -> permissions.add(Permission.valueOf(name)));
        }
        if (target.kind() == ObjectRef.Kind.DATASET && reviewLinks.inForce(context.reviewLinkId())
                .filter(link -> link.datasetId() == target.id()).isPresent()) {
            permissions.add(Permission.VIEW_UNPUBLISHED);
        }
        return permissions;
    }

    public boolean has(RequestContext context, Permission permission, ObjectRef target) {
        return context.superuser() || permissionsOn(context, target).contains(permission);
    }

    public void require(RequestContext context, Permission permission, ObjectRef target) {
        if (!has(context, permission, target)) {
            throw context.isGuest()
                    ? SamlingException.forbidden("error.signInRequired")
                    : SamlingException.forbidden("error.permissionDenied", permission.name());
        }
    }

    /** Where the caller may see unpublished versions. */
    public PermissionScope viewScope(RequestContext context) {
        return scope(context, Permission.VIEW_UNPUBLISHED);
    }

    /** Every dataset (directly, or through a collection above it) where the caller holds the permission. */
    public PermissionScope scope(RequestContext context, Permission permission) {
        if (context.superuser()) {
            return new PermissionScope(true, List.of(), List.of());
        }
        if (context.assignees().isEmpty()) {
            return PermissionScope.NOTHING;
        }
        List<Object[]> rows = sql.list(SCOPE,
                row -> new Object[] {Sql.nullableLong(row, "dataset_id"), row.getString("path")},
                Sql.texts(context.assignees()), permission.name());
        List<Long> datasets = rows.stream().filter(r -> r[0] != null).map(r -> (Long) r[0]).toList();
        List<String> paths = rows.stream().filter(r -> r[1] != null).map(r -> (String) r[1]).toList();
        return new PermissionScope(false, datasets, paths);
    }
}
