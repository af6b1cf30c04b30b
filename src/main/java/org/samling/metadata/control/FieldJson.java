package org.samling.metadata.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.json.Json;

/** Builds a field's value in Dataverse's JSON as its definition says (type class, one value or many). */
public final class FieldJson {

    private FieldJson() {
    }

    /** A primitive or vocabulary field; null when there is no value. */
    public static JsonObject of(FieldDefinition field, List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (present.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = start(field);
        if (field.multiple()) {
            json.add("value", Json.createArrayBuilder(present));
        } else {
            json.add("value", present.get(0));
        }
        return json.build();
    }

    /** A compound field, each entry its parts by name; null when no entry has a part. */
    public static JsonObject compound(FieldDefinition field, List<Map<String, String>> entries, MetadataBlocks blocks) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonObject single = null;
        int count = 0;
        for (Map<String, String> entry : entries) {
            JsonObjectBuilder parts = Json.createObjectBuilder();
            int filled = 0;
            for (Map.Entry<String, String> part : entry.entrySet()) {
                if (part.getValue() == null || part.getValue().isBlank()) {
                    continue;
                }
                FieldDefinition child = blocks.field(part.getKey()).orElseThrow(() ->
                        new IllegalArgumentException("no field " + part.getKey()));
                parts.add(child.name(), start(child).add("value", part.getValue().strip()));
                filled++;
            }
            if (filled > 0) {
                single = parts.build();
                values.add(single);
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        return field.multiple() ? start(field).add("value", values).build() : start(field).add("value", single).build();
    }

    private static JsonObjectBuilder start(FieldDefinition field) {
        return Json.createObjectBuilder().add("typeName", field.name()).add("multiple", field.multiple() && !field.isChild())
                .add("typeClass", field.typeClass());
    }
}
