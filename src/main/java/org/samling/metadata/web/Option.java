package org.samling.metadata.web;

import java.io.Serializable;

/** One value a controlled vocabulary allows: stored in English, shown in the reader's language. */
public record Option(String value, String label) implements Serializable {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
