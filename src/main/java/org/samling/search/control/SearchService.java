package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.samling.access.control.PermissionEvaluator;
import org.samling.access.control.ViewScope;
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

    /** One row per dataset: the draft where the caller may see it, else the published version. */
    private static final String VISIBLE = """
            select distinct on (d.id) d.id as dataset_id, v.id as version_id
              from dataset d
              join collection c on c.id = d.collection_id
              join dataset_version v on v.dataset_id = d.id
             where (v.id = d.released_version_id or (v.state = 'DRAFT' and %s)) %s
             order by d.id, (v.state = 'DRAFT') desc
            """;

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
        ViewScope scope = permissions.viewScope(context);

        List<Object> params = ViewScope.newParams();
        String visible = visible(scope, q, everything, withinPath, params);
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

        List<Object> countParams = ViewScope.newParams();
        long total = sql.count("select count(*) from (" + visible(scope, q, everything, withinPath, countParams) + ") visible",
                countParams.toArray());
        return new SearchPage(q, total, start, hits);
    }

    private static String visible(ViewScope scope, String q, boolean everything, String withinPath,
                                  List<Object> params) {
        String drafts = scope.condition("d", "c", params);
        String match = "";
        if (withinPath != null) {
            match = " and c.path like ? || '%'";
            params.add(withinPath);
        }
        if (!everything) {
            match += " and v.search_vector @@ " + TSQUERY;
            addQuery(params, q);
        }
        return VISIBLE.formatted(drafts, match);
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
