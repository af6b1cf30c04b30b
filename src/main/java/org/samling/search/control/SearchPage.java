package org.samling.search.control;

import java.util.List;

public record SearchPage(String query, long totalCount, int start, List<SearchHit> hits) {
}
