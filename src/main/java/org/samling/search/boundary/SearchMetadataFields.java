package org.samling.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.search.control.Hit;

/**
 * The Search API's {@code metadata_fields}: {@code citation:author} or {@code citation:*} puts those
 * fields of each dataset hit under {@code metadataBlocks}, from the version the hit is, read as the
 * caller may see it (so no curator-only field reaches anyone else).
 */
@ApplicationScoped
public class SearchMetadataFields {

    @Inject
    DatasetReader reader;

    @Inject
    Datasets datasets;

    @Inject
    MetadataBlocks blocks;

    /** Block name to the field names asked for (an empty set for every field of the block). */
    public record Wanted(Map<String, Set<String>> fields) {
        public boolean isEmpty() {
            return fields.isEmpty();
        }
    }

    public static Wanted parse(List<String> specs) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (String spec : specs) {
            for (String one : spec.split(",")) {
                String[] parts = one.trim().split(":", -1);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw SamlingException.badRequest("error.searchMetadataFieldBad", one);
                }
                Set<String> fields = wanted.computeIfAbsent(parts[0].trim(), block -> new LinkedHashSet<>());
                if (parts[1].trim().equals("*")) {
                    fields.clear();
                    fields.add("*");
                } else if (!fields.contains("*")) {
                    fields.add(parts[1].trim());
                }
            }
        }
        return new Wanted(wanted);
    }

    /** The hit's asked-for fields in Dataverse's shape, or empty for a hit that is not a dataset. */
    public Optional<JsonObject> of(RequestContext caller, Hit hit, Wanted wanted) {
        if (!hit.isDataset() || wanted.isEmpty()) {
            return Optional.empty();
        }
        JsonObject stored;
        try {
            stored = reader.open(caller, datasets.require(hit.datasetId()),
                    hit.isDraft() ? ":draft" : ":latest-published").metadata().blocks();
        } catch (SamlingException gone) { // withdrawn or deleted since the search was answered
            return Optional.empty();
        }
        JsonObjectBuilder shown = Json.createObjectBuilder();
        wanted.fields().forEach((blockName, fieldNames) -> {
            JsonValue block = stored.get(blockName);
            if (!(block instanceof JsonObject object) || !object.containsKey("fields")) {
                return;
            }
            var fields = Json.createArrayBuilder();
            object.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                    .filter(field -> fieldNames.contains("*") || fieldNames.contains(field.getString("typeName", "")))
                    .forEach(fields::add);
            String displayName = blocks.block(blockName).map(b -> blocks.displayName(b, Locale.ENGLISH)).orElse(blockName);
            shown.add(blockName, Json.createObjectBuilder().add("displayName", displayName).add("fields", fields));
        });
        return Optional.of(shown.build());
    }
}
