package org.samling.metadata.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.json.Json;

/** Blocks and their fields in Dataverse's JSON (brief, or with every field), plus Samling's {@code isInternal}. */
final class BlockJson {

    private BlockJson() {
    }

    static JsonObject brief(BlockDefinition block, int id) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("displayName", block.displayName())
                .add("displayOnCreate", block.fields().values().stream().anyMatch(FieldDefinition::displayOnCreate))
                .add("name", block.name())
                .build();
    }

    /**
     * @param onlyOnCreate leave out fields that are neither shown on create nor required
     * @param internal     the fields internal where the block is used (none for the global listing's defaults)
     */
    static JsonObject full(BlockDefinition block, int id, MetadataBlocks blocks, Locale locale, boolean onlyOnCreate,
                           Set<String> internal) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (FieldDefinition field : block.topLevel()) {
            if (!onlyOnCreate || field.displayOnCreate() || field.required()) {
                fields.add(field.name(), field(block, field, blocks, locale, internal));
            }
        }
        return Json.createObjectBuilder()
                .add("id", id)
                .add("name", block.name())
                .add("displayName", blocks.displayName(block, locale))
                .add("displayOnCreate", block.fields().values().stream().anyMatch(FieldDefinition::displayOnCreate))
                .add("fields", fields)
                .build();
    }

    /** Every field of every block that search may facet on (Dataverse's {@code /datasetfields/facetables}). */
    static jakarta.json.JsonArray facetable(MetadataBlocks blocks, Locale locale) {
        var fields = Json.createArrayBuilder();
        for (BlockDefinition block : blocks.all()) {
            block.fields().values().stream().filter(field -> field.facetable() && !field.internalByDefault())
                    .forEach(field -> fields.add(field(block, field, blocks, locale, Set.of())));
        }
        return fields.build();
    }

    private static JsonObjectBuilder field(BlockDefinition block, FieldDefinition field, MetadataBlocks blocks,
                                           Locale locale, Set<String> internal) {
        String title = blocks.title(field, locale);
        String displayName = title;
        if (field.isChild()) {
            String parentTitle = blocks.title(block.field(field.parent()), locale);
            displayName = parentTitle.equals(title) ? title : parentTitle + " " + title;
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", field.name())
                .add("displayName", displayName)
                .add("displayOnCreate", field.displayOnCreate())
                .add("title", title)
                .add("type", field.type().dataverseName())
                .add("typeClass", field.typeClass())
                .add("watermark", blocks.watermark(field, locale))
                .add("description", blocks.description(field, locale))
                .add("multiple", field.multiple())
                .add("isControlledVocabulary", field.controlledVocabulary())
                .add("isAdvancedSearchFieldType", field.advancedSearch())
                .add("displayFormat", field.displayFormat() == null ? "" : field.displayFormat())
                .add("displayOrder", field.displayOrder())
                .add("isRequired", field.required())
                .add("isInternal", internal.contains(field.name()));
        if (field.controlledVocabulary()) {
            json.add("controlledVocabularyValues", Json.createArrayBuilder(
                    field.vocabulary().stream().map(v -> v.value()).toList()));
        }
        List<FieldDefinition> children = block.childrenOf(field);
        if (!children.isEmpty()) {
            JsonObjectBuilder childFields = Json.createObjectBuilder();
            children.forEach(child -> childFields.add(child.name(), field(block, child, blocks, locale, internal)));
            json.add("childFields", childFields);
        }
        return json;
    }
}
