package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.Orcid;
import org.samling.metadata.control.CollectionBlocks;
import org.samling.metadata.control.InternalFields;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.control.MetadataValidation;
import org.samling.platform.error.ValidationException;
import org.samling.platform.error.ValidationException.Violation;

/**
 * What the blocks of a dataset's collection say about its metadata: whether it is valid, which of
 * it is internal there, and which words search may find (never an internal value).
 */
@ApplicationScoped
public class MetadataRules {

    static final int MAX_TITLE = 2000;
    /** The citation fields that have a message of their own when missing. */
    static final java.util.Map<String, String> REQUIRED_MESSAGES = java.util.Map.of(
            "title", "validation.titleRequired", "author", "validation.authorRequired",
            "dsDescription", "validation.descriptionRequired", "subject", "validation.subjectRequired",
            "datasetContact", "validation.contactRequired");

    @Inject
    MetadataBlocks blocks;

    @Inject
    CollectionBlocks collectionBlocks;

    /** Refuses metadata that breaks a rule; the messages name fields by their English titles. */
    public void validate(long collectionId, DatasetMetadata metadata) {
        List<Violation> violations = violations(collectionId, metadata);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.stream()
                    .map(v -> new Violation(v.field(), v.messageKey(), titles(v.arguments()))).toList());
        }
    }

    /** The rules the metadata breaks, each naming its field; message arguments name fields as stored. */
    public List<Violation> violations(long collectionId, DatasetMetadata metadata) {
        List<Violation> violations = new ArrayList<>();
        for (Violation v : MetadataValidation.check(metadata.blocks(), collectionBlocks.enabled(collectionId), blocks)) {
            String own = REQUIRED_MESSAGES.get(v.field());
            if (own != null && v.messageKey().equals("validation.fieldRequired")) {
                violations.add(new Violation(v.field(), own));
            } else if (v.messageKey().equals("validation.fieldRequired") || v.messageKey().equals("validation.partRequired")) {
                violations.add(v);
            } else {
                violations.add(v);
            }
        }
        CitationMetadata citation = metadata.citation();
        if (citation.title() != null && citation.title().length() > MAX_TITLE) {
            violations.add(new Violation("title", "validation.titleTooLong", MAX_TITLE));
        }
        for (CitationMetadata.Author author : citation.authors()) {
            if (author.orcid() != null && !author.orcid().isBlank() && Orcid.parse(author.orcid()).isEmpty()) {
                violations.add(new Violation("author", "validation.badOrcid", author.orcid()));
            }
        }
        return violations;
    }

    public Set<String> internalFields(long collectionId) {
        return collectionBlocks.internalFields(collectionId);
    }

    /** The metadata as someone who may not edit or curate sees it. */
    public DatasetMetadata withoutInternal(long collectionId, DatasetMetadata metadata) {
        Set<String> internal = internalFields(collectionId);
        return internal.isEmpty() ? metadata : metadata.withBlocks(InternalFields.strip(metadata.blocks(), internal));
    }

    /**
     * Every value search should find besides title and description: all fields of all blocks but
     * the internal ones, vocabulary values in English as stored.
     */
    public String searchWords(long collectionId, DatasetMetadata metadata) {
        JsonObject visible = InternalFields.strip(metadata.blocks(), internalFields(collectionId));
        List<String> words = new ArrayList<>();
        visible.forEach((block, content) -> {
            JsonArray fields = content instanceof JsonObject o && o.get("fields") instanceof JsonArray a ? a
                    : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
                String name = field.getString("typeName", "");
                if (!name.equals("title") && !name.equals("dsDescription") || "dsDescription".equals(name)) {
                    collect(field.get("value"), words);
                }
            }
        });
        String description = metadata.citation().descriptions().isEmpty() ? null : metadata.citation().descriptions().get(0);
        return words.stream().filter(w -> !w.equals(metadata.citation().title()) && !w.equals(description))
                .distinct().collect(Collectors.joining(" \n"));
    }

    private static void collect(JsonValue value, List<String> words) {
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            words.add(string.getString().strip());
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, words));
        } else if (value instanceof JsonObject object) {
            object.values().forEach(part -> collect(part instanceof JsonObject sub ? sub.get("value") : part, words));
        }
    }

    private Object[] titles(Object[] fieldNames) {
        Object[] titles = fieldNames.clone();
        for (int i = 0; i < titles.length; i++) {
            String name = String.valueOf(titles[i]);
            titles[i] = blocks.field(name).map(f -> blocks.title(f, Locale.ENGLISH)).orElse(name);
        }
        return titles;
    }
}
