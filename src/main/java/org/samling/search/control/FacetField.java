package org.samling.search.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields search results can be narrowed by, named as Dataverse's Search API names them
 * (with short aliases for {@code fq}). Values live in the index row's facets; those an
 * embargo hides (a file's type and category) in its file facets, and a file's access level is
 * worked out at query time, since an embargo ends by the calendar.
 */
public enum FacetField {
    COLLECTION("collection", Where.FACETS, "dvName", "collection"),
    SUBJECT("subject_ss", Where.FACETS, new Vocabulary("citation", "subject"), "subject"),
    KEYWORD("keywordValue_ss", Where.FACETS, "keyword", "keywordValue"),
    AUTHOR("authorName_ss", Where.FACETS, "author", "authorName"),
    LANGUAGE("language_ss", Where.FACETS, new Vocabulary("citation", "language"), "language"),
    KIND_OF_DATA("kindOfData_ss", Where.FACETS, "kindOfData"),
    PUBLICATION_YEAR("publicationDate", Where.FACETS, "publicationYear", "year"),
    DATE_OF_COLLECTION("dateOfCollection", Where.FACETS, "dateOfCollectionStart"),
    GEOGRAPHIC_COVERAGE("geographicCoverage_ss", Where.FACETS, new Vocabulary("geospatial", "country"), "geographicCoverage",
            "country"),
    LICENSE("license", Where.FACETS),
    ACCESS("fileAccess", Where.ACCESS, Vocabulary.MESSAGES, "access"),
    FILE_TAG("fileTag", Where.FILE_FACETS, "category", "fileCategory"),
    FILE_TYPE("fileTypeGroupFacet", Where.FILE_FACETS, Vocabulary.MESSAGES, "fileType"),
    STATE("publicationStatus", Where.FACETS, Vocabulary.MESSAGES, "state", "versionState");

    /** Where the values are: the facets column, the embargo-hidden file facets, or the access level. */
    public enum Where { FACETS, FILE_FACETS, ACCESS }

    /**
     * Where the names of a field's values are, in the reader's language: a metadata block's
     * controlled vocabulary ({@code citation}'s {@code subject}), or our messages
     * ({@link #MESSAGES}, keyed by {@link #valueMessageKey}). Other fields' values are shown as written.
     */
    public record Vocabulary(String block, String field) {
        public static final Vocabulary MESSAGES = new Vocabulary("messages", "");
    }

    public final String apiName;
    public final Where where;
    /** The names of the values, or null for values shown as written (keywords, authors). */
    public final Vocabulary vocabulary;
    private final List<String> aliases;

    FacetField(String apiName, Where where, String... aliases) {
        this(apiName, where, null, aliases);
    }

    FacetField(String apiName, Where where, Vocabulary vocabulary, String... aliases) {
        this.apiName = apiName;
        this.where = where;
        this.vocabulary = vocabulary;
        this.aliases = Arrays.asList(aliases);
    }

    /** Every name and alias, lower-cased, to its field: a page reads some 200 facet values by name. */
    private static final java.util.Map<String, FacetField> BY_NAME = new java.util.HashMap<>();

    static {
        for (FacetField field : values()) {
            BY_NAME.putIfAbsent(field.apiName.toLowerCase(java.util.Locale.ROOT), field);
            field.aliases.forEach(alias -> BY_NAME.putIfAbsent(alias.toLowerCase(java.util.Locale.ROOT), field));
        }
    }

    public static Optional<FacetField> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether values are years, so {@code [2019 TO 2021]} selects a range. */
    public boolean isYear() {
        return this == PUBLICATION_YEAR || this == DATE_OF_COLLECTION;
    }

    /** The message key of the field's label. */
    public String messageKey() {
        return "facet." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The message key of a value's name, for a field whose vocabulary is {@link Vocabulary#MESSAGES}. */
    public String valueMessageKey(String value) {
        // an access level is named as the file pages name it
        return this == ACCESS ? "access." + value.toUpperCase(Locale.ROOT)
                : "facet.value." + apiName + "." + value.replace(' ', '_');
    }

    /** How a value is stored in the index: {@code field=value}. */
    public String stored(String value) {
        return apiName + "=" + value;
    }
}
