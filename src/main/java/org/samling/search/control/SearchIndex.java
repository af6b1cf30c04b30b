package org.samling.search.control;

import static org.samling.search.control.SearchSources.embargoed;
import static org.samling.search.control.SearchSources.filterCondition;
import static org.samling.search.control.SearchSources.matches;
import static org.samling.search.control.SearchSources.opens;
import static org.samling.search.control.SearchSources.order;
import static org.samling.search.control.SearchSources.perKindInOrder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samling.authz.DatasetVisibility;
import org.samling.authz.FileAccess;
import org.samling.authz.FileOpenRule;
import org.samling.authz.ReviewLinks;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * Searches the index ({@code search_doc}) in one statement: the matching rows the caller may
 * see are found through the full-text indexes and filtered by the authorization core's rules,
 * then counted, counted per facet value and cut to one page, all in one pass over them.
 * A file's extracted text matches, and gives a snippet, only where the file rule lets the
 * caller open that file; an embargoed file matches by its name alone.
 */
@ApplicationScoped
public class SearchIndex {

    static final int VALUES_PER_FACET = 50;
    private static final String HEADLINE = "StartSel=" + SearchRows.MARK + ", StopSel=" + SearchRows.UNMARK
            + ", MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=\" … \"";

    /** How long a browse's counts are reused, and how many browses are remembered. */
    static final java.time.Duration BROWSE_COUNTS_FRESH = java.time.Duration.ofSeconds(30);
    static final int BROWSE_COUNTS_KEPT = 1000;
    /** Fewer rows than this are counted on each request, exactly: kept counts are for browses too large for that. */
    static final long BROWSE_COUNTS_FROM = 10_000;

    record Counted(long total, Map<FacetField, Map<String, Long>> facets, Instant countedAt) {
    }

    private final Map<String, Counted> browseCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> recounting = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final org.samling.platform.concurrent.SingleFlight<String, SearchResult> firstCounts =
            new org.samling.platform.concurrent.SingleFlight<>();

    @jakarta.annotation.Resource(lookup = IndexRebuild.EXECUTOR)
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    org.samling.platform.persistence.QueryTimeouts timeouts;

    @Inject
    Sql sql;

    @Inject
    DatasetVisibility visibility;

    @Inject
    FileOpenRule fileRule;

    @Inject
    ReviewLinks reviewLinks;

    @Inject
    TsQueries tsQueries;

    @Inject
    KeptSearches kept;

    @Inject
    org.samling.authz.AccessGrants grants;

    public SearchResult search(RequestContext context, SearchRequest request) {
        return search(context, request, false);
    }

