package org.samling.pid;

import java.util.List;

/**
 * What a registry is told about a published dataset: the citation essentials, in terms close to
 * DataCite's metadata schema (titles, creators with affiliation and ORCID, publisher, year,
 * resource type Dataset, landing page, subjects, language, rights).
 */
public record PidMetadata(String title, List<Creator> creators, String publisher, int publicationYear, String url,
                          List<String> subjects, String language, List<Rights> rights, String description,
                          String version) {

    /** DataCite's standard value for a creator that is not known ("value unavailable"). */
    public static final String UNAVAILABLE = ":unav";

    public static final String TOMBSTONE_TITLE = "This dataset has been deaccessioned";

    public record Creator(String name, String affiliation, String orcid) {
    }

    public record Rights(String name, String uri) {
    }

    public PidMetadata {
        creators = creators == null || creators.isEmpty() ? List.of(new Creator(UNAVAILABLE, null, null))
                : List.copyOf(creators);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        rights = rights == null ? List.of() : List.copyOf(rights);
    }

    /**
     * The record left when no version remains published: no title, authors, subjects or
     * description of the withdrawn work, but still its landing page, where the tombstone says why.
     */
    public static PidMetadata tombstone(String publisher, int publicationYear, String url) {
        return new PidMetadata(TOMBSTONE_TITLE, List.of(), publisher, publicationYear, url, List.of(), null, List.of(),
                "This dataset has been withdrawn from publication; its landing page says more.", null);
    }

    public boolean isTombstone() {
        return TOMBSTONE_TITLE.equals(title);
    }
}
