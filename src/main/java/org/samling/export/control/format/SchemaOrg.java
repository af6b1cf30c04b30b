package org.samling.export.control.format;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Languages;
import org.samling.export.control.ExportRecord;
import org.samling.file.control.FileRow;
import org.samling.platform.json.Json;

/**
 * schema.org {@code Dataset} in JSON-LD, as Google Dataset Search reads it and as the landing
 * page embeds it. Only public files are listed as a distribution.
 */
public final class SchemaOrg {

    /**
     * Public files listed as a distribution, at most: the page embeds this export, and a dataset of
     * 100,000 files must not make every landing page megabytes long. All files are in OAI_ORE and
     * the linkset.
     */
    public static final int MAX_DISTRIBUTION = 100;

    private SchemaOrg() {
    }

    public static JsonObject dataset(ExportRecord record) {
        CitationMetadata cite = record.cite();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "http://schema.org")
                .add("@type", "Dataset")
                .add("@id", record.pid().url())
                .add("identifier", record.pid().url())
                .add("name", record.title())
                .add("creator", people(cite))
                .add("author", people(cite))
                .add("datePublished", record.publicationDate().toString())
                .add("dateModified", record.releaseDate().toString())
                .add("version", record.versionNumber())
                .add("url", record.landingUrl());
        if (!cite.descriptions().isEmpty()) {
            json.add("description", String.join("\n\n", cite.descriptions()));
        }
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        cite.subjects().forEach(keywords::add);
        cite.keywords().forEach(keywords::add);
        json.add("keywords", keywords);
        JsonArrayBuilder languages = Json.createArrayBuilder();
        cite.languages().forEach(l -> languages.add(Languages.code(l).orElse(l)));
        json.add("inLanguage", languages);
        var license = record.license();
        if (!license.isCustom() && license.uri() != null) {
            json.add("license", license.uri());
        }
        JsonArrayBuilder temporal = Json.createArrayBuilder();
        DataCite.range(record, "timePeriodCovered").forEach(temporal::add);
        json.add("temporalCoverage", temporal);
        JsonArrayBuilder spatial = Json.createArrayBuilder();
        record.entries("geospatial", "geographicCoverage").forEach(p -> spatial.add(Json.createObjectBuilder()
                .add("@type", "Place").add("name", String.join(", ", p.values()))));
        json.add("spatialCoverage", spatial);
        JsonArrayBuilder citations = Json.createArrayBuilder();
        record.entries("citation", "publication").stream().map(p -> p.get("publicationCitation"))
                .filter(p -> p != null).forEach(p -> citations.add(Json.createObjectBuilder()
                        .add("@type", "CreativeWork").add("text", p)));
        json.add("citation", citations);
        boolean allPublic = record.files().stream().allMatch(FileRow::isPublic);
        json.add("isAccessibleForFree", allPublic);
        JsonObjectBuilder organisation = Json.createObjectBuilder().add("@type", "Organization").add("name", record.publisher());
        json.add("publisher", organisation);
        json.add("provider", Json.createObjectBuilder().add("@type", "Organization").add("name", record.publisher()));
        json.add("includedInDataCatalog", Json.createObjectBuilder().add("@type", "DataCatalog")
                .add("name", record.publisher()).add("url", record.siteUrl()));
        JsonArrayBuilder distribution = Json.createArrayBuilder();
        for (FileRow file : record.publicFiles().stream().limit(MAX_DISTRIBUTION).toList()) {
            distribution.add(Json.createObjectBuilder().add("@type", "DataDownload").add("name", file.label())
                    .add("encodingFormat", file.contentType()).add("contentSize", file.size())
                    .add("contentUrl", record.fileUrl(file)));
        }
        json.add("distribution", distribution);
        if (record.tombstone()) {
            json.add("description", "This version was deaccessioned: " + record.version().getDeaccessionReason());
        }
        return json.build();
    }

    private static JsonArrayBuilder people(CitationMetadata cite) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (CitationMetadata.Author author : cite.authors()) {
            if (author.name() == null) {
                continue;
            }
            JsonObjectBuilder person = Json.createObjectBuilder().add("@type", "Person").add("name", author.name());
            String[] parts = author.name().split(",\\s*", 2);
            if (parts.length == 2) {
                person.add("givenName", parts[1]).add("familyName", parts[0]);
            }
            if (author.affiliation() != null) {
                person.add("affiliation", Json.createObjectBuilder().add("@type", "Organization").add("name", author.affiliation()));
            }
            if (author.orcid() != null && !author.orcid().isBlank()) {
                person.add("@id", DataCite.orcidUrl(author.orcid())).add("identifier", DataCite.orcidUrl(author.orcid()))
                        .add("sameAs", DataCite.orcidUrl(author.orcid()));
            }
            people.add(person);
        }
        return people;
    }
}
