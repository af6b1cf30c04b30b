package org.samling.metadata.entity;

import java.util.List;

/**
 * One field of a metadata block, as its block file defines it (Dataverse's TSV columns, plus
 * Samling's {@code internal}: shown only to those who may edit or curate, unless a collection
 * says otherwise).
 *
 * @param parent     the compound field this one is part of, or null
 * @param children   the parts of a compound field, in display order
 * @param vocabulary the values a controlled vocabulary allows, in display order
 */
public record FieldDefinition(String name, String block, String parent, FieldType type, int displayOrder,
                              String displayFormat, boolean advancedSearch, boolean controlledVocabulary,
                              boolean multiple, boolean facetable, boolean displayOnCreate, boolean required,
                              String termUri, boolean internalByDefault, List<String> children,
                              List<VocabularyValue> vocabulary) {

    public FieldDefinition {
        children = List.copyOf(children);
        vocabulary = List.copyOf(vocabulary);
    }

    public boolean isCompound() {
        return type == FieldType.NONE;
    }

    public boolean isChild() {
        return parent != null;
    }

    /** Dataverse's typeClass: compound, controlledVocabulary or primitive. */
    public String typeClass() {
        return isCompound() ? "compound" : controlledVocabulary ? "controlledVocabulary" : "primitive";
    }

    public boolean allows(String value) {
        return vocabulary.stream().anyMatch(v -> v.value().equals(value) || v.alternates().contains(value));
    }

    /** The vocabulary's own spelling of a value given as one of its alternates. */
    public String canonical(String value) {
        return vocabulary.stream().filter(v -> v.value().equals(value) || v.alternates().contains(value))
                .map(VocabularyValue::value).findFirst().orElse(value);
    }

    public FieldDefinition withChildren(List<String> names) {
        return new FieldDefinition(name, block, parent, type, displayOrder, displayFormat, advancedSearch,
                controlledVocabulary, multiple, facetable, displayOnCreate, required, termUri, internalByDefault, names,
                vocabulary);
    }

    public FieldDefinition withVocabulary(List<VocabularyValue> values) {
        return new FieldDefinition(name, block, parent, type, displayOrder, displayFormat, advancedSearch,
                controlledVocabulary, multiple, facetable, displayOnCreate, required, termUri, internalByDefault, children,
                values);
    }
}