    /** @param recount a browse's counts are counted again whatever is kept (a background refresh) */
    private SearchResult search(RequestContext context, SearchRequest request, boolean recount) {
        QueryText text = QueryText.parse(request.q());
        Optional<ReviewLinks.Link> link = reviewLinks.inForce(context);
        FileOpenRule.Caller caller = fileRule.caller(context);
        LocalDate today = LocalDate.ofInstant(context.time(), ZoneOffset.UTC);
        String tsquery = null;
        boolean negated = text.hasOnlyExclusions();
        if (!text.isEverything()) {
            tsquery = tsQueries.render(negated ? text.inverted() : text);
            if (tsquery.isBlank()) {
                return SearchResult.empty(request.q(), request.start());
            }
        }

        boolean ranked = tsquery != null && !negated;
        List<Object> whereParams = new ArrayList<>();
        // collections' rows are released, with no draft: the version rule lets them through for everyone
        StringBuilder where = new StringBuilder(visibility.indexCondition(context, "s", whereParams));
        link.filter(ReviewLinks.Link::anonymised).ifPresent(anonymised -> {
            where.append(" and not (s.dataset_id = ? and s.state = 'DRAFT')");
            whereParams.add(anonymised.datasetId());
        });
        if (request.withinPath() != null) {
            // below the root is everything: leaving the prefix test out lets the date and name indexes serve the page
            if (!request.withinPath().matches("/\\d+/")) {
                where.append(" and starts_with(s.collection_path, ?)");
                whereParams.add(request.withinPath());
            }
            where.append(" and not (s.kind = 'collection' and s.collection_path = ?)");
            whereParams.add(request.withinPath());
        }
        if (negated) {
            where.append(" and not (s.meta_vector @@ ?::tsquery)");
            whereParams.add(tsquery);
        }
        for (FacetFilter filter : request.filters()) {
            where.append(" and ").append(filterCondition(filter, today, whereParams));
        }
        List<String> kinds = request.types().stream().map(SearchRequest.Kind::stored).sorted().toList();
        List<Object> kindParams = new ArrayList<>();
        // one kind as an equality, so the date and name indexes give the page in order
        String wanted = (kinds.size() == 1 ? "s.kind = ?" : "s.kind = any(?)") + " and " + where;
        kindParams.add(kinds.size() == 1 ? kinds.get(0) : Sql.texts(kinds));
        kindParams.addAll(whereParams);
        List<Object> sourceParams = new ArrayList<>();
        String source = ranked ? " from (" + matches(caller, today, tsquery, wanted, kindParams, sourceParams) + ") s"
                : " from search_doc s where " + wanted;
        if (!ranked) {
            sourceParams.addAll(kindParams);
        }
        // a page of several kinds in an order of their own: each kind's first rows read in order from its index, then merged
        List<Object> pageSourceParams = new ArrayList<>();
        String pageSource = ranked || kinds.size() == 1 ? null
                : perKindInOrder(request, kinds, where.toString(), whereParams, pageSourceParams);
        if (pageSource == null) {
            pageSource = source;
            pageSourceParams = sourceParams;
        }

        Answer answer;
        boolean seesDrafts = visibility.seesAnyDrafts(context);
        // a browse's counts are kept, with its facets for the readers who ask for facets and without for those who
        // do not (counting every kind's facets again each half minute for them would cost every other request)
        // keyed by the rows' condition and its values: the same for every caller who sees the same rows
        String browseKey = !ranked && !negated ? source + "|" + sourceParams + "|" + request.withFacets() : null;
        Counted known = browseKey == null || recount ? null : browseCounts.get(browseKey);
        java.util.function.Supplier<String> grantsInForce = caller.userId() == null ? null
                : () -> grants.inForceFingerprint(caller.userId(), context.time());
        if (known != null) {
            // a browse's counts, as every reader who sees the same rows sees them, counted again in the background
            // once half a minute old; its page is as exact as any kept answer (until the index changes)
            if (known.countedAt().plus(BROWSE_COUNTS_FRESH).isBefore(context.time()) && recounting.add(browseKey)) {
                String key = browseKey;
                executor.execute(() -> {
                    try {
                        timeouts.asJob(() -> search(context, request, true));
                    } finally {
                        recounting.remove(key);
                    }
                });
            }
            Map<FacetField, Map<String, Long>> facets = request.withFacets() ? known.facets() : Map.of();
            List<Object> params = new ArrayList<>();
            String pageSql = page(request, caller, today, null, pageSource, pageSourceParams, "0", List.of(), params);
            List<Hit> pageHits = known.total() == 0 ? List.of() : kept.answer(pageSql, params.toArray(), context.time(),
                    grantsInForce, () -> new String[] {sql.one(pageSql, r -> r.getString(1), params.toArray()).orElse("[]")},
                    row -> List.copyOf(SearchRows.hits(row[0], cueIn(text))));
            answer = new Answer(known.total(), pageHits, facets);
        } else if (browseKey != null && !recount) {
            // the first time a browse is asked for: counted once with a job's time allowance, kept for the next
            // readers; those asking meanwhile wait for that count and then read their own page
            boolean[] counted = {false};
            SearchResult first = firstCounts.get(browseKey, () -> {
                counted[0] = true;
                return timeouts.asJob(() -> search(context, request, true));
            });
            return counted[0] ? first : search(context, request, !browseCounts.containsKey(browseKey));
        } else if (request.withFacets() || ranked) {
            // one pass: the matches once, then their count, their facet values and the page
            List<Object> params = new ArrayList<>();
            StringBuilder m = new StringBuilder("select s.id, s.published_at, s.sort_name, s.size_bytes")
                    .append(ranked ? ", s.rank" : ", 0::real as rank");
            if (request.withFacets()) {
                m.append(", s.facets || case when s.kind = 'file' then array['fileAccess=' || initcap(")
                        .append(FileAccess.effectiveSql("s", today, params)).append(")] || case when ")
                        .append(embargoed("s", today, params)).append(" then '{}' else s.file_facets end else '{}' end as facets");
            }
            m.append(source);
            params.addAll(sourceParams);
            String pageSql = page(request, caller, today, ranked ? tsquery : null, " from m s", List.of(), "s.rank",
                    List.of(), params);
            String counted = !request.withFacets() ? "'{}'" : "(select coalesce(jsonb_object_agg(f, n), '{}') from ("
                    + " select f, n from (select f, count(*) n, row_number() over (partition by split_part(f, '=', 1)"
                    + " order by count(*) desc, f) r from m, unnest(m.facets) f group by f) counted where r <= "
                    + VALUES_PER_FACET + ") top)";
            String statement = "with m as materialized (" + m + ")"
                    + " select (select count(*) from m) as total, " + counted + " as facets, (" + pageSql + ") as page";
            answer = kept.answer(statement, params.toArray(), context.time(), grantsInForce,
                    () -> sql.one(statement, r -> new String[] {r.getString("total"), r.getString("facets"),
                            r.getString("page")}, params.toArray()).orElseThrow(),
                    row -> Answer.read(Long.parseLong(row[0]), row[1], row[2], cueIn(text)));
            keep(browseKey, new Counted(answer.total(), answer.facets(), context.time()));
        } else {
            // a browse without facets: the count and the page each straight from the indexes (the page walks the date index)
            long total = sql.count("select count(*)" + source, sourceParams.toArray());
            List<Object> params = new ArrayList<>();
            List<Object> rankParams = ranked ? List.of(tsquery) : List.of();
            String pageSql = page(request, caller, today, ranked ? tsquery : null, pageSource, pageSourceParams,
                    ranked ? "ts_rank(s.meta_vector, ?::tsquery)" : "0", rankParams, params);
            String page = total == 0 ? "[]" : sql.one(pageSql, r -> r.getString(1), params.toArray()).orElse("[]");
            answer = Answer.of(total, Map.of(), page, cueIn(text));
            keep(browseKey, new Counted(total, Map.of(), context.time()));
        }
        long total = answer.total();
        List<Hit> hits = answer.hits();
        if (link.isPresent() && link.get().anonymised()) {
            hits = hits.stream().map(h -> h.datasetId() != null && h.datasetId() == link.get().datasetId() && h.isDraft()
                    ? h.withoutAuthors(org.samling.dataset.control.Anonymiser.HIDDEN) : h).toList();
        }
        String suggestion = total == 0 && tsquery != null && !negated ? tsQueries.suggestion(text).orElse(null) : null;
        Map<FacetField, Map<String, Long>> counted = new java.util.EnumMap<>(FacetField.class);
        counted.putAll(answer.facets());
        if (!seesDrafts) {
            counted.remove(FacetField.STATE);
        }
        return new SearchResult(request.q(), total, request.start(), hits, counted, suggestion);
    }

