package org.samling.metadata.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metadata block: a named set of typed fields ({@code citation}, {@code socialscience},
 * {@code geospatial}, {@code sensitive}), in the order its file gives them.
 */
public record BlockDefinition(String name, String displayName, String namespaceUri, Map<String, FieldDefinition> fields) {

    public BlockDefinition {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The fields a dataset gives directly (compound fields, not their parts), in display order. */
    public List<FieldDefinition> topLevel() {
        List<FieldDefinition> top = new ArrayList<>();
        fields.values().stream().filter(f -> !f.isChild()).forEach(top::add);
        top.sort(java.util.Comparator.comparingInt(FieldDefinition::displayOrder));
        return top;
    }

    public List<FieldDefinition> childrenOf(FieldDefinition compound) {
        return compound.children().stream().map(fields::get).toList();
    }

    public FieldDefinition field(String fieldName) {
        return fields.get(fieldName);
    }
}
