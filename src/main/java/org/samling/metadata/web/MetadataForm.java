package org.samling.metadata.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.error.ValidationException.Violation;
import org.samling.platform.i18n.Messages;
import org.samling.platform.json.Json;

/**
 * The create and edit form for the blocks a collection enables: built from the block
 * definitions and a version's stored values, and turned back into Dataverse's block JSON.
 * Blocks the form does not show (no longer enabled) are carried over untouched.
 */
public class MetadataForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<BlockSection> sections;

    private MetadataForm(List<BlockSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * @param stored   {@code {"citation": {"fields": [...]}, ...}}, empty for a new dataset
     * @param internal the fields curator-only in the dataset's collection, marked on the form
     */
    public static MetadataForm of(List<BlockDefinition> enabled, JsonObject stored, Set<String> internal,
                                  MetadataBlocks labels, Locale locale) {
        List<BlockSection> sections = new ArrayList<>();
        for (BlockDefinition block : enabled) {
            Map<String, JsonObject> values = new LinkedHashMap<>();
            if (stored.get(block.name()) instanceof JsonObject content && content.get("fields") instanceof JsonArray fields) {
                fields.getValuesAs(JsonObject.class).forEach(f -> values.put(f.getString("typeName", ""), f));
            }
            List<FieldEntry> entries = new ArrayList<>();
            for (FieldDefinition field : block.topLevel()) {
                List<FieldEntry> children = block.childrenOf(field).stream()
                        .map(child -> entry(child, List.of(), internal, labels, locale)).toList();
                FieldEntry entry = entry(field, children, internal, labels, locale);
                entry.fill(read(entry, values.get(field.name())));
                entries.add(entry);
            }
            boolean open = block.name().equals("citation") || entries.stream().anyMatch(FieldEntry::hasValue);
            sections.add(new BlockSection(block.name(), labels.displayName(block, locale), entries, open));
        }
        return new MetadataForm(sections);
    }

    private static FieldEntry entry(FieldDefinition field, List<FieldEntry> children, Set<String> internal,
                                    MetadataBlocks labels, Locale locale) {
        List<Option> options = field.vocabulary().stream()
                .map(v -> new Option(v.value(), labels.valueLabel(field, v.value(), locale))).toList();
        return new FieldEntry(field.name(), field.typeClass(), labels.title(field, locale),
                labels.description(field, locale), labels.watermark(field, locale), widget(field), field.required(),
                field.multiple() && !field.isChild(), internal.contains(field.name()), options, children);
    }

    static Widget widget(FieldDefinition field) {
        if (field.isCompound()) {
            return Widget.COMPOUND;
        }
        if (field.controlledVocabulary()) {
            if (field.vocabulary().size() > Widget.LISTED) {
                return Widget.SUGGEST;
            }
            return field.multiple() && !field.isChild() ? Widget.CHECKS : Widget.SELECT;
        }
        return switch (field.type()) {
            case TEXTBOX -> Widget.AREA;
            case DATE -> Widget.DATE;
            case INT, FLOAT, YEAR -> Widget.NUMBER;
            case URL -> Widget.URL;
            case EMAIL -> Widget.EMAIL;
            default -> Widget.LINE;
        };
    }

    private static List<FieldValue> read(FieldEntry entry, JsonObject stored) {
        if (stored == null) {
            return List.of();
        }
        JsonValue value = stored.get("value");
        List<JsonValue> items = value instanceof JsonArray array ? array : value == null ? List.of() : List.of(value);
        if (entry.getWidget() == Widget.CHECKS) {
            return List.of(FieldValue.chosen(items.stream().map(MetadataForm::text).filter(t -> !t.isEmpty()).toList()));
        }
        List<FieldValue> values = new ArrayList<>();
        for (JsonValue item : items) {
            if (entry.getWidget() == Widget.COMPOUND && item instanceof JsonObject parts) {
                Map<String, String> texts = new LinkedHashMap<>();
                parts.forEach((child, part) -> texts.put(child,
                        part instanceof JsonObject p ? text(p.get("value")) : text(part)));
                values.add(FieldValue.compound(entry.getChildren(), texts));
            } else if (entry.getWidget() != Widget.COMPOUND) {
                values.add(FieldValue.text(text(item)));
            }
        }
        return values;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonArray array) {
            return String.join("; ", array.stream().map(MetadataForm::text).toList());
        }
        return value == null || value == JsonValue.NULL ? "" : value.toString();
    }

    /** The blocks as typed, over the stored ones: shown blocks replaced, others kept. */
    public JsonObject blocks(JsonObject previous) {
        JsonObjectBuilder blocks = Json.createObjectBuilder();
        previous.forEach((name, block) -> {
            if (sections.stream().noneMatch(s -> s.getName().equals(name))) {
                blocks.add(name, block);
            }
        });
        for (BlockSection section : sections) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            int count = 0;
            for (FieldEntry entry : section.getFields()) {
                JsonValue value = value(entry);
                if (value != null) {
                    fields.add(Json.createObjectBuilder().add("typeName", entry.getName())
                            .add("multiple", entry.isMultiple()).add("typeClass", entry.getTypeClass()).add("value", value));
                    count++;
                }
            }
            if (count > 0) {
                blocks.add(section.getName(), Json.createObjectBuilder().add("fields", fields));
            }
        }
        return blocks.build();
    }

    private static JsonValue value(FieldEntry entry) {
        List<JsonValue> values = new ArrayList<>();
        for (FieldValue value : entry.getValues()) {
            if (entry.getWidget() == Widget.CHECKS) {
                value.getChosen().forEach(chosen -> values.add(Json.createValue(chosen)));
            } else if (entry.getWidget() == Widget.COMPOUND) {
                JsonObjectBuilder parts = Json.createObjectBuilder();
                int filled = 0;
                for (FieldValue.Part part : value.getParts()) {
                    if (!FieldValue.blank(part.getText())) {
                        parts.add(part.getField().getName(), Json.createObjectBuilder()
                                .add("typeName", part.getField().getName()).add("multiple", false)
                                .add("typeClass", part.getField().getTypeClass()).add("value", part.getText().strip()));
                        filled++;
                    }
                }
                if (filled > 0) {
                    values.add(parts.build());
                }
            } else if (!FieldValue.blank(value.getText())) {
                values.add(Json.createValue(value.getText().strip()));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        if (entry.isMultiple()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            return array.build();
        }
        return values.get(0);
    }

    /**
     * Puts each broken rule next to its field (a part's rule next to its compound field) and
     * opens the sections that hold them; the rules about no field come back to be shown at the top.
     */
    public List<String> showErrors(List<Violation> violations, Locale locale, MetadataBlocks labels) {
        sections.forEach(s -> s.getFields().forEach(f -> f.setError(null)));
        List<String> general = new ArrayList<>();
        for (Violation violation : violations) {
            Object[] arguments = violation.arguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                String name = String.valueOf(arguments[i]);
                arguments[i] = labels.field(name).map(f -> labels.title(f, locale)).orElse(name);
            }
            String text = Messages.get(locale, violation.messageKey(), arguments);
            FieldEntry entry = find(violation.field());
            if (entry == null) {
                general.add(text);
            } else {
                entry.setError(entry.getError() == null ? text : entry.getError() + " " + text);
            }
        }
        return general;
    }

    private FieldEntry find(String field) {
        for (BlockSection section : sections) {
            for (FieldEntry entry : section.getFields()) {
                if (entry.getName().equals(field) || entry.getChildren().stream().anyMatch(c -> c.getName().equals(field))) {
                    section.open();
                    return entry;
                }
            }
        }
        return null;
    }

    public List<BlockSection> getSections() {
        return sections;
    }

    /** The first value of a top-level field as typed (the title, for the page heading). */
    public String first(String field) {
        return sections.stream().flatMap(s -> s.getFields().stream()).filter(f -> f.getName().equals(field))
                .flatMap(f -> f.getValues().stream()).map(FieldValue::getText).filter(t -> !FieldValue.blank(t))
                .findFirst().orElse(null);
    }
}
