package org.samling.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** Dataverse dataset JSON for the tests: a dataset with blocks of its own, and the fields they hold. */
final class DatasetJson {

    private DatasetJson() {
    }

    /** The test dataset JSON with blocks added or replaced. */
    public static String dataset(String title, java.util.function.Consumer<JsonObjectBuilder> blocks) {
        JsonObject base = Json.createReader(new java.io.StringReader(Samling.datasetJson(title))).readObject();
        JsonObject version = base.getJsonObject("datasetVersion");
        JsonObjectBuilder all = Json.createObjectBuilder(version.getJsonObject("metadataBlocks"));
        blocks.accept(all);
        return Json.createObjectBuilder().add("datasetVersion", Json.createObjectBuilder(version)
                .add("metadataBlocks", all)).build().toString();
    }

    public static JsonObject citationWith(String title, JsonObject extra) {
        JsonObject base = Json.createReader(new java.io.StringReader(Samling.datasetJson(title))).readObject();
        JsonArray fields = base.getJsonObject("datasetVersion").getJsonObject("metadataBlocks").getJsonObject("citation")
                .getJsonArray("fields");
        JsonArrayBuilder kept = Json.createArrayBuilder();
        fields.getValuesAs(JsonObject.class).stream().filter(f -> !f.getString("typeName").equals(extra.getString("typeName")))
                .forEach(kept::add);
        return Json.createObjectBuilder().add("fields", kept.add(extra)).build();
    }

    public static JsonObject block(JsonObject... fields) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject field : fields) {
            list.add(field);
        }
        return Json.createObjectBuilder().add("fields", list).build();
    }

    public static JsonObject primitive(String name, String value) {
        return field(name, "primitive", false, Json.createValue(value));
    }

    public static JsonObject vocabulary(String name, boolean multiple, String... values) {
        JsonValue value = multiple ? Json.createArrayBuilder(List.of(values)).build() : Json.createValue(values[0]);
        return field(name, "controlledVocabulary", multiple, value);
    }

    public static JsonObject compound(String name, boolean multiple, JsonObject... parts) {
        JsonObjectBuilder entry = Json.createObjectBuilder();
        for (JsonObject part : parts) {
            entry.add(part.getString("typeName"), part);
        }
        JsonValue value = multiple ? Json.createArrayBuilder().add(entry).build() : entry.build();
        return field(name, "compound", multiple, value);
    }

    public static JsonObject part(String name, String typeClass, String value) {
        return field(name, typeClass, false, Json.createValue(value));
    }

    public static JsonObject field(String name, String typeClass, boolean multiple, JsonValue value) {
        return Json.createObjectBuilder().add("typeName", name).add("typeClass", typeClass).add("multiple", multiple)
                .add("value", value).build();
    }
}