    /** An answer read into hits and facets: a kept one once, not on each request that reuses it. */
    private record Answer(long total, List<Hit> hits, Map<FacetField, Map<String, Long>> facets) {
        static Answer read(long total, String facetJson, String page, java.util.function.LongFunction<Double> cueOf) {
            return of(total, SearchRows.facets(facetJson), page, cueOf);
        }

        static Answer of(long total, Map<FacetField, Map<String, Long>> facets, String page,
                         java.util.function.LongFunction<Double> cueOf) {
            return new Answer(total, List.copyOf(SearchRows.hits(page, cueOf)), facets);
        }
    }

    private java.util.function.LongFunction<Double> cueIn(QueryText text) {
        return transcript -> tsQueries.cueOf(transcript, text).orElse(null);
    }

    private void keep(String browseKey, Counted counted) {
        if (browseKey == null || counted.total() < BROWSE_COUNTS_FROM) {
            return;
        }
        if (browseCounts.size() > BROWSE_COUNTS_KEPT) {
            browseCounts.clear();
        }
        browseCounts.put(browseKey, counted);
    }

    /**
     * The page's rows as JSON: {@code source} is the FROM and WHERE the rows come from (with its
     * parameters), {@code rank} the relevance expression ordered by.
     */
    private String page(SearchRequest request, FileOpenRule.Caller caller, LocalDate today, String tsquery,
                        String source, List<Object> sourceParams, String rank, List<Object> rankParams,
                        List<Object> params) {
        String order = order(request, tsquery, rank);
        boolean byRank = request.sort() == SearchRequest.Sort.RELEVANCE && tsquery != null;
        StringBuilder select = new StringBuilder("""
                select coalesce(jsonb_agg(p order by p.n), '[]')::text from (
                  select top.n, s.kind, s.id, s.name, s.dataset_id, s.datafile_id, s.state, s.published_at, s.size_bytes,
                         s.content_type, s.recording_id, c.alias, c.name as collection_name, s.facets, f.md5,
                         d.protocol || ':' || d.authority || '/' || d.identifier as global_id, v.title as dataset_title""");
        select.append(", case when ").append(embargoed("s", today, params)).append(" then null else s.description end as description");
        select.append(", case when ").append(embargoed("s", today, params)).append(" then '{}' else s.file_facets end as file_facets");
        select.append(", case when s.kind = 'file' then initcap(").append(FileAccess.effectiveSql("s", today, params))
                .append(") end as access, ");
        if (tsquery == null) {
            select.append("null as snippet_field, 1.0 as score, ");
            select.append("case when ").append(embargoed("s", today, params)).append(" then null else left(s.description, 300) end");
        } else {
            select.append("case when s.kind = 'file' and s.text_vector @@ ?::tsquery and ");
            params.add(tsquery);
            select.append(opens(caller, "s", params)).append(" then '_text_' when s.kind = 'dataset' then 'dsDescriptionValue'"
                    + " when s.kind = 'file' then 'fileDescription' else 'dvDescription' end as snippet_field,");
            select.append(" ts_rank(s.meta_vector, ?::tsquery) as score, ");
            params.add(tsquery);
            select.append("case when s.kind = 'file' and s.text_vector @@ ?::tsquery and ");
            params.add(tsquery);
            select.append(opens(caller, "s", params))
                    .append(" then ts_headline(s.language, (select ft.content from file_text ft where ft.datafile_id = s.datafile_id),"
                            + " ?::tsquery, ?)");
            params.add(tsquery);
            params.add(HEADLINE);
            select.append(" when ").append(embargoed("s", today, params)).append(" then null")
                    .append(" when s.description is null then null")
                    .append(" else ts_headline(s.language, s.description, ?::tsquery, ?) end");
            params.add(tsquery);
            params.add(HEADLINE);
        }
        // the page's ids first, in order; its columns and snippets for those rows only
        select.append(" as snippet from (select s.id, row_number() over (order by ").append(order).append(") n");
        if (byRank) {
            params.addAll(rankParams);
        }
        select.append(source);
        params.addAll(sourceParams);
        select.append(" order by ").append(order);
        if (byRank) {
            params.addAll(rankParams);
        }
        select.append(" limit ? offset ?) top");
        params.add(request.start() > SearchRequest.MAX_START ? 0 : request.perPage());
        params.add(Math.min(request.start(), SearchRequest.MAX_START));
        select.append(" ").append("""
                 join search_doc s on s.id = top.id
                 join collection c on c.id = s.collection_id
                 left join dataset d on d.id = s.dataset_id
                 left join dataset_version v on v.id = s.version_id
                 left join datafile f on f.id = s.datafile_id) p""");
        return select.toString();
    }
}
