package org.samling.metadata.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.metadata.entity.FieldType;
import org.samling.metadata.entity.VocabularyValue;

/**
 * Reads a metadata block in Dataverse's TSV form: a {@code #metadataBlock} section, a
 * {@code #datasetField} section and a {@code #controlledVocabulary} section, each a header line of
 * column names and rows that start with an empty column. Columns are found by name, so a file
 * from Dataverse (without Samling's {@code internal} column) reads as well.
 */
public final class BlockFile {

    private BlockFile() {
    }

    public static BlockDefinition read(Reader source) throws IOException {
        String section = null;
        Map<String, Integer> columns = Map.of();
        String name = null;
        String displayName = null;
        String uri = null;
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        Map<String, List<VocabularyValue>> vocabularies = new HashMap<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].startsWith("#")) {
                section = cells[0].substring(1).strip();
                columns = new HashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    columns.put(cells[i].strip(), i);
                }
                continue;
            }
            Row row = new Row(cells, columns, number);
            switch (section == null ? "" : section) {
                case "metadataBlock" -> {
                    name = row.text("name");
                    displayName = row.text("displayName");
                    uri = row.optional("blockURI");
                }
                case "datasetField" -> {
                    FieldDefinition field = new FieldDefinition(row.text("name"), row.text("metadatablock_id"),
                            row.optional("parent"), FieldType.of(row.text("fieldType")), row.number("displayOrder"),
                            row.optional("displayFormat"), row.flag("advancedSearchField"),
                            row.flag("allowControlledVocabulary"), row.flag("allowmultiples"), row.flag("facetable"),
                            row.flag("displayoncreate"), row.flag("required"), row.optional("termURI"),
                            row.flag("internal"), List.of(), List.of());
                    if (fields.put(field.name(), field) != null) {
                        throw new IOException("line " + number + ": field '" + field.name() + "' is defined twice");
                    }
                }
                case "controlledVocabulary" -> {
                    List<String> alternates = new ArrayList<>();
                    Integer first = columns.get("displayOrder");
                    for (int i = first == null ? cells.length : first + 1; i < cells.length; i++) {
                        if (!cells[i].isBlank()) {
                            alternates.add(cells[i].strip());
                        }
                    }
                    vocabularies.computeIfAbsent(row.text("DatasetField"), f -> new ArrayList<>()).add(
                            new VocabularyValue(row.text("Value"), row.optional("identifier"), row.number("displayOrder"),
                                    alternates));
                }
                default -> throw new IOException("line " + number + ": a row outside any section");
            }
        }
        if (name == null) {
            throw new IOException("no #metadataBlock section");
        }
        return link(new BlockDefinition(name, displayName, uri, fields), vocabularies);
    }

    /** Gives compound fields their parts and vocabulary fields their values, checking both exist. */
    private static BlockDefinition link(BlockDefinition block, Map<String, List<VocabularyValue>> vocabularies)
            throws IOException {
        Map<String, FieldDefinition> linked = new LinkedHashMap<>();
        for (FieldDefinition field : block.fields().values()) {
            if (field.parent() != null && block.field(field.parent()) == null) {
                throw new IOException("field '" + field.name() + "' names a parent that is not in the block: "
                        + field.parent());
            }
            List<String> children = block.fields().values().stream().filter(f -> field.name().equals(f.parent()))
                    .sorted(java.util.Comparator.comparingInt(FieldDefinition::displayOrder))
                    .map(FieldDefinition::name).toList();
            List<VocabularyValue> values = vocabularies.getOrDefault(field.name(), List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(VocabularyValue::displayOrder)).toList();
            linked.put(field.name(), field.withChildren(children).withVocabulary(values));
        }
        for (String vocabulary : vocabularies.keySet()) {
            FieldDefinition field = linked.get(vocabulary);
            if (field == null || !field.controlledVocabulary()) {
                throw new IOException("vocabulary values for '" + vocabulary + "', which is no vocabulary field of "
                        + block.name());
            }
        }
        return new BlockDefinition(block.name(), block.displayName(), block.namespaceUri(), linked);
    }

    private record Row(String[] cells, Map<String, Integer> columns, int line) {

        String optional(String column) {
            Integer at = columns.get(column);
            if (at == null || at >= cells.length) {
                return null;
            }
            String value = cells[at].strip();
            return value.isEmpty() ? null : value;
        }

        String text(String column) throws IOException {
            String value = optional(column);
            if (value == null) {
                throw new IOException("line " + line + ": no " + column);
            }
            return value;
        }

        int number(String column) throws IOException {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException e) {
                throw new IOException("line " + line + ": " + column + " is not a number");
            }
        }

        boolean flag(String column) {
            return "TRUE".equals(String.valueOf(optional(column)).toUpperCase(Locale.ROOT));
        }
    }
}
