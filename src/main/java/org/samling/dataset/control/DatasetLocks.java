package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Locks on a dataset: InReview while curators review a submission. A locked dataset can be
 * changed only by those who may publish it.
 */
@ApplicationScoped
public class DatasetLocks {

    public static final String IN_REVIEW = "InReview";

    public record Lock(String type, Instant created, Long userId, String username, String message) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<Lock> of(long datasetId) {
        return sql.list("select l.lock_type, l.created_at, l.user_id, u.username, l.message from dataset_lock l "
                + "left join app_user u on u.id = l.user_id where l.dataset_id = ? order by l.created_at",
                row -> new Lock(row.getString(1), Sql.instant(row, "created_at"), Sql.nullableLong(row, "user_id"),
                        row.getString(4), row.getString(5)), datasetId);
    }

    public Optional<Lock> inReview(long datasetId) {
        return of(datasetId).stream().filter(l -> l.type().equals(IN_REVIEW)).findFirst();
    }

    public void requireEditable(Dataset dataset, RequestContext context) {
        if (inReview(dataset.getId()).isPresent()
                && !permissions.has(context, Permission.PUBLISH_DATASET, ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.conflict("error.datasetInReview");
        }
    }

    public void lock(long datasetId, String type, RequestContext context, String message) {
        sql.update("insert into dataset_lock (dataset_id, lock_type, user_id, created_at, message) values (?, ?, ?, ?, ?)",
                datasetId, type, context.userId(), context.time(), message);
    }

    public int unlock(long datasetId, String type) {
        return sql.update("delete from dataset_lock where dataset_id = ? and lock_type = ?", datasetId, type);
    }
}
