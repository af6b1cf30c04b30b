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
import org.samling.metadata.control.FieldJson;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.entity.FieldDefinition;

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

    /** The study's metadata in the real blocks: citation, social science, geospatial, sensitive. */
    /** @param archive who to contact about a study whose file names no contact of its own */
    static DatasetMetadata metadata(JsonObject study, MetadataBlocks blocks, CitationMetadata.Contact archive) {
        List<CitationMetadata.Author> authors = new ArrayList<>();
        for (JsonObject author : objects(study, "authors")) {
            authors.add(new CitationMetadata.Author(author.getString("name", null),
                    author.getString("affiliation", null), author.getString("orcid", null)));
        }
        List<CitationMetadata.Contact> contacts = new ArrayList<>();
        JsonObject contact = study.getJsonObject("contact");
        if (contact != null) {
            contacts.add(new CitationMetadata.Contact(contact.getString("name", null), contact.getString("email", null)));
        } else {
            contacts.add(archive);
        }
        CitationMetadata citation = new CitationMetadata(study.getString("title"),
                study.getString("alternativeTitle", null), authors, contacts,
                List.of(study.getString("description")), strings(study, "keywords"), strings(study, "subjects"),
                strings(study, "languages"), null);
        String licenseName = study.getString("license", "");
        License license = licenseName.startsWith("CC-BY") || licenseName.startsWith("CC BY")
                ? new License("CC BY 4.0", "http://creativecommons.org/licenses/by/4.0") : License.CC0;
        Fields fields = new Fields(blocks);
        DatasetMetadata.fieldsOf(DatasetMetadata.of(citation, license).blocks(), "citation")
                .getValuesAs(JsonObject.class).forEach(f -> fields.put("citation", f));
        Optional.ofNullable(study.getString("series", null)).ifPresent(series ->
                fields.compound("series", List.of(Map.of("seriesName", series))));
        Optional.ofNullable(study.getString("relatedPublication", null)).ifPresent(publication ->
                fields.compound("publication", List.of(Map.of("publicationCitation", publication))));
        period(study, "timePeriodCovered").ifPresent(entry -> fields.compound("timePeriodCovered", List.of(entry)));
        period(study, "dateOfCollection").ifPresent(entry -> fields.compound("dateOfCollection", List.of(entry)));
        fields.values("kindOfData", strings(study, "kindOfData"));
        Optional.ofNullable(study.getString("project", null)).ifPresent(project ->
                fields.values("notesText", List.of("Project: " + project)));
        for (String name : List.of("unitOfAnalysis", "universe", "samplingProcedure", "collectionMode")) {
            Optional.ofNullable(study.getString(name, null)).ifPresent(value -> fields.values(name, List.of(value)));
        }
        List<Map<String, String>> places = new ArrayList<>();
        for (JsonObject place : objects(study, "geographicCoverage")) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("country", place.getString("country", null));
            entry.put("state", place.getString("state", null));
            places.add(entry);
        }
        fields.compound("geographicCoverage", places);
        JsonObject sensitive = study.getJsonObject("sensitive");
        if (sensitive != null) {
            sensitive(sensitive, fields);
        }
        return DatasetMetadata.fromBlocks(fields.blocks(), license)
                .withTerms(new DatasetMetadata.Terms(TERMS_OF_ACCESS, DATA_USE_AGREEMENT));
    }

    /**
     * The consent, ethics, controller and retention record, as a curator would type it: the
     * legal bases picked from the block's lists by their article, the wording kept beside them.
     */
    private static void sensitive(JsonObject record, Fields fields) {
        String legal = record.getString("legalBasis", null);
        article(legal, "6\\(1\\)\\(([a-f])\\)", "Art. 6(1)(%s)", fields, "legalBasis");
        fields.values("legalBasisDescription", List.of(nullToEmpty(legal)));
        String special = record.getString("specialCategories", null);
        if (special != null) {
            article(special, "9\\(2\\)\\(([a-j])\\)", "Art. 9(2)(%s)", fields, "specialCategoriesBasis");
            fields.values("specialCategories", special.toLowerCase(java.util.Locale.ROOT).contains("health")
                    ? List.of("health") : List.of());
            fields.values("specialCategoriesDescription", List.of(special));
        }
        fields.values("consentScope", strings(record, "consentScope"));
        fields.values("consentForm", List.of(record.getString("consentForm", "")));
        Map<String, String> ethics = new LinkedHashMap<>();
        ethics.put("ethicsBoard", record.getString("ethicsBoard", null));
        ethics.put("ethicsReference", record.getString("ethicsReference", null));
        ethics.put("ethicsDate", record.getString("ethicsDate", null));
        ethics.put("ethicsDecision", record.getString("ethicsDecision", null));
        fields.compound("ethicsReview", List.of(ethics));
        String controller = record.getString("dataController", "");
        int comma = controller.lastIndexOf(", ");
        boolean withContact = comma > 0 && controller.substring(comma + 2).contains("@");
        Map<String, String> who = new LinkedHashMap<>();
        who.put("dataControllerName", withContact ? controller.substring(0, comma) : controller);
        who.put("dataControllerContact", withContact ? controller.substring(comma + 2) : null);
        fields.compound("dataController", List.of(who));
        fields.values("anonymisation", List.of(record.getString("anonymisation", "")));
        fields.values("anonymisationDescription", List.of(record.getString("anonymisationDescription", "")));
        fields.values("retentionUntil", List.of(record.getString("retentionUntil", "")));
        fields.values("retentionAction", List.of(record.getString("retentionAction", "")));
        if (record.containsKey("participants")) {
            fields.values("participants", List.of(String.valueOf(record.getInt("participants"))));
        }
    }

    /** Picks the vocabulary value "Art. 6(1)(e) ..." whose article the text names. */
    private static void article(String text, String pattern, String prefix, Fields fields, String field) {
        if (text == null) {
            return;
        }
        var matcher = Pattern.compile(pattern).matcher(text);
        if (matcher.find()) {
            String wanted = String.format(prefix, matcher.group(1));
            fields.definition(field).vocabulary().stream().map(v -> v.value()).filter(v -> v.startsWith(wanted))
                    .findFirst().ifPresent(value -> fields.values(field, List.of(value)));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Optional<Map<String, String>> period(JsonObject study, String typeName) {
        JsonObject period = study.getJsonObject(typeName);
        if (period == null) {
            return Optional.empty();
        }
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(typeName + "Start", period.getString("start", null));
        entry.put(typeName + "End", period.getString("end", null));
        return Optional.of(entry);
    }

    /** The study's fields gathered per block, each built as its definition says. */
    private static final class Fields {
        private final MetadataBlocks blocks;
        private final Map<String, List<JsonObject>> byBlock = new LinkedHashMap<>();

        Fields(MetadataBlocks blocks) {
            this.blocks = blocks;
        }

        FieldDefinition definition(String name) {
            return blocks.field(name).orElseThrow(() -> new IllegalArgumentException("no field " + name));
        }

        void put(String block, JsonObject field) {
            if (field != null) {
                byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(field);
            }
        }

        void values(String name, List<String> values) {
            FieldDefinition field = definition(name);
            put(field.block(), FieldJson.of(field, values));
        }

        void compound(String name, List<Map<String, String>> entries) {
            FieldDefinition field = definition(name);
            put(field.block(), FieldJson.compound(field, entries, blocks));
        }

        JsonObject blocks() {
            var json = org.samling.platform.json.Json.createObjectBuilder();
            byBlock.forEach((block, fields) -> json.add(block, org.samling.platform.json.Json.createObjectBuilder()
                    .add("fields", org.samling.platform.json.Json.createArrayBuilder(fields).build())));
            return json.build();
        }
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
