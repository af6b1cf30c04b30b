package org.samling.metadata.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.error.ValidationException.Violation;

/**
 * The rules a version's metadata blocks must meet, from the block files: known blocks enabled on
 * the collection, known fields of their block, the right shape (primitive, vocabulary, compound;
 * one value or many), values of the field's type, vocabulary values from the vocabulary, and the
 * required fields and parts. Each broken rule names its field.
 */
public final class MetadataValidation {

    private MetadataValidation() {
    }

    /** @param metadataBlocks {@code {"citation": {"fields": [...]}, ...}} */
    public static List<Violation> check(JsonObject metadataBlocks, Collection<BlockDefinition> enabled,
                                        MetadataBlocks known) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : metadataBlocks.entrySet()) {
            String name = entry.getKey();
            BlockDefinition block = known.block(name).orElse(null);
            if (block == null) {
                violations.add(new Violation(name, "validation.unknownBlock", name));
                continue;
            }
            if (enabled.stream().noneMatch(b -> b.name().equals(name))) {
                violations.add(new Violation(name, "validation.blockNotEnabled", name));
                continue;
            }
            JsonArray fields = entry.getValue() instanceof JsonObject o && o.get("fields") instanceof JsonArray a ? a
                    : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonValue value : fields) {
                if (value instanceof JsonObject field) {
                    checkField(block, field, violations);
                }
            }
        }
        for (BlockDefinition block : enabled) {
            JsonArray fields = blockFields(metadataBlocks, block.name());
            for (FieldDefinition required : block.topLevel()) {
                if (required.required() && fields.getValuesAs(JsonObject.class).stream()
                        .noneMatch(f -> required.name().equals(f.getString("typeName", null)) && hasValue(f))) {
                    violations.add(new Violation(required.name(), "validation.fieldRequired", required.name()));
                }
            }
        }
        return violations;
    }

    private static void checkField(BlockDefinition block, JsonObject field, List<Violation> violations) {
        String typeName = field.getString("typeName", "");
        FieldDefinition definition = block.field(typeName);
        if (definition == null || definition.isChild()) {
            violations.add(new Violation(typeName, "validation.unknownField", typeName, block.name()));
            return;
        }
        JsonValue value = field.get("value");
        String typeClass = field.getString("typeClass", definition.typeClass());
        if (!typeClass.equals(definition.typeClass())) {
            violations.add(new Violation(typeName, "validation.wrongTypeClass", typeName, definition.typeClass()));
            return;
        }
        List<JsonValue> values;
        if (definition.multiple()) {
            if (!(value instanceof JsonArray array)) {
                violations.add(new Violation(typeName, "validation.expectsList", typeName));
                return;
            }
            values = array;
        } else {
            if (value instanceof JsonArray) {
                violations.add(new Violation(typeName, "validation.expectsOne", typeName));
                return;
            }
            values = value == null ? List.of() : List.of(value);
        }
        for (JsonValue one : values) {
            if (definition.isCompound()) {
                checkCompound(block, definition, one, violations);
            } else {
                checkPrimitive(definition, one, violations);
            }
        }
    }

    private static void checkCompound(BlockDefinition block, FieldDefinition compound, JsonValue value,
                                      List<Violation> violations) {
        if (!(value instanceof JsonObject entry)) {
            violations.add(new Violation(compound.name(), "validation.expectsParts", compound.name()));
            return;
        }
        for (Map.Entry<String, JsonValue> part : entry.entrySet()) {
            FieldDefinition child = block.field(part.getKey());
            if (child == null || !compound.name().equals(child.parent())) {
                violations.add(new Violation(compound.name(), "validation.unknownPart", part.getKey(), compound.name()));
                continue;
            }
            if (!(part.getValue() instanceof JsonObject sub)) {
                violations.add(new Violation(child.name(), "validation.expectsParts", child.name()));
                continue;
            }
            JsonValue subValue = sub.get("value");
            if (child.multiple() && subValue instanceof JsonArray array) {
                array.forEach(v -> checkPrimitive(child, v, violations));
            } else {
                checkPrimitive(child, subValue, violations);
            }
        }
        for (String childName : compound.children()) {
            FieldDefinition child = block.field(childName);
            if (child.required() && !(entry.get(childName) instanceof JsonObject sub && hasValue(sub))) {
                violations.add(new Violation(childName, "validation.partRequired", childName, compound.name()));
            }
        }
    }

    private static void checkPrimitive(FieldDefinition field, JsonValue value, List<Violation> violations) {
        if (!(value instanceof JsonString string)) {
            violations.add(new Violation(field.name(), "validation.expectsText", field.name()));
            return;
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            return;
        }
        if (field.controlledVocabulary() && !field.allows(text)) {
            violations.add(new Violation(field.name(), "validation.notInVocabulary", text, field.name()));
            return;
        }
        String problem = FieldValues.problem(field.type(), text);
        if (problem != null) {
            violations.add(new Violation(field.name(), problem, text, field.name()));
        }
    }

    static boolean hasValue(JsonObject field) {
        JsonValue value = field.get("value");
        if (value instanceof JsonString string) {
            return !string.getString().isBlank();
        }
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(v -> v instanceof JsonString s ? !s.getString().isBlank()
                    : v instanceof JsonObject o && !o.isEmpty());
        }
        return value instanceof JsonObject object && !object.isEmpty();
    }

    static JsonArray blockFields(JsonObject metadataBlocks, String block) {
        return metadataBlocks.get(block) instanceof JsonObject o && o.get("fields") instanceof JsonArray a ? a
                : JsonValue.EMPTY_JSON_ARRAY;
    }
}
