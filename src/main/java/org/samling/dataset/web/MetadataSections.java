package org.samling.dataset.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.samling.metadata.control.MetadataBlocks;

/** Turns stored metadata blocks into labelled rows for the dataset page. */
public final class MetadataSections {

    /** Records with getters too: pages read them as properties, which the expression language caches. */
    public record Row(String label, List<String> values) {

        public String getLabel() {
            return label;
        }

        public List<String> getValues() {
            return values;
        }
    }

    public record Section(String title, List<Row> rows) {

        public String getTitle() {
            return title;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    private MetadataSections() {
    }

    /** Each block with values, labelled as the block files say in the reader's language. */
    static List<Section> of(JsonObject blocks, Locale locale, MetadataBlocks registry) {
        List<Section> sections = new ArrayList<>();
        blocks.forEach((name, block) -> {
            if (block instanceof JsonObject object && object.get("fields") instanceof JsonArray fields) {
                List<Row> rows = new ArrayList<>();
                for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
                    String typeName = field.getString("typeName", "");
                    if (typeName.equals("title")) {
                        continue;
                    }
                    List<String> values = values(field.get("value"), typeName, locale, registry);
                    if (!values.isEmpty()) {
                        rows.add(new Row(registry.field(typeName).map(f -> registry.title(f, locale))
                                .orElse(readable(typeName)), values));
                    }
                }
                if (!rows.isEmpty()) {
                    sections.add(new Section(registry.block(name).map(b -> registry.displayName(b, locale))
                            .orElse(readable(name)), rows));
                }
            }
        });
        return sections;
    }

    private static List<String> values(JsonValue value, String typeName, Locale locale, MetadataBlocks registry) {
        List<String> result = new ArrayList<>();
        if (value instanceof JsonString string) {
            result.add(registry.field(typeName).filter(f -> f.controlledVocabulary())
                    .map(f -> registry.valueLabel(f, string.getString(), locale)).orElse(string.getString()));
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> result.addAll(values(item, typeName, locale, registry)));
        } else if (value instanceof JsonObject compound) {
            String joined = compound.entrySet().stream()
                    .filter(e -> e.getValue() instanceof JsonObject)
                    .map(e -> String.join(", ", values(e.getValue().asJsonObject().get("value"), e.getKey(), locale,
                            registry)))
                    .filter(s -> !s.isBlank())
                    .collect(Collectors.joining(" · "));
            if (!joined.isBlank()) {
                result.add(joined);
            }
        }
        return result;
    }

    /** "timePeriodCovered" reads "Time period covered". */
    static String readable(String typeName) {
        String spaced = typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
