package org.samling.metadata.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One field of a block on the form: how it is labelled and asked for, and the values typed so
 * far (kept across failed saves). A compound field's parts are entries too.
 */
public class FieldEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String typeClass;
    private final String label;
    private final String help;
    private final String watermark;
    private final Widget widget;
    private final boolean required;
    private final boolean multiple;
    private final boolean internal;
    private final List<Option> options;
    private final List<FieldEntry> children;
    private final List<FieldValue> values = new ArrayList<>();
    private String error;

    FieldEntry(String name, String typeClass, String label, String help, String watermark, Widget widget,
               boolean required, boolean multiple, boolean internal, List<Option> options, List<FieldEntry> children) {
        this.name = name;
        this.typeClass = typeClass;
        this.label = label;
        this.help = help;
        this.watermark = watermark;
        this.widget = widget;
        this.required = required;
        this.multiple = multiple;
        this.internal = internal;
        this.options = List.copyOf(options);
        this.children = List.copyOf(children);
    }

    /** Adds an empty value to fill in (repeatable fields). */
    public void add() {
        values.add(empty());
    }

    public void remove(FieldValue value) {
        values.remove(value);
        if (values.isEmpty()) {
            values.add(empty());
        }
    }

    FieldValue empty() {
        return switch (widget) {
            case COMPOUND -> FieldValue.compound(children, Map.of());
            case CHECKS -> FieldValue.chosen(List.of());
            default -> FieldValue.text(null);
        };
    }

    void fill(List<FieldValue> filled) {
        values.clear();
        values.addAll(filled);
        if (values.isEmpty()) {
            values.add(empty());
        }
    }

    boolean hasValue() {
        return values.stream().anyMatch(v -> !v.isBlank());
    }

    public String getName() {
        return name;
    }

    public String getTypeClass() {
        return typeClass;
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public String getWatermark() {
        return watermark;
    }

    public Widget getWidget() {
        return widget;
    }

    public String getWidgetName() {
        return widget.name();
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isMultiple() {
        return multiple;
    }

    /** Many values, each on a row of its own that can be added and removed. */
    public boolean isRepeatable() {
        return multiple && widget != Widget.CHECKS;
    }

    public boolean isInternal() {
        return internal;
    }

    public List<Option> getOptions() {
        return options;
    }

    public List<FieldEntry> getChildren() {
        return children;
    }

    public List<FieldValue> getValues() {
        return values;
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
