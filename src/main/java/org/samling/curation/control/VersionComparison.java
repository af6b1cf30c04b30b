package org.samling.curation.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samling.file.control.FileRow;

/**
 * What changed in metadata from one version to another: fields added, changed and removed per
 * block, each field as one line of text; and how one file's metadata changed. The files that
 * differ are found by {@link org.samling.file.control.VersionFileDiff}.
 */
public final class VersionComparison {

    public enum Change { ADDED, CHANGED, REMOVED }

    public record FieldChange(String field, Change change, String oldValue, String newValue) {
    }

    public record BlockChanges(String block, List<FieldChange> fields) {
    }

    private VersionComparison() {
    }

    public static List<BlockChanges> metadata(JsonObject oldBlocks, JsonObject newBlocks) {
        List<String> blocks = new ArrayList<>(oldBlocks.keySet());
        newBlocks.keySet().stream().filter(b -> !blocks.contains(b)).forEach(blocks::add);
        List<BlockChanges> changes = new ArrayList<>();
        for (String block : blocks) {
            Map<String, String> before = values(oldBlocks, block);
            Map<String, String> after = values(newBlocks, block);
            List<FieldChange> fields = new ArrayList<>();
            before.forEach((field, value) -> {
                if (!after.containsKey(field)) {
                    fields.add(new FieldChange(field, Change.REMOVED, value, ""));
                } else if (!after.get(field).equals(value)) {
                    fields.add(new FieldChange(field, Change.CHANGED, value, after.get(field)));
                }
            });
            after.forEach((field, value) -> {
                if (!before.containsKey(field)) {
                    fields.add(new FieldChange(field, Change.ADDED, "", value));
                }
            });
            if (!fields.isEmpty()) {
                changes.add(new BlockChanges(block, fields));
            }
        }
        return changes;
    }

    /** Each field of a block as one line of text: values joined with "; ". */
    static Map<String, String> values(JsonObject blocks, String block) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonArray fields = blocks.get(block) instanceof JsonObject o && o.get("fields") instanceof JsonArray a ? a
                : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
            List<String> texts = new ArrayList<>();
            collect(field.get("value"), texts);
            if (!texts.isEmpty()) {
                values.put(field.getString("typeName", ""), String.join("; ", texts));
            }
        }
        return values;
    }

    private static void collect(JsonValue value, List<String> texts) {
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            texts.add(string.getString().strip());
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, texts));
        } else if (value instanceof JsonObject entry) {
            entry.values().forEach(part -> collect(part instanceof JsonObject sub ? sub.get("value") : part, texts));
        }
    }

    /** How a file's metadata differs between two versions (the same bytes on both sides). */
    public static List<FieldChange> fileFields(FileRow old, FileRow file) {
        List<FieldChange> fields = new ArrayList<>();
        compare("label", old.label(), file.label(), fields);
        compare("directoryLabel", old.directoryLabel(), file.directoryLabel(), fields);
        compare("description", old.description(), file.description(), fields);
        compare("category", old.category(), file.category(), fields);
        compare("access", old.access().name(), file.access().name(), fields);
        compare("language", old.language(), file.language(), fields);
        compare("embargoUntil", old.embargoUntil() == null ? null : old.embargoUntil().toString(),
                file.embargoUntil() == null ? null : file.embargoUntil().toString(), fields);
        compare("termsOfAccess", old.termsOfAccess(), file.termsOfAccess(), fields);
        return fields;
    }

    private static void compare(String field, String before, String after, List<FieldChange> changes) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (!a.equals(b)) {
            changes.add(new FieldChange(field, a.isEmpty() ? Change.ADDED : b.isEmpty() ? Change.REMOVED : Change.CHANGED,
                    a, b));
        }
    }

}
