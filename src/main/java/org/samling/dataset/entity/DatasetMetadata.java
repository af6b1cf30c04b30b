package org.samling.dataset.entity;

import org.samling.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * All metadata of a version: its blocks in the Dataverse field shape (the stored truth), the
 * citation fields read from them, and the license.
 */
public record DatasetMetadata(JsonObject blocks, CitationMetadata citation, License license, Terms terms) {

    /** Terms of access and the data use agreement a requester accepts; versioned with the dataset. */
    public record Terms(String termsOfAccess, String dataUseAgreement) {
        public static final Terms NONE = new Terms(null, null);
    }

    public DatasetMetadata(JsonObject blocks, CitationMetadata citation, License license) {
        this(blocks, citation, license, Terms.NONE);
    }

    public static DatasetMetadata of(CitationMetadata citation, License license) {
        return new DatasetMetadata(Json.createObjectBuilder().build(), citation, license).withCitation(citation);
    }

    public static DatasetMetadata fromStored(String json, License license) {
        return fromStored(json, license, Terms.NONE);
    }

    public static DatasetMetadata fromStored(String json, License license, Terms terms) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject blocks = reader.readObject();
            return new DatasetMetadata(blocks, CitationMetadata.from(fieldsOf(blocks, "citation")), license, terms);
        }
    }

    /** Reads {@code {"citation": {"fields": [...]}, ...}}; a block without a field list is refused. */
    public static DatasetMetadata fromBlocks(JsonObject metadataBlocks, License license) {
        JsonObjectBuilder blocks = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> block : metadataBlocks.entrySet()) {
            if (!(block.getValue() instanceof JsonObject object) || !(object.get("fields") instanceof JsonArray fields)) {
                throw new IllegalArgumentException("metadata block '" + block.getKey() + "' has no \"fields\" list");
            }
            for (JsonValue field : fields) {
                if (!(field instanceof JsonObject f) || !f.containsKey("typeName") || !f.containsKey("value")) {
                    throw new IllegalArgumentException("every field in block '" + block.getKey()
                            + "' needs \"typeName\" and \"value\"");
                }
            }
            blocks.add(block.getKey(), Json.createObjectBuilder().add("fields", fields));
        }
        JsonObject built = blocks.build();
        return new DatasetMetadata(built, CitationMetadata.from(fieldsOf(built, "citation")), license);
    }

    public DatasetMetadata withCitation(CitationMetadata newCitation) {
        JsonArray fields = newCitation.toFields(fieldsOf(blocks, "citation"));
        JsonObject newBlocks = Json.createObjectBuilder(blocks)
                .add("citation", Json.createObjectBuilder().add("fields", fields))
                .build();
        return new DatasetMetadata(newBlocks, newCitation, license, terms);
    }

    /** The same metadata with these blocks (internal fields taken out, say); the citation is read again from them. */
    public DatasetMetadata withBlocks(JsonObject newBlocks) {
        return new DatasetMetadata(newBlocks, CitationMetadata.from(fieldsOf(newBlocks, "citation")), license, terms);
    }

    public DatasetMetadata withLicense(License newLicense) {
        return new DatasetMetadata(blocks, citation, newLicense, terms);
    }

    public DatasetMetadata withTerms(Terms newTerms) {
        return new DatasetMetadata(blocks, citation, license, newTerms);
    }

    /** Adds or replaces one block's fields (social science, geospatial ...). */
    public DatasetMetadata withBlock(String name, JsonArray fields) {
        JsonObject newBlocks = Json.createObjectBuilder(blocks)
                .add(name, Json.createObjectBuilder().add("fields", fields))
                .build();
        return new DatasetMetadata(newBlocks, citation, license, terms);
    }

    public static JsonArray fieldsOf(JsonObject blocks, String block) {
        JsonObject object = blocks.getJsonObject(block);
        return object == null || object.getJsonArray("fields") == null
                ? JsonValue.EMPTY_JSON_ARRAY : object.getJsonArray("fields");
    }

    public String blocksJson() {
        return blocks.toString();
    }

    /** The sensitive block's retention date, when it holds a valid one. */
    public java.util.Optional<java.time.LocalDate> retentionUntil() {
        try {
            return java.util.Optional.ofNullable(MetadataFields.text(fieldsOf(blocks, "sensitive"), "retentionUntil"))
                    .filter(s -> !s.isBlank()).map(s -> java.time.LocalDate.parse(s.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** What happens when retention ends: review, anonymise or destroy. */
    public java.util.Optional<String> retentionAction() {
        return java.util.Optional.ofNullable(MetadataFields.text(fieldsOf(blocks, "sensitive"), "retentionAction"))
                .filter(s -> !s.isBlank() && s.length() <= 16);
    }
}
