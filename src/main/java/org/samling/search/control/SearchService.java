package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.samling.authz.DatasetVisibility;
import org.samling.authz.FileOpenRule;
import org.samling.authz.PermissionScope;
import org.samling.authz.ReviewLinks;
import org.samling.dataset.control.Anonymiser;
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
    DatasetVisibility visibility;

    @Inject
    FileOpenRule fileRule;

    @Inject
    ReviewLinks reviewLinks;

    public SearchPage search(RequestContext context, String query, int start, int perPage) {
        return search(context, query, null, start, perPage);
    }

    /** @param withinPath the path of a collection to search under, or null for everywhere */
    public SearchPage search(RequestContext context, String query, String withinPath, int start, int perPage) {
        String q = query == null ? "" : query.trim();
        boolean everything = q.isEmpty() || q.equals("*");
        List<Object> params = PermissionScope.newParams();
        String visible = visible(context, q, everything, withinPath, params);
        String rank = everything ? "0" : "ts_rank(v.search_vector, " + TSQUERY + ")";
        List<Object> pageParams = new java.util.ArrayList<>(params);
        if (!everything) {
            addQuery(pageParams, q);
        }
        pageParams.add(Math.max(0, Math.min(perPage, MAX_PAGE)));
        pageParams.add(Math.max(0, start));
        List<SearchHit> found = sql.list("with visible as (" + visible + ")"
                + " select d.id, d.protocol, d.authority, d.identifier, v.title, v.description, v.metadata,"
                + "        v.license, v.license_uri, v.state, d.publication_date, c.alias, c.name, " + rank + " as rank"
                + "   from visible"
                + "   join dataset d on d.id = visible.dataset_id"
                + "   join dataset_version v on v.id = visible.version_id"
                + "   join collection c on c.id = d.collection_id"
                + "  order by rank desc, coalesce(d.publication_date, d.created_at) desc, d.id desc"
                + "  limit ? offset ?", SearchService::hit, pageParams.toArray());
        List<SearchHit> hits = reviewLinks.inForce(context).filter(ReviewLinks.Link::anonymised)
                .map(link -> found.stream().map(hit -> hit.datasetId() == link.datasetId() && hit.isDraft()
                        ? hit.withoutAuthors(Anonymiser.HIDDEN) : hit).toList())
                .orElse(found);
        long total = sql.count("select count(*) from (" + visible + ") visible", params.toArray());
        return new SearchPage(q, total, start, hits);
    }

    /**
     * One row per dataset the caller may see (the version they see of it), matching the query in
     * its metadata or in the text of a file of that version which the caller may open. Both
     * conditions come from the authorization core, so restricted text never makes a match for
     * anyone who could not open the file.
     */
    private String visible(RequestContext context, String q, boolean everything, String withinPath,
                           List<Object> params) {
        StringBuilder where = new StringBuilder(visibility.condition(context, "v", "d", "c", params));
        if (withinPath != null) {
            where.append(" and starts_with(c.path, ?)");
            params.add(withinPath);
        }
        if (!everything) {
            where.append(" and (v.search_vector @@ ").append(TSQUERY);
            addQuery(params, q);
            where.append(" or exists (select 1 from file_metadata fm join file_text ft on ft.datafile_id = fm.datafile_id"
                    + " where fm.dataset_version_id = v.id and ft.search_vector @@ ").append(TSQUERY);
            addQuery(params, q);
            where.append(" and ").append(fileRule.condition(context, "fm", "d", "c", params)).append("))");
        }
        return """
                select d.id as dataset_id, v.id as version_id
                  from dataset d
                  join collection c on c.id = d.collection_id
                  join dataset_version v on v.dataset_id = d.id
                 where %s
                """.formatted(where);
    }

    private static void addQuery(List<Object> params, String q) {
        for (int i = 0; i < 4; i++) {
            params.add(q);
        }
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        CitationMetadata citation = DatasetMetadata.fromStored(row.getString("metadata"),
                License.stored(row.getString("license"), row.getString("license_uri"))).citation();
        return new SearchHit(row.getLong("id"),
                row.getString("protocol") + ":" + row.getString("authority") + "/" + row.getString("identifier"),
                row.getString("title"), row.getString("description"), citation.authorNames(), citation.keywords(),
                row.getString("state"), Sql.instant(row, "publication_date"), row.getString("alias"),
                row.getString("name"));
    }
}
