package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * The one place that answers "may this caller do that here?": roles assigned to the caller
 * (or a group covering them) on the object itself or on any collection above it, and the
 * review link they came in through (it shows its dataset's draft). Checks on one object
 * ({@link #permissionsOn}) and filters over many ({@link #scope}) read the same
 * {@link Holdings}, so they cannot disagree.
 */
@ApplicationScoped
public class PermissionEvaluator {

    private static final String HOLDINGS = """
            select r.permissions, ra.dataset_id, c.path from role_assignment ra
              join role r on r.id = ra.role_id
              left join collection c on c.id = ra.collection_id
             where ra.assignee = any(?)
            """;
    private static final String DATASET_PATH = """
            select c.path from dataset d join collection c on c.id = d.collection_id where d.id = ?
            """;

    @Inject
    Sql sql;

    @Inject
    ReviewLinks reviewLinks;

    public Set<Permission> permissionsOn(RequestContext context, ObjectRef target) {
        Holdings holdings = holdings(context);
        Long datasetId = target.kind() == ObjectRef.Kind.DATASET ? target.id() : null;
        String path = holdings.onCollections() ? pathOf(target) : null;
        return holdings.on(datasetId, path);
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
        return holdings(context).scope(permission);
    }

    /** Whether the caller holds the permission anywhere at all. */
    public boolean holdsAnywhere(RequestContext context, Permission permission) {
        return !scope(context, permission).isEmpty();
    }

    private Holdings holdings(RequestContext context) {
        if (context.superuser()) {
            return Holdings.administrator();
        }
        Holdings holdings = Holdings.none();
        if (!context.assignees().isEmpty()) {
            sql.list(HOLDINGS, row -> {
                holdings.add(List.of((String[]) row.getArray(1).getArray()), Sql.nullableLong(row, "dataset_id"),
                        row.getString("path"));
                return null;
            }, Sql.texts(context.assignees()));
        }
        reviewLinks.inForce(context).ifPresent(link ->
                holdings.add(List.of(Permission.VIEW_UNPUBLISHED.name()), link.datasetId(), null));
        return holdings;
    }

    /** The path of a dataset's collection ({@code /1/5/}), which collection roles are matched against. */
    public String collectionPathOf(long datasetId) {
        return pathOf(ObjectRef.dataset(datasetId));
    }

    private String pathOf(ObjectRef target) {
        return target.kind() == ObjectRef.Kind.DATASET
                ? sql.one(DATASET_PATH, row -> row.getString(1), target.id()).orElse(null)
                : sql.one("select path from collection where id = ?", row -> row.getString(1), target.id()).orElse(null);
    }
}
