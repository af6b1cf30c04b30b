package org.samling.metadata.entity;

import java.util.Locale;

/**
 * What a metadata field holds: Dataverse's field types ({@code none} is a compound field's parent),
 * and two of Samling's own, {@code year} and {@code orcid}.
 */
public enum FieldType {
    NONE, TEXT, TEXTBOX, DATE, YEAR, INT, FLOAT, URL, EMAIL, ORCID;

    public static FieldType of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field type '" + name + "'");
        }
    }

    /** As Dataverse names it in its JSON ({@code "type": "TEXT"}). */
    public String dataverseName() {
        return name();
    }
}
