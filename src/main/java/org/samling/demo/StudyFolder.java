package org.samling.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.dataset.entity.MetadataFields;

/**
 * Reads a study folder's {@code study.json}: the metadata a depositor would type in, and for
 * each file (by name or {@code *} pattern) its category, access and description.
 */
final class StudyFolder {

    record FileRule(String category, boolean restricted, String description) {
    }

    static final String TERMS_OF_ACCESS = "The interview recordings and transcripts are personal data, shared as the "
            + "participants consented. Access is given to researchers at recognised institutions, for the research "
            + "purpose stated in the request and for a limited period.";
    static final String DATA_USE_AGREEMENT = "I will use the material only for the stated purpose; keep it on secured "
            + "storage; make no attempt to identify participants; not pass it on; cite the dataset; and delete my "
            + "copies when my access ends.";

    private StudyFolder() {
    }

    static DatasetMetadata metadata(JsonObject study) {
        List<CitationMetadata.Author> authors = new ArrayList<>();
        for (JsonObject author : objects(study, "authors")) {
            authors.add(new CitationMetadata.Author(author.getString("name", null),
                    author.getString("affiliation", null), author.getString("orcid", null)));
        }
        List<CitationMetadata.Contact> contacts = new ArrayList<>();
        JsonObject contact = study.getJsonObject("contact");
        if (contact != null) {
            contacts.add(new CitationMetadata.Contact(contact.getString("name", null), contact.getString("email", null)));
        }
        CitationMetadata citation = new CitationMetadata(study.getString("title"),
                study.getString("alternativeTitle", null), authors, contacts,
                List.of(study.getString("description")), strings(study, "keywords"), strings(study, "subjects"),
                strings(study, "languages"), null);
        License license = License.byName(study.getString("license", null)).orElse(License.CC0);
        DatasetMetadata metadata = DatasetMetadata.of(citation, license);
        JsonArray extraCitation = extraCitationFields(study);
        JsonArray citationFields = Jsonish.concat(DatasetMetadata.fieldsOf(metadata.blocks(), "citation"), extraCitation);
        metadata = metadata.withBlock("citation", citationFields);
        JsonArray socialScience = socialScienceFields(study);
        if (!socialScience.isEmpty()) {
            metadata = metadata.withBlock("socialscience", socialScience);
        }
        JsonArray geospatial = geospatialFields(study);
        if (!geospatial.isEmpty()) {
            metadata = metadata.withBlock("geospatial", geospatial);
        }
        return metadata.withTerms(new DatasetMetadata.Terms(TERMS_OF_ACCESS, DATA_USE_AGREEMENT));
    }

    private static JsonArray extraCitationFields(JsonObject study) {
        List<JsonObject> fields = new ArrayList<>();
        Optional.ofNullable(study.getString("series", null)).ifPresent(series ->
                fields.add(MetadataFields.compound("series", List.of(Map.of("seriesName", series)))));
        Optional.ofNullable(study.getString("relatedPublication", null)).ifPresent(publication ->
                fields.add(MetadataFields.compound("publication", List.of(Map.of("publicationCitation", publication)))));
        period(study, "timePeriodCovered", "timePeriodCovered").ifPresent(fields::add);
        period(study, "dateOfCollection", "dateOfCollection").ifPresent(fields::add);
        List<String> kinds = strings(study, "kindOfData");
        if (!kinds.isEmpty()) {
            fields.add(Jsonish.multiplePrimitive("kindOfData", kinds));
        }
        Optional.ofNullable(study.getString("project", null)).ifPresent(project ->
                fields.add(MetadataFields.primitive("notesText", "Project: " + project)));
        return Jsonish.array(fields);
    }

    private static Optional<JsonObject> period(JsonObject study, String key, String typeName) {
        JsonObject period = study.getJsonObject(key);
        if (period == null) {
            return Optional.empty();
        }
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(typeName + "Start", period.getString("start", null));
        entry.put(typeName + "End", period.getString("end", null));
        return Optional.of(MetadataFields.compound(typeName, List.of(entry)));
    }

    private static JsonArray socialScienceFields(JsonObject study) {
        List<JsonObject> fields = new ArrayList<>();
        Optional.ofNullable(study.getString("unitOfAnalysis", null)).ifPresent(unit ->
                fields.add(Jsonish.multiplePrimitive("unitOfAnalysis", List.of(unit))));
        for (String name : List.of("universe", "samplingProcedure", "collectionMode")) {
            Optional.ofNullable(study.getString(name, null)).ifPresent(value ->
                    fields.add(name.equals("universe") ? Jsonish.multiplePrimitive(name, List.of(value))
                            : MetadataFields.primitive(name, value)));
        }
        Optional.ofNullable(study.getString("ethicsReview", null)).ifPresent(value ->
                fields.add(MetadataFields.primitive("researchInstrument", "Ethics review: " + value)));
        return Jsonish.array(fields);
    }

    private static JsonArray geospatialFields(JsonObject study) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (JsonObject place : objects(study, "geographicCoverage")) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("country", place.getString("country", null));
            entry.put("state", place.getString("state", null));
            entries.add(entry);
        }
        return entries.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY
                : Jsonish.array(List.of(MetadataFields.compound("geographicCoverage", entries)));
    }

    /** The rule for a file: its exact name first, else the first pattern that matches. */
    static Optional<FileRule> ruleFor(JsonObject study, String fileName) {
        JsonObject files = study.getJsonObject("files");
        if (files == null) {
            return Optional.empty();
        }
        JsonValue exact = files.get(fileName);
        if (exact instanceof JsonObject rule) {
            return Optional.of(rule(rule));
        }
        return files.entrySet().stream()
                .filter(e -> e.getKey().contains("*") && glob(e.getKey()).matcher(fileName).matches())
                .map(e -> rule(e.getValue().asJsonObject()))
                .findFirst();
    }

    private static FileRule rule(JsonObject rule) {
        return new FileRule(rule.getString("category", null), "restricted".equals(rule.getString("access", "public")),
                rule.getString("description", null));
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<JsonObject> objects(JsonObject study, String key) {
        JsonArray array = study.getJsonArray(key);
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject study, String key) {
        JsonArray array = study.getJsonArray(key);
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
