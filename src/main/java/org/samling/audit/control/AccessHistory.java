package org.samling.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.authz.PermissionEvaluator;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.context.RequestContext;
import org.samling.platform.csv.Csv;
import org.samling.platform.persistence.Sql;

/**
 * A dataset's access history for its curators: every change, request, grant, rejection,
 * review-link use and opening of a non-public file, with the ends of grants among them.
 */
@ApplicationScoped
public class AccessHistory {

    public record Entry(Instant when, String who, String from, String what, String target, String details) {
    }

    /** The newest entries, oldest first: a long history loses its beginning, never its end. */
    private static final String HISTORY = """
            select * from (
            select * from (
              select e.occurred_at, e.actor, e.ip_address, e.action,
                     case when e.target_type = 'FILE' then 'file ' || e.target_id else lower(e.target_type) end target,
                     e.details
                from audit_event e where e.dataset_id = ?
              union all
              select g.expires_at, '@' || u.username, null, 'GrantEnded', 'file ' || g.datafile_id,
                     'grant ' || g.id || ' ran out'
                from access_grant g join app_user u on u.id = g.user_id
               where g.dataset_id = ? and g.revoked_at is null and g.expires_at <= ?
                 and not exists (select 1 from audit_event e where e.dataset_id = g.dataset_id
                                 and e.action = 'GrantExpired' and e.details like 'grant=' || g.id || ' %')
            ) history order by 1 desc, 4 desc limit ?
            ) newest order by 1, 4
            """;

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<Entry> of(RequestContext context, long datasetId, int limit) {
        permissions.require(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(datasetId));
        return sql.list(HISTORY, row -> new Entry(Sql.instant(row, "occurred_at"), row.getString("actor"),
                row.getString("ip_address"), row.getString("action"), row.getString("target"),
                row.getString("details")), datasetId, datasetId, context.time(), limit);
    }

    /** The history as CSV (formula-safe, see {@link Csv}). */
    public static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder(Csv.row(List.of("when", "who", "from", "what", "target", "details")));
        for (Entry e : entries) {
            csv.append(Csv.row(java.util.Arrays.asList(e.when().toString(), e.who(), e.from(), e.what(), e.target(),
                    e.details())));
        }
        return csv.toString();
    }
}
