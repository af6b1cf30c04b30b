package org.samling.file.control;

import java.util.Set;

/**
 * A page of a version's file table.
 *
 * @param sortBy one of {@link #SORTABLE}; anything else sorts by name
 * @param nameContains a case-insensitive part of the name, or null
 * @param category a category, or null for all
 */
public record FileQuery(long versionId, int offset, int limit, String sortBy, boolean descending,
                        String nameContains, String category) {

    public static final Set<String> SORTABLE = Set.of("label", "size", "contentType", "category");

    public static FileQuery all(long versionId) {
        return new FileQuery(versionId, 0, Integer.MAX_VALUE, "label", false, null, null);
    }
}
