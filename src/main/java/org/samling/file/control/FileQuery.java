package org.samling.file.control;

import java.util.Set;

/**
 * A page of a version's file table.
 *
 * @param sortBy       one of {@link #SORTABLE}; anything else sorts by name
 * @param nameContains a case-insensitive part of the name, or null
 * @param category     a category, or null for all
 * @param typeGroup    one of {@link TypeGroup}'s names, or null for all
 * @param access       PUBLIC, RESTRICTED or EMBARGOED, or null for all
 */
public record FileQuery(long versionId, int offset, int limit, String sortBy, boolean descending,
                        String nameContains, String category, String typeGroup, String access) {

    public static final Set<String> SORTABLE = Set.of("label", "size", "contentType", "category");

    /** Kinds of files to filter by, as people think of them. */
    public enum TypeGroup {
        AUDIO("f.content_type like 'audio/%'"),
        VIDEO("f.content_type like 'video/%'"),
        DOCUMENT("(f.content_type in ('application/pdf', 'application/msword', 'application/rtf', "
                + "'application/vnd.oasis.opendocument.text', "
                + "'application/vnd.openxmlformats-officedocument.wordprocessingml.document') "
                + "or (f.content_type like 'text/%' and f.content_type not in ('text/csv', 'text/tab-separated-values')))"),
        TABLE("f.content_type in ('text/csv', 'text/tab-separated-values', 'application/vnd.ms-excel', "
                + "'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', "
                + "'application/vnd.oasis.opendocument.spreadsheet')"),
        IMAGE("f.content_type like 'image/%'");

        final String condition;

        TypeGroup(String condition) {
            this.condition = condition;
        }
    }

    public static FileQuery all(long versionId) {
        return new FileQuery(versionId, 0, Integer.MAX_VALUE, "label", false, null, null, null, null);
    }
}
