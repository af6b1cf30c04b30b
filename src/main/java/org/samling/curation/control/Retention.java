package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.authz.PermissionScope;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * How long each dataset's personal data may be kept: the date its sensitive block gives (in its
 * newest version), or a later date a curator extended it to. Lists only what the caller curates.
 */
@ApplicationScoped
public class Retention {

    /** Datasets this many days from their date or nearer count as due soon. */
    public static final int SOON_DAYS = 90;

    public enum Standing { OVERDUE, DUE, SOON, LATER, DESTROYED }

    public record Entry(long datasetId, String persistentId, String title, LocalDate until, String action,
                        long files, long bytes, Instant filesDestroyedAt, String extendedBecause, Standing standing) {
    }

    /** The newest version of each dataset (its draft, else its published one) and its effective date. */
    static final String EFFECTIVE = """
            select d.id, v.id as version_id, d.protocol || ':' || d.authority || '/' || d.identifier as pid, v.title,
                   v.retention_action,
                   greatest(v.retention_until, e.until) as until, e.reason, d.files_destroyed_at,
                   d.retention_reminded_for, c.path,
                   (select count(*) from datafile f where f.dataset_id = d.id and f.destroyed_at is null) as files,
                   (select coalesce(sum(f.size_bytes), 0) from datafile f where f.dataset_id = d.id
                     and f.destroyed_at is null) as bytes
              from dataset d
              join collection c on c.id = d.collection_id
              join dataset_version v on v.id = coalesce((select x.id from dataset_version x
                                                          where x.dataset_id = d.id and x.state = 'DRAFT'),
                                                         d.released_version_id)
              left join lateral (select until, reason from retention_extension r where r.dataset_id = d.id
                                  order by r.extended_at desc, r.id desc limit 1) e on true
            """;

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    /** Every dataset below the collection with a retention date the caller may curate, soonest first. */
    public List<Entry> below(RequestContext context, String collectionPath, int limit) {
        PermissionScope scope = permissions.scope(context, Permission.PUBLISH_DATASET);
        List<Object> params = PermissionScope.newParams();
        String allowed = scope.condition("d", "c", params);
        params.add(collectionPath);
        params.add(limit);
        LocalDate today = context.today();
        return sql.list("select * from (" + EFFECTIVE + " where " + allowed + " and starts_with(c.path, ?)) r"
                + " where r.until is not null order by r.until, r.id limit ?", row -> entry(row, today), params.toArray());
    }

    public java.util.Optional<Entry> of(long datasetId, LocalDate today) {
        return sql.one("select * from (" + EFFECTIVE + " where d.id = ?) r", row -> entry(row, today), datasetId);
    }

    /** Datasets whose date is within {@code days} and whose curators were not told for that date yet. */
    List<Entry> toRemind(LocalDate today, int days) {
        return sql.list("select * from (" + EFFECTIVE + " where d.files_destroyed_at is null) r"
                + " where r.until is not null and r.until <= ? and r.retention_reminded_for is distinct from r.until"
                + " order by r.until", row -> entry(row, today), java.sql.Date.valueOf(today.plusDays(days)));
    }

    private static Entry entry(java.sql.ResultSet row, LocalDate today) throws java.sql.SQLException {
        java.sql.Date until = row.getDate("until");
        LocalDate date = until == null ? null : until.toLocalDate();
        Instant destroyed = Sql.instant(row, "files_destroyed_at");
        return new Entry(row.getLong("id"), row.getString("pid"), row.getString("title"), date,
                row.getString("retention_action"), row.getLong("files"), row.getLong("bytes"), destroyed,
                row.getString("reason"), standing(date, destroyed, today));
    }

    static Standing standing(LocalDate until, Instant destroyed, LocalDate today) {
        if (destroyed != null) {
            return Standing.DESTROYED;
        }
        if (until.isBefore(today)) {
            return Standing.OVERDUE;
        }
        if (until.equals(today)) {
            return Standing.DUE;
        }
        return until.isAfter(today.plusDays(SOON_DAYS)) ? Standing.LATER : Standing.SOON;
    }
}
