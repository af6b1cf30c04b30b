package org.samling.dataset.entity;

import org.samling.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes metadata fields in the Dataverse shape:
 * {@code {"typeName": "title", "multiple": false, "typeClass": "primitive", "value": "..."}}.
 */
public final class MetadataFields {

    private MetadataFields() {
    }

    public static JsonObject primitive(String typeName, String value) {
        return field(typeName, false, "primitive", Json.createValue(value));
    }

    /** A primitive field that takes a list (Dataverse 6's alternativeTitle, kindOfData ...). */
    public static JsonObject primitives(String typeName, List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return field(typeName, true, "primitive", array.build());
    }

    public static JsonObject vocabulary(String typeName, List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return field(typeName, true, "controlledVocabulary", array.build());
    }

    /** A multiple compound field; each entry maps sub-field names to primitive values (nulls left out). */
    public static JsonObject compound(String typeName, List<Map<String, String>> entries) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Map<String, String> entry : entries) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            entry.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    object.add(name, name.endsWith("IdentifierScheme")
                            ? field(name, false, "controlledVocabulary", Json.createValue(value))
                            : primitive(name, value));
                }
            });
            array.add(object);
        }
        return field(typeName, true, "compound", array.build());
    }

    private static JsonObject field(String typeName, boolean multiple, String typeClass, JsonValue value) {
        return Json.createObjectBuilder()
                .add("typeName", typeName)
                .add("multiple", multiple)
                .add("typeClass", typeClass)
                .add("value", value)
                .build();
    }

    public static Optional<JsonObject> find(JsonArray fields, String typeName) {
        return fields.getValuesAs(JsonObject.class).stream()
                .filter(f -> typeName.equals(f.getString("typeName", null)))
                .findFirst();
    }

    /** A primitive field's text, or the first of a multiple one. */
    public static String text(JsonArray fields, String typeName) {
        return find(fields, typeName).map(f -> texts(f).stream().findFirst().orElse(null)).orElse(null);
    }

    public static List<String> texts(JsonArray fields, String typeName) {
        return find(fields, typeName).map(MetadataFields::texts).orElse(List.of());
    }

    /** The values of a primitive or vocabulary field, single or multiple. */
    public static List<String> texts(JsonObject field) {
        JsonValue value = field.get("value");
        List<String> result = new ArrayList<>();
        if (value instanceof JsonString string) {
            addIfPresent(result, string.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    addIfPresent(result, string.getString());
                }
            }
        }
        return result;
    }

    /** The entries of a compound field, each as sub-field name to text. */
    public static List<Map<String, String>> entries(JsonArray fields, String typeName) {
        List<Map<String, String>> result = new ArrayList<>();
        find(fields, typeName).ifPresent(field -> {
            JsonValue value = field.get("value");
            List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
            for (JsonValue item : items) {
                if (item instanceof JsonObject entry) {
                    Map<String, String> texts = new java.util.LinkedHashMap<>();
                    entry.forEach((name, sub) -> {
                        if (sub instanceof JsonObject subField) {
                            texts(subField).stream().findFirst().ifPresent(text -> texts.put(name, text));
                        }
                    });
                    result.add(texts);
                }
            }
        });
        return result;
    }

    private static void addIfPresent(List<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value.trim());
        }
    }
}
