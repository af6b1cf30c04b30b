package org.samling.search.control;

import java.util.List;
import java.util.Set;

/**
 * One search: what was typed, which kinds of results, where (a collection's path, or null for
 * everywhere), narrowed by which facet values, in which order, which page.
 */
public record SearchRequest(String q, Set<Kind> types, String withinPath, List<FacetFilter> filters, Sort sort,
                            boolean ascending, int start, int perPage, boolean withFacets) {

    public static final int MAX_PER_PAGE = 1000;
    /** Deeper than this a page is empty; nobody pages past 100,000 results, and an offset costs its rows. */
    public static final int MAX_START = 100_000;

    public enum Kind {
        COLLECTION("dataverse"), DATASET("dataset"), FILE("file");

        public final String apiName;

        Kind(String apiName) {
            this.apiName = apiName;
        }

        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Kind> named(String name) {
            for (Kind kind : values()) {
                if (kind.apiName.equalsIgnoreCase(name) || kind.stored().equalsIgnoreCase(name)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public enum Sort { RELEVANCE, DATE, NAME, SIZE }

    /** The same search, with its facets counted. */
    public SearchRequest faceted() {
        return new SearchRequest(q, types, withinPath, filters, sort, ascending, start, perPage, true);
    }

    public SearchRequest {
        types = types.isEmpty() ? Set.of(Kind.values()) : Set.copyOf(types);
        filters = List.copyOf(filters);
        perPage = Math.max(0, Math.min(perPage, MAX_PER_PAGE));
        start = Math.max(0, start);
    }

    /** Everything of a kind, newest first: the home page, a collection's page. */
    public static SearchRequest browse(Set<Kind> types, String withinPath, int start, int perPage) {
        return new SearchRequest("*", types, withinPath, List.of(), Sort.DATE, false, start, perPage, false);
    }
}
