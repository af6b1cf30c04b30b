package org.samling.metadata.entity;

import java.util.List;

/** A value a controlled vocabulary allows, with its identifier and other spellings it accepts. */
public record VocabularyValue(String value, String identifier, int displayOrder, List<String> alternates) {

    public VocabularyValue {
        alternates = List.copyOf(alternates);
    }
}
