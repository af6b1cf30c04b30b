package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * The published versions whose exports are not made yet ({@code export_waiting}): the database
 * adds a version when it is released and again when its kept exports are dropped, in the same
 * transaction, so none is missed and none is looked for among all the others.
 */
@ApplicationScoped
public class ExportsWaiting {

    public record Waiting(long datasetId, long versionId) {
    }

    @Inject
    Sql sql;

    ExportsWaiting() {
    }

    ExportsWaiting(Sql sql) {
        this.sql = sql;
    }

    /** At most {@code limit} waiting versions, newest datasets first; those no longer released are dropped. */
    public List<Waiting> due(int limit) {
        sql.update("""
                delete from export_waiting w where not exists
                  (select 1 from dataset d where d.id = w.dataset_id and d.released_version_id = w.version_id)""");
        return sql.list("select dataset_id, version_id from export_waiting order by dataset_id desc limit ?",
                row -> new Waiting(row.getLong(1), row.getLong(2)), limit);
    }

    /** The version's exports are made; a version released since stays waiting. */
    public void done(Waiting waiting) {
        sql.update("delete from export_waiting where dataset_id = ? and version_id = ?", waiting.datasetId(),
                waiting.versionId());
    }
}
