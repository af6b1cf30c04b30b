package org.samling.dataset.entity;

import org.samling.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The citation fields Samling works with by name. Other citation fields a depositor sends
 * (series, related publications, ...) stay in the stored block untouched.
 */
public record CitationMetadata(String title, String alternativeTitle, List<Author> authors,
                               List<Contact> contacts, List<String> descriptions, List<String> keywords,
                               List<String> subjects, List<String> languages, String dateOfDeposit) {

    public record Author(String name, String affiliation, String orcid) {
    }

    public record Contact(String name, String email) {
    }

    static final Set<String> MODELLED = Set.of("title", "alternativeTitle", "author", "datasetContact",
            "dsDescription", "keyword", "subject", "language", "dateOfDeposit");

    public CitationMetadata {
        authors = List.copyOf(authors);
        contacts = List.copyOf(contacts);
        descriptions = List.copyOf(descriptions);
        keywords = List.copyOf(keywords);
        subjects = List.copyOf(subjects);
        languages = languages.stream().map(Languages::normalize).distinct().toList();
    }

    public static CitationMetadata from(JsonArray fields) {
        List<Author> authors = MetadataFields.entries(fields, "author").stream()
                .map(e -> new Author(e.get("authorName"), e.get("authorAffiliation"),
                        "ORCID".equalsIgnoreCase(e.get("authorIdentifierScheme")) ? e.get("authorIdentifier") : null))
                .toList();
        List<Contact> contacts = MetadataFields.entries(fields, "datasetContact").stream()
                .map(e -> new Contact(e.get("datasetContactName"), e.get("datasetContactEmail")))
                .toList();
        List<String> descriptions = MetadataFields.entries(fields, "dsDescription").stream()
                .map(e -> e.get("dsDescriptionValue")).filter(v -> v != null).toList();
        List<String> keywords = MetadataFields.entries(fields, "keyword").stream()
                .map(e -> e.get("keywordValue")).filter(v -> v != null).toList();
        return new CitationMetadata(MetadataFields.text(fields, "title"),
                MetadataFields.text(fields, "alternativeTitle"), authors, contacts, descriptions, keywords,
                MetadataFields.texts(fields, "subject"), MetadataFields.texts(fields, "language"),
                MetadataFields.text(fields, "dateOfDeposit"));
    }

    /** The citation block's fields: these modelled ones, then every other field kept from {@code previous}. */
    public JsonArray toFields(JsonArray previous) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        addIfPresent(fields, title, MetadataFields.primitive("title", orEmpty(title)));
        if (alternativeTitle != null && !alternativeTitle.isBlank()) {
            fields.add(MetadataFields.primitives("alternativeTitle", List.of(alternativeTitle)));
        }
        if (!authors.isEmpty()) {
            fields.add(MetadataFields.compound("author", authors.stream().map(a -> {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("authorName", a.name());
                entry.put("authorAffiliation", a.affiliation());
                if (a.orcid() != null && !a.orcid().isBlank()) {
                    entry.put("authorIdentifierScheme", "ORCID");
                    entry.put("authorIdentifier", a.orcid());
                }
                return entry;
            }).toList()));
        }
        if (!contacts.isEmpty()) {
            fields.add(MetadataFields.compound("datasetContact", contacts.stream().map(c -> {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("datasetContactName", c.name());
                entry.put("datasetContactEmail", c.email());
                return entry;
            }).toList()));
        }
        if (!descriptions.isEmpty()) {
            fields.add(MetadataFields.compound("dsDescription", descriptions.stream()
                    .map(d -> Map.of("dsDescriptionValue", d)).toList()));
        }
        if (!keywords.isEmpty()) {
            fields.add(MetadataFields.compound("keyword", keywords.stream()
                    .map(k -> Map.of("keywordValue", k)).toList()));
        }
        if (!subjects.isEmpty()) {
            fields.add(MetadataFields.vocabulary("subject", subjects));
        }
        if (!languages.isEmpty()) {
            fields.add(MetadataFields.vocabulary("language", languages));
        }
        if (dateOfDeposit != null) {
            fields.add(MetadataFields.primitive("dateOfDeposit", dateOfDeposit));
        }
        if (previous != null) {
            previous.getValuesAs(JsonObject.class).stream()
                    .filter(f -> !MODELLED.contains(f.getString("typeName", "")))
                    .forEach(fields::add);
        }
        return fields.build();
    }

    private static void addIfPresent(JsonArrayBuilder fields, String value, JsonObject field) {
        if (value != null && !value.isBlank()) {
            fields.add(field);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public CitationMetadata withDateOfDeposit(String date) {
        return new CitationMetadata(title, alternativeTitle, authors, contacts, descriptions, keywords, subjects,
                languages, date);
    }

    /** Authors, keywords and other words that search should find besides title and description. */
    public String searchWords() {
        return Stream.of(Stream.ofNullable(alternativeTitle),
                        authors.stream().flatMap(a -> Stream.of(a.name(), a.affiliation())),
                        keywords.stream(), subjects.stream(), descriptions.stream().skip(1))
                .flatMap(s -> s)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" \n"));
    }

    /** The full-text configuration of the dataset's first language. */
    public String searchLanguage() {
        return languages.isEmpty() ? "simple" : Languages.searchConfig(languages.get(0));
    }

    public List<String> authorNames() {
        List<String> names = new ArrayList<>();
        authors.forEach(a -> {
            if (a.name() != null) {
                names.add(a.name());
            }
        });
        return names;
    }
}
