package org.samling.dataset.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.platform.json.Json;

/**
 * What an anonymised review link hides: the authors' names and affiliations, contacts and
 * other people's names in the metadata, and the fields the depositor chose.
 */
public final class Anonymiser {

    public static final String HIDDEN = "[hidden for review]";
    /** Fields that name people or their institutions. */
    static final Set<String> ALWAYS = Set.of("author", "datasetContact", "contributor", "producer", "distributor",
            "depositor", "grantNumber", "otherId");

    private Anonymiser() {
    }

    public static DatasetMetadata hide(DatasetMetadata metadata, List<String> chosenFields) {
        CitationMetadata citation = metadata.citation();
        CitationMetadata masked = new CitationMetadata(citation.title(), citation.alternativeTitle(),
                citation.authors().stream().map(a -> new CitationMetadata.Author(HIDDEN, null, null)).distinct().toList(),
                List.of(), citation.descriptions(), citation.keywords(), citation.subjects(), citation.languages(),
                citation.dateOfDeposit());
        JsonObjectBuilder blocks = Json.createObjectBuilder();
        metadata.blocks().forEach((name, block) -> {
            JsonArray fields = DatasetMetadata.fieldsOf(metadata.blocks(), name);
            JsonArrayBuilder kept = Json.createArrayBuilder();
            for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
                String type = field.getString("typeName", "");
                if (!ALWAYS.contains(type) && !chosenFields.contains(type)) {
                    kept.add(field);
                }
            }
            blocks.add(name, Json.createObjectBuilder().add("fields", kept));
        });
        DatasetMetadata withoutPeople = new DatasetMetadata(blocks.build(), citation, metadata.license(), metadata.terms());
        return withoutPeople.withCitation(masked);
    }
}
