package org.samling.metadata.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import org.samling.platform.json.Json;

/**
 * Takes internal (curator-only) fields out of a version's metadata blocks before anyone who may
 * not edit or curate the dataset sees them: whole fields, and internal parts of compound fields
 * (an entry left with no part goes too).
 */
public final class InternalFields {

    private InternalFields() {
    }

    public static JsonObject strip(JsonObject metadataBlocks, Set<String> internal) {
        if (internal.isEmpty()) {
            return metadataBlocks;
        }
        JsonObjectBuilder blocks = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> block : metadataBlocks.entrySet()) {
            JsonArray fields = MetadataValidation.blockFields(metadataBlocks, block.getKey());
            JsonArrayBuilder kept = Json.createArrayBuilder();
            for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
                if (internal.contains(field.getString("typeName", ""))) {
                    continue;
                }
                JsonObject visible = "compound".equals(field.getString("typeClass", "")) ? withoutParts(field, internal)
                        : field;
                if (visible != null) {
                    kept.add(visible);
                }
            }
            JsonObjectBuilder copy = block.getValue() instanceof JsonObject object
                    ? Json.createObjectBuilder(object) : Json.createObjectBuilder();
            blocks.add(block.getKey(), copy.add("fields", kept));
        }
        return blocks.build();
    }

    /** The compound field without its internal parts, or null if nothing of it is left. */
    private static JsonObject withoutParts(JsonObject field, Set<String> internal) {
        JsonValue value = field.get("value");
        if (value instanceof JsonArray entries) {
            JsonArrayBuilder kept = Json.createArrayBuilder();
            int left = 0;
            for (JsonValue entry : entries) {
                JsonObject visible = entry instanceof JsonObject object ? parts(object, internal) : null;
                if (visible != null) {
                    kept.add(visible);
                    left++;
                }
            }
            return left == 0 ? null : Json.createObjectBuilder(field).add("value", kept).build();
        }
        JsonObject visible = value instanceof JsonObject object ? parts(object, internal) : null;
        return visible == null ? null : Json.createObjectBuilder(field).add("value", visible).build();
    }

    private static JsonObject parts(JsonObject entry, Set<String> internal) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        int left = 0;
        for (Map.Entry<String, JsonValue> part : entry.entrySet()) {
            if (!internal.contains(part.getKey())) {
                kept.add(part.getKey(), part.getValue());
                left++;
            }
        }
        return left == 0 ? null : kept.build();
    }
}
