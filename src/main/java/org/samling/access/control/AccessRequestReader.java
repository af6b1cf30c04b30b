package org.samling.access.control;

import org.samling.authz.PermissionEvaluator;
import org.samling.authz.PermissionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.access.entity.RequestState;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Reads access requests and grants, filtered by who asks: curators see those of datasets
 * where they may manage access (in any collection below them), requesters their own.
 */
@ApplicationScoped
public class AccessRequestReader {

    /** The inbox's filters; null means any. */
    public record Filter(RequestState state, Long datasetId, String institution, Integer olderThanDays) {
        public static final Filter OPEN = new Filter(null, null, null, null);
    }

    private static final String REQUESTS = """
            select r.*, u.username, u.kind, d.protocol, d.authority, d.identifier,
                   coalesce((select v.title from dataset_version v where v.id = d.released_version_id), '') title
              from access_request r
              join app_user u on u.id = r.requester_id
              join dataset d on d.id = r.dataset_id
              join collection c on c.id = d.collection_id
            """;
    private static final String GRANTS = """
            select g.*, u.username, d.protocol, d.authority, d.identifier,
                   coalesce((select v.title from dataset_version v where v.id = d.released_version_id), '') title,
                   (select fm.label from file_metadata fm where fm.datafile_id = g.datafile_id order by fm.id desc limit 1) label
              from access_grant g
              join app_user u on u.id = g.user_id
              join dataset d on d.id = g.dataset_id
              join collection c on c.id = d.collection_id
            """;

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    /** Whether the caller decides access requests anywhere (and so has an inbox). */
    public boolean decidesAnywhere(RequestContext context) {
        return permissions.holdsAnywhere(context, Permission.MANAGE_ACCESS);
    }

    public List<RequestRow> inbox(RequestContext context, Filter filter, int limit) {
        List<Object> params = PermissionScope.newParams();
        StringBuilder where = new StringBuilder(" where ")
                .append(permissions.scope(context, Permission.MANAGE_ACCESS).condition("d", "c", params));
        if (filter.state() != null) {
            where.append(" and r.state = ?");
            params.add(filter.state().name());
        } else {
            where.append(" and r.state in ('PENDING', 'RETURNED')");
        }
        if (filter.datasetId() != null) {
            where.append(" and r.dataset_id = ?");
            params.add(filter.datasetId());
        }
        if (filter.institution() != null && !filter.institution().isBlank()) {
            where.append(" and r.institution ilike ?");
            params.add("%" + filter.institution().strip() + "%");
        }
        if (filter.olderThanDays() != null) {
            where.append(" and r.created_at < ?");
            params.add(context.time().minus(java.time.Duration.ofDays(filter.olderThanDays())));
        }
        params.add(limit);
        return withFiles(sql.list(REQUESTS + where + " order by r.created_at limit ?", request(context),
                params.toArray()));
    }

    public List<RequestRow> mine(RequestContext context) {
        if (context.userId() == null) {
            return List.of();
        }
        return withFiles(sql.list(REQUESTS + " where r.requester_id = ? order by r.created_at desc",
                request(context), context.userId()));
    }

    /** Open requests for a file, for those who manage access to its dataset. */
    public List<RequestRow> forFile(RequestContext context, long fileId) {
        long datasetId = sql.one("select dataset_id from datafile where id = ?", row -> row.getLong(1), fileId)
                .orElseThrow(() -> SamlingException.notFound("error.fileNotFound", fileId));
        permissions.require(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(datasetId));
        return withFiles(sql.list(REQUESTS + " where r.state in ('PENDING', 'RETURNED') and exists (select 1 from "
                + "access_request_file f where f.request_id = r.id and f.datafile_id = ?) order by r.created_at",
                request(context), fileId));
    }

    /** One request, for its requester or those who manage access to its dataset. */
    public RequestRow one(RequestContext context, long requestId) {
        RequestRow row = sql.one(REQUESTS + " where r.id = ?", request(context), requestId)
                .orElseThrow(() -> SamlingException.notFound("error.requestNotFound", requestId));
        boolean own = context.userId() != null && context.userId() == row.requesterId();
        if (!own && !permissions.has(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(row.datasetId()))) {
            throw SamlingException.notFound("error.requestNotFound", requestId);
        }
        return withFiles(List.of(row)).get(0);
    }

