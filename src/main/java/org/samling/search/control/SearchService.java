package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.samling.access.control.AccessGrants;
import org.samling.access.control.PermissionEvaluator;
import org.samling.access.control.PermissionScope;
import org.samling.access.entity.Permission;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * Full-text search over datasets in PostgreSQL. The permission filter is part of the query:
 * everyone finds published versions; drafts are found only by those who may see them.
 * Words match as written and stemmed in English, Swedish and Norwegian.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_PAGE = 1000;

    private static final String TSQUERY = "(websearch_to_tsquery('simple', ?) || websearch_to_tsquery('english', ?)"
            + " || websearch_to_tsquery('swedish', ?) || websearch_to_tsquery('norwegian', ?))";

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public SearchPage search(RequestContext context, String query, int start, int perPage) {
        return search(context, query, null, start, perPage);
    }

    /** @param withinPath the path of a collection to search under, or null for everywhere */
    public SearchPage search(RequestContext context, String query, String withinPath, int start, int perPage) {
        String q = query == null ? "" : query.trim();
        boolean everything = q.isEmpty() || q.equals("*");
        PermissionScope scope = permissions.viewScope(context);

        List<Object> params = PermissionScope.newParams();
        PermissionScope openable = everything ? PermissionScope.NOTHING
                : permissions.scope(context, Permission.DOWNLOAD_RESTRICTED);
        PermissionScope editors = everything ? PermissionScope.NOTHING
                : permissions.scope(context, Permission.EDIT_DATASET);
        String visible = visible(scope, openable, editors, context.userId(), q, everything, withinPath, params);
        String rank = everything ? "0" : "ts_rank(v.search_vector, " + TSQUERY + ")";
        if (!everything) {
            addQuery(params, q);
        }
        params.add(Math.max(0, Math.min(perPage, MAX_PAGE)));
        params.add(Math.max(0, start));
        List<SearchHit> hits = sql.list("with visible as (" + visible + ")"
                + " select d.id, d.protocol, d.authority, d.identifier, v.title, v.description, v.metadata,"
                + "        v.license, v.state, d.publication_date, c.alias, c.name, " + rank + " as rank"
                + "   from visible"
                + "   join dataset d on d.id = visible.dataset_id"
                + "   join dataset_version v on v.id = visible.version_id"
                + "   join collection c on c.id = d.collection_id"
                + "  order by rank desc, coalesce(d.publication_date, d.created_at) desc, d.id desc"
                + "  limit ? offset ?", SearchService::hit, params.toArray());

        List<Object> countParams = PermissionScope.newParams();
        long total = sql.count("select count(*) from (" + visible(scope, openable, editors, context.userId(), q, everything, withinPath, countParams) + ") visible",
                countParams.toArray());
        return new SearchPage(q, total, start, hits);
    }

    /**
     * One row per dataset the caller may see, matching the query in its metadata or in the
     * text of a file of that version which the caller may open: a public file, or any file
     * where the caller may open restricted ones. Restricted text never makes a match for others.
     */
    private static String visible(PermissionScope drafts, PermissionScope openable, PermissionScope editors, Long userId,
                                  String q, boolean everything, String withinPath, List<Object> params) {
        StringBuilder where = new StringBuilder("(v.id = d.released_version_id or (v.state = 'DRAFT' and ")
                .append(drafts.condition("d", "c", params)).append("))");
        if (withinPath != null) {
            where.append(" and c.path like ? || '%'");
            params.add(withinPath);
        }
        if (!everything) {
            where.append(" and (v.search_vector @@ ").append(TSQUERY);
            addQuery(params, q);
            where.append(" or exists (select 1 from file_metadata fm join file_text ft on ft.datafile_id = fm.datafile_id"
                    + " where fm.dataset_version_id = v.id and ft.search_vector @@ ").append(TSQUERY);
            addQuery(params, q);
            where.append(" and (((fm.embargo_until is null or fm.embargo_until <= current_date) and (not fm.restricted or ")
                    .append(openable.condition("d", "c", params));
            if (userId != null) {
                where.append(" or (not fm.closed and ").append(AccessGrants.IN_FORCE.formatted("fm.datafile_id")).append(")");
                params.add(userId);
            }
            where.append(")) or (fm.embargo_until > current_date and ").append(editors.condition("d", "c", params))
                    .append("))))");
        }
        return """
                select distinct on (d.id) d.id as dataset_id, v.id as version_id
                  from dataset d
                  join collection c on c.id = d.collection_id
                  join dataset_version v on v.dataset_id = d.id
                 where %s
                 order by d.id, (v.state = 'DRAFT') desc
                """.formatted(where);
    }

    private static void addQuery(List<Object> params, String q) {
        for (int i = 0; i < 4; i++) {
            params.add(q);
        }
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        CitationMetadata citation = DatasetMetadata.fromStored(row.getString("metadata"),
                License.byName(row.getString("license")).orElse(License.CC0)).citation();
        return new SearchHit(row.getLong("id"),
                row.getString("protocol") + ":" + row.getString("authority") + "/" + row.getString("identifier"),
                row.getString("title"), row.getString("description"), citation.authorNames(), citation.keywords(),
                row.getString("state"), Sql.instant(row, "publication_date"), row.getString("alias"),
                row.getString("name"));
    }
}
