package org.samling.metadata.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of a field on the form: a text, the values chosen from a short vocabulary, or the
 * parts of a compound field (one text per part).
 */
public class FieldValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private List<String> chosen = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    /** One part of a compound value. */
    public static class Part implements Serializable {

        private static final long serialVersionUID = 1L;

        private final FieldEntry field;
        private String text;

        Part(FieldEntry field, String text) {
            this.field = field;
            this.text = text;
        }

        public FieldEntry getField() {
            return field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static FieldValue text(String text) {
        FieldValue value = new FieldValue();
        value.text = text;
        return value;
    }

    static FieldValue chosen(List<String> values) {
        FieldValue value = new FieldValue();
        value.chosen = new ArrayList<>(values);
        return value;
    }

    static FieldValue compound(List<FieldEntry> children, java.util.Map<String, String> texts) {
        FieldValue value = new FieldValue();
        children.forEach(child -> value.parts.add(new Part(child, texts.get(child.getName()))));
        return value;
    }

    boolean isBlank() {
        return blank(text) && chosen.isEmpty() && parts.stream().allMatch(p -> blank(p.text));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public List<Part> getParts() {
        return parts;
    }
}
