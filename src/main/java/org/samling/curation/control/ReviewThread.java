package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * A dataset's review conversation: each submission, each return with its question, each answer
 * and the publication, in order. Its depositors and curators read it; nobody else does.
 */
@ApplicationScoped
public class ReviewThread {

    public enum Kind { SUBMITTED, RETURNED, ANSWERED, PUBLISHED }

    public record Message(long id, Kind kind, Long authorId, String author, String text, Instant at) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<Message> of(RequestContext context, long datasetId) {
        permissions.require(context, Permission.EDIT_DATASET, ObjectRef.dataset(datasetId));
        return messages(datasetId);
    }

    List<Message> messages(long datasetId) {
        return sql.list("""
                select m.id, m.kind, m.author_id, coalesce(u.first_name || ' ' || u.last_name, '?'), m.text, m.created_at
                  from review_message m left join app_user u on u.id = m.author_id
                 where m.dataset_id = ? order by m.created_at, m.id
                """, row -> new Message(row.getLong(1), Kind.valueOf(row.getString(2)), Sql.nullableLong(row, "author_id"),
                row.getString(4), row.getString(5), Sql.instant(row, "created_at")), datasetId);
    }

    void add(long datasetId, Kind kind, RequestContext context, String text) {
        sql.update("insert into review_message (dataset_id, author_id, kind, text, created_at) values (?, ?, ?, ?, ?)",
                datasetId, context.userId(), kind.name(), text, context.time());
    }

    /** Whoever submitted the dataset last: the one told of a return or a publication. */
    Optional<Long> submitter(long datasetId) {
        return sql.one("select author_id from review_message where dataset_id = ? and kind in ('SUBMITTED', 'ANSWERED') "
                + "and author_id is not null order by created_at desc, id desc limit 1", row -> row.getLong(1), datasetId);
    }

    boolean wasReturned(long datasetId) {
        return sql.one("select kind from review_message where dataset_id = ? order by created_at desc, id desc limit 1",
                row -> row.getString(1), datasetId).filter("RETURNED"::equals).isPresent();
    }
}
