package org.samling.search.control;

import java.time.Instant;
import java.util.List;

/**
 * One result as the caller may see it: a collection, a dataset version or a file of one.
 * {@code snippet} is HTML-safe text with the matched words in {@code <mark>}; for a file it
 * comes from its extracted text only when the caller may open the file.
 *
 * @param cueStart     for a timed transcript, where in its recording the matched words are spoken
 * @param snippetField the field the snippet was taken from, in Dataverse's names ({@code _text_} for a
 *                     file's extracted text, {@code dsDescriptionValue}, {@code fileDescription},
 *                     {@code dvDescription}), or null when the words matched nothing shown
 * @param score        the relevance the results were ordered by (1.0 when no words were asked for)
 */
public record Hit(SearchRequest.Kind kind, long id, String name, String description, String snippet,
                  String collectionAlias, String collectionName, Long datasetId, String datasetGlobalId,
                  String datasetTitle, String versionState, Instant publishedAt, List<String> authors,
                  List<String> keywords, List<String> subjects, Long fileId, String contentType, String fileType,
                  Long sizeBytes, String md5, String category, String access, Double cueStart,
                  String snippetField, double score) {

    public boolean isDraft() {
        return "DRAFT".equals(versionState);
    }

    public boolean isFile() {
        return kind == SearchRequest.Kind.FILE;
    }

    public boolean isDataset() {
        return kind == SearchRequest.Kind.DATASET;
    }

    public boolean isCollection() {
        return kind == SearchRequest.Kind.COLLECTION;
    }

    public String authorLine() {
        return String.join("; ", authors);
    }

    public Hit withoutAuthors(String placeholder) {
        return new Hit(kind, id, name, description, snippet, collectionAlias, collectionName, datasetId,
                datasetGlobalId, datasetTitle, versionState, publishedAt, authors.isEmpty() ? List.of() : List.of(placeholder),
                keywords, subjects, fileId, contentType, fileType, sizeBytes, md5, category, access, cueStart,
                snippetField, score);
    }
}
