package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.persistence.Sql;

/** Who looks after a dataset's access: holders of MANAGE_ACCESS on it or above it; administrators if nobody does. */
@ApplicationScoped
public class Curators {

    private static final String OF_DATASET = """
            with assigned as (
                select ra.assignee from role_assignment ra
                  join role r on r.id = ra.role_id
                  join dataset d on d.id = ?
                  join collection c on c.id = d.collection_id
                 where 'MANAGE_ACCESS' = any(r.permissions)
                   and (ra.dataset_id = d.id or position('/' || ra.collection_id || '/' in c.path) > 0))
            select u.id from app_user u where '@' || u.username in (select assignee from assigned)
            union
            select m.user_id from group_member m join app_group g on g.id = m.group_id
             where '&' || g.alias in (select assignee from assigned)
            """;

    @Inject
    Sql sql;

    public List<Long> of(long datasetId) {
        List<Long> curators = sql.list(OF_DATASET, row -> row.getLong(1), datasetId);
        return curators.isEmpty() ? sql.list("select id from app_user where superuser", row -> row.getLong(1)) : curators;
    }
}
