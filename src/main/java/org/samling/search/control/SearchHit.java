package org.samling.search.control;

import java.time.Instant;
import java.util.List;

/** A dataset found by a search, as the caller may see it. */
public record SearchHit(long datasetId, String globalId, String title, String description, List<String> authors,
                        List<String> keywords, String versionState, Instant publishedAt, String collectionAlias,
                        String collectionName) {

    static final int SNIPPET = 300;

    public String authorLine() {
        return String.join("; ", authors);
    }

    /** The start of the description, cut at a word. */
    public String snippet() {
        if (description == null || description.length() <= SNIPPET) {
            return description == null ? "" : description;
        }
        int cut = description.lastIndexOf(' ', SNIPPET);
        return description.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    /** The same hit with every author shown as {@code placeholder} (an anonymised review link's draft). */
    public SearchHit withoutAuthors(String placeholder) {
        return new SearchHit(datasetId, globalId, title, description, authors.isEmpty() ? List.of() : List.of(placeholder),
                keywords, versionState, publishedAt, collectionAlias, collectionName);
    }

    public boolean isDraft() {
        return "DRAFT".equals(versionState);
    }
}
