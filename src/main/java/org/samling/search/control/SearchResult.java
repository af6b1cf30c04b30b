package org.samling.search.control;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the total behind it, the facet counts over all of it, and a suggestion
 * when nothing matched.
 *
 * @param facets per field, its values and counts, most frequent first
 */
public record SearchResult(String query, long totalCount, int start, List<Hit> hits,
                           Map<FacetField, Map<String, Long>> facets, String suggestion) {

    public static SearchResult empty(String query, int start) {
        return new SearchResult(query, 0, start, List.of(), Map.of(), null);
    }
}