    public List<GrantRow> myGrants(RequestContext context) {
        if (context.userId() == null) {
            return List.of();
        }
        return sql.list(GRANTS + " where g.user_id = ? order by g.expires_at desc", grant(context),
                context.userId());
    }

    /** Grants of a dataset, for those who manage its access. */
    public List<GrantRow> grantsOf(RequestContext context, long datasetId) {
        permissions.require(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(datasetId));
        return sql.list(GRANTS + " where g.dataset_id = ? order by g.granted_at desc", grant(context),
                datasetId);
    }

    /** A grant by id, for those who manage access to its dataset. */
    public java.util.Optional<GrantRow> managedGrant(RequestContext context, long grantId) {
        return sql.one(GRANTS + " where g.id = ?", grant(context), grantId)
                .filter(g -> permissions.has(context, Permission.MANAGE_ACCESS, ObjectRef.dataset(g.datasetId())));
    }

    /** The user an identifier such as {@code @alice} names. */
    public long userId(String identifier) {
        String username = identifier != null && identifier.startsWith("@") ? identifier.substring(1) : identifier;
        return sql.one("select id from app_user where username = ?", row -> row.getLong(1), username)
                .orElseThrow(() -> SamlingException.notFound("error.userNotFound", String.valueOf(identifier)));
    }

    private List<RequestRow> withFiles(List<RequestRow> requests) {
        if (requests.isEmpty()) {
            return requests;
        }
        Map<Long, List<RequestRow.RequestedFile>> files = new HashMap<>();
        sql.list("""
                select f.request_id, f.datafile_id,
                       (select fm.label from file_metadata fm where fm.datafile_id = f.datafile_id order by fm.id desc limit 1) label
                  from access_request_file f where f.request_id = any(?) order by label
                """, row -> {
                    files.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(new RequestRow.RequestedFile(row.getLong(2), row.getString(3)));
                    return null;
                }, Sql.bigints(requests.stream().map(RequestRow::id).toList()));
        return requests.stream().map(r -> new RequestRow(r.id(), r.datasetId(), r.datasetPid(), r.datasetTitle(),
                r.requesterId(), r.requesterUsername(), r.requesterIsGuest(), r.name(), r.institution(), r.email(),
                r.purpose(), r.plannedUse(), r.periodStart(), r.periodEnd(), r.state(), r.question(), r.reason(),
                r.createdAt(), r.decidedAt(), r.termsSha256(), r.termsText(), r.extendsRequestId(),
                List.copyOf(files.getOrDefault(r.id(), List.of())), r.asOf())).toList();
    }

    private static Sql.RowMapper<RequestRow> request(RequestContext context) {
        return row -> request(row, context.time());
    }

    private static Sql.RowMapper<GrantRow> grant(RequestContext context) {
        return row -> grant(row, context.time());
    }

    private static RequestRow request(ResultSet row, java.time.Instant asOf) throws SQLException {
        java.sql.Date start = row.getDate("period_start");
        java.sql.Date end = row.getDate("period_end");
        return new RequestRow(row.getLong("id"), row.getLong("dataset_id"), pid(row), row.getString("title"),
                row.getLong("requester_id"), row.getString("username"), "GUEST".equals(row.getString("kind")),
                row.getString("name"), row.getString("institution"), row.getString("email"), row.getString("purpose"),
                row.getString("planned_use"), start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(), RequestState.valueOf(row.getString("state")),
                row.getString("question"), row.getString("reason"), Sql.instant(row, "created_at"),
                Sql.instant(row, "decided_at"), row.getString("terms_sha256"), row.getString("terms_text"),
                Sql.nullableLong(row, "extends_request_id"), List.of(), asOf);
    }

    private static GrantRow grant(ResultSet row, java.time.Instant asOf) throws SQLException {
        return new GrantRow(row.getLong("id"), Sql.nullableLong(row, "request_id"), row.getLong("user_id"),
                row.getString("username"), row.getLong("datafile_id"), row.getString("label"), row.getLong("dataset_id"),
                pid(row), row.getString("title"), Sql.instant(row, "granted_at"), Sql.instant(row, "expires_at"),
                Sql.instant(row, "revoked_at"), asOf);
    }

    private static String pid(ResultSet row) throws SQLException {
        return row.getString("protocol") + ":" + row.getString("authority") + "/" + row.getString("identifier");
    }
}
