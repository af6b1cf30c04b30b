package org.samling.metadata.web;

import java.io.Serializable;
import java.util.List;

/** One block on the form: a section that folds, open when it holds values or errors. */
public class BlockSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String label;
    private final List<FieldEntry> fields;
    private boolean open;

    BlockSection(String name, String label, List<FieldEntry> fields, boolean open) {
        this.name = name;
        this.label = label;
        this.fields = List.copyOf(fields);
        this.open = open;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public List<FieldEntry> getFields() {
        return fields;
    }

    /** Open when opened, or when it holds a value or a problem (so a re-rendered form hides nothing typed). */
    public boolean isOpen() {
        return open || fields.stream().anyMatch(f -> f.hasValue() || f.getError() != null);
    }

    void open() {
        this.open = true;
    }

    public long getErrorCount() {
        return fields.stream().filter(f -> f.getError() != null).count();
    }
}
