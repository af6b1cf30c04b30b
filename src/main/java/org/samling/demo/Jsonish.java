package org.samling.demo;

import org.samling.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** Small JSON builders the study reader needs beside {@code MetadataFields}. */
final class Jsonish {

    private Jsonish() {
    }

    static JsonArray array(List<? extends JsonValue> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    static JsonArray concat(JsonArray first, JsonArray second) {
        JsonArrayBuilder array = Json.createArrayBuilder(first);
        second.forEach(array::add);
        return array.build();
    }

    static JsonObject multiplePrimitive(String typeName, List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return Json.createObjectBuilder()
                .add("typeName", typeName)
                .add("multiple", true)
                .add("typeClass", "primitive")
                .add("value", array)
                .build();
    }
}
