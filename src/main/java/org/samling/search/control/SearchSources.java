package org.samling.search.control;

import java.time.LocalDate;
import java.util.List;
import org.samling.authz.FileAccess;
import org.samling.authz.FileOpenRule;
import org.samling.platform.persistence.Sql;

/**
 * The SQL of the rows a search reads, over a row {@code s} of {@code search_doc}: the matches
 * of a query, a page of several kinds, the order, and the conditions of the file rule, of
 * embargoes and of facet filters. Each adds its values to {@code params} in the order of its
 * placeholders.
 */
final class SearchSources {

    private SearchSources() {
    }

    /**
     * The rows a page of several kinds is cut from, as a FROM clause: each kind's first
     * {@code start + perPage} rows in the page's order (each read in order from that kind's
     * index), merged. Without it, every row of all the kinds is sorted for ten of them.
     */
    static String perKindInOrder(SearchRequest request, List<String> kinds, String where, List<Object> whereParams,
                                         List<Object> params) {
        String order = order(request, null, "0");
        int firstRows = Math.min(request.start(), SearchRequest.MAX_START) + request.perPage();
        java.util.StringJoiner union = new java.util.StringJoiner(" union all ", " from (", ") s");
        for (String kind : kinds) {
            union.add("(select s.id, s.published_at, s.sort_name, s.size_bytes from search_doc s"
                    + " where s.kind = ? and " + where + " order by " + order + " limit ?)");
            params.add(kind);
            params.addAll(whereParams);
            params.add(firstRows);
        }
        return union.toString();
    }

    static String order(SearchRequest request, String tsquery, String rank) {
        return switch (request.sort()) {
            case RELEVANCE -> tsquery == null ? "s.published_at desc nulls last, s.id desc"
                    : rank + " desc, s.published_at desc nulls last, s.id desc";
            case DATE -> "s.published_at " + (request.ascending() ? "asc" : "desc") + " nulls last, s.id "
                    + (request.ascending() ? "asc" : "desc");
            case NAME -> "s.sort_name " + (request.ascending() ? "asc" : "desc") + ", s.id";
            case SIZE -> "s.size_bytes " + (request.ascending() ? "asc" : "desc") + " nulls last, s.id";
        };
    }

    /**
     * The rows matching the query that the caller wants ({@code wanted}, over a row {@code s}),
     * each once, with the columns counting, faceting and ordering need and its rank: by their
     * metadata (an embargoed file by its name only), files by their text where the caller may
     * open them, and datasets through such a file of theirs. The file text is matched once, and
     * each row is read once: joining the matches back to the index cost a lookup per match.
     */
    static String matches(FileOpenRule.Caller caller, LocalDate today, String tsquery, String wanted,
                           List<Object> wantedParams, List<Object> params) {
        String columns = "s.id, s.kind, s.access, s.embargo_until, s.facets, s.file_facets, s.published_at, s.sort_name,"
                + " s.size_bytes";
        StringBuilder sql = new StringBuilder("with opened as materialized (select ").append(columns)
                .append(", s.version_id, s.released, s.state, s.dataset_id, s.datafile_id, s.collection_path,")
                .append(" s.dataset_has_draft, ts_rank(s.meta_vector, ?::tsquery) as rank, ");
        params.add(tsquery);
        sql.append(byMetadata(today, tsquery, params)).append(" as by_metadata from search_doc s where s.text_vector @@ ?::tsquery and ");
        params.add(tsquery);
        sql.append(opens(caller, "s", params)).append(")");
        sql.append(" select ").append(columns).append(", ts_rank(s.meta_vector, ?::tsquery) as rank from search_doc s where ");
        params.add(tsquery);
        sql.append(byMetadata(today, tsquery, params)).append(" and ").append(wanted);
        params.addAll(wantedParams);
        sql.append(" union all select ").append(columns).append(", s.rank from opened s where not s.by_metadata and ")
                .append(wanted);
        params.addAll(wantedParams);
        sql.append(" union all select ").append(columns).append(", ts_rank(s.meta_vector, ?::tsquery) from search_doc s")
                .append(" where s.kind = 'dataset' and s.version_id in (select o.version_id from opened o)")
                .append(" and not s.meta_vector @@ ?::tsquery and ").append(wanted);
        params.add(tsquery);
        params.add(tsquery);
        params.addAll(wantedParams);
        return sql.toString();
    }

    /** A row matches by its metadata: an embargoed file by its name alone. */
    static String byMetadata(LocalDate today, String tsquery, List<Object> params) {
        params.add(tsquery);
        String condition = "(s.meta_vector @@ ?::tsquery and (s.kind <> 'file' or not " + embargoed("s", today, params)
                + " or to_tsvector('samling_simple', s.name || ' ' || search_name_words(s.name)) @@ ?::tsquery))";
        params.add(tsquery);
        return condition;
    }

    static String opens(FileOpenRule.Caller caller, String alias, List<Object> params) {
        return FileOpenRule.conditionOver(caller, alias, alias + ".dataset_id", alias + ".collection_path", params);
    }

    static String embargoed(String alias, LocalDate today, List<Object> params) {
        params.add(today);
        return "(" + alias + ".access = 'EMBARGOED' and " + alias + ".embargo_until > ?)";
    }

    static String filterCondition(FacetFilter filter, LocalDate today, List<Object> params) {
        FacetField field = filter.field();
        List<String> stored = filter.values().stream().map(field::stored).toList();
        return switch (field.where) {
            case FACETS -> {
                params.add(Sql.texts(stored));
                yield "s.facets && ?::text[]";
            }
            case FILE_FACETS -> {
                params.add(Sql.texts(stored));
                String condition = "(s.file_facets && ?::text[] and not " + embargoed("s", today, params) + ")";
                yield condition;
            }
            case ACCESS -> {
                // a value that names no level matches nothing, as it always did
                List<FileAccess> levels = java.util.Arrays.stream(FileAccess.values())
                        .filter(level -> filter.values().stream().anyMatch(level.name()::equalsIgnoreCase)).toList();
                yield "(s.kind = 'file' and " + FileAccess.effectiveInSql("s", today, levels, params) + ")";
            }
        };
    }
}
