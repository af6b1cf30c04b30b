package org.samling.dataset.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;

/** Fields sent to {@code editMetadata} put into the blocks they belong to, in place of the fields of the same name. */
final class MetadataEdits {

    private MetadataEdits() {
    }

    static DatasetMetadata apply(DatasetMetadata current, List<JsonObject> fields, boolean replace, MetadataBlocks blocks) {
        Map<String, Map<String, JsonObject>> byBlock = new LinkedHashMap<>();
        current.blocks().forEach((block, value) -> {
            Map<String, JsonObject> named = new LinkedHashMap<>();
            DatasetMetadata.fieldsOf(current.blocks(), block).getValuesAs(JsonObject.class)
                    .forEach(f -> named.put(f.getString("typeName", ""), f));
            byBlock.put(block, named);
        });
        for (JsonObject field : fields) {
            String name = field.getString("typeName", null);
            if (name == null || !field.containsKey("value")) {
                throw SamlingException.badRequest("error.editMetadataFields");
            }
            String block = blocks.field(name).map(f -> f.block())
                    .orElseThrow(() -> SamlingException.badRequest("error.unknownFieldName", name));
            Map<String, JsonObject> named = byBlock.computeIfAbsent(block, b -> new LinkedHashMap<>());
            if (!replace && named.containsKey(name)) {
                throw SamlingException.badRequest("error.editMetadataHasValue", name);
            }
            named.put(name, field);
        }
        JsonObjectBuilder all = Json.createObjectBuilder();
        byBlock.forEach((block, named) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            named.values().forEach(list::add);
            all.add(block, Json.createObjectBuilder().add("fields", list));
        });
        JsonObject edited = all.build();
        return DatasetMetadata.fromBlocks(edited, current.license()).withTerms(current.terms());
    }
}
