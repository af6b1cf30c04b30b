package org.samling.access.control;

import org.samling.authz.PermissionEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** A dataset's review links, for those who manage its access (never their tokens: those were shown once). */
@ApplicationScoped
public class ReviewLinkReader {

    public record LinkRow(long id, boolean anonymised, Instant created, Instant expires, Instant revoked, Instant asOf) {
        public boolean inForce() {
            return revoked == null && expires.isAfter(asOf);
        }
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<LinkRow> of(RequestContext context, long datasetId) {
        permissions.require(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(datasetId));
        return sql.list("select id, anonymised, created_at, expires_at, revoked_at from review_link where dataset_id = ? "
                + "order by created_at desc", row -> new LinkRow(row.getLong(1), row.getBoolean(2),
                Sql.instant(row, "created_at"), Sql.instant(row, "expires_at"), Sql.instant(row, "revoked_at"), context.time()), datasetId);
    }
}
