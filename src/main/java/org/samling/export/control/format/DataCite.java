package org.samling.export.control.format;

import java.util.List;
import java.util.Map;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Languages;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.XmlOut;
import org.samling.file.control.FileRow;

/**
 * DataCite Metadata Schema 4.5: creators with ORCID and affiliations, titles, publisher,
 * subjects, the contact as contributor, dates (issued, collected, coverage), languages,
 * related identifiers, sizes and formats, the version, rights and descriptions.
 */
public final class DataCite {

    public static final String NAMESPACE = "http://datacite.org/schema/kernel-4";
    public static final String SCHEMA = "http://schema.datacite.org/meta/kernel-4.5/metadata.xsd";

    private DataCite() {
    }

    public static String resource(ExportRecord record) {
        CitationMetadata cite = record.cite();
        XmlOut xml = new XmlOut(Map.of("", NAMESPACE, "xsi", XmlOut.XSI), true);
        xml.open("resource").attr("xsi:schemaLocation", NAMESPACE + " " + SCHEMA);
        xml.element("identifier", "identifierType", identifierType(record), identifier(record));
        xml.open("creators");
        List<CitationMetadata.Author> named = cite.authors().stream()
                .filter(a -> a.name() != null && !a.name().isBlank()).toList();
        if (named.isEmpty()) {
            xml.open("creator").element("creatorName", "nameType", "Organizational", record.publisher()).close();
        }
        for (CitationMetadata.Author author : named) {
            xml.open("creator").element("creatorName", "nameType", "Personal", author.name());
            String[] parts = author.name().split(",\\s*", 2);
            if (parts.length == 2) {
                xml.element("givenName", parts[1]).element("familyName", parts[0]);
            }
            if (author.orcid() != null && !author.orcid().isBlank()) {
                xml.open("nameIdentifier").attr("nameIdentifierScheme", "ORCID").attr("schemeURI", "https://orcid.org")
                        .text(orcidUrl(author.orcid())).close();
            }
            xml.element("affiliation", author.affiliation());
            xml.close();
        }
        xml.close();
        xml.open("titles").element("title", record.title());
        if (cite.alternativeTitle() != null) {
            xml.element("title", "titleType", "AlternativeTitle", cite.alternativeTitle());
        }
        xml.close();
        xml.element("publisher", record.publisher());
        xml.element("publicationYear", String.valueOf(record.publicationYear()));
        xml.element("resourceType", "resourceTypeGeneral", "Dataset",
                String.join("; ", record.texts("citation", "kindOfData").isEmpty() ? List.of("Dataset")
                        : record.texts("citation", "kindOfData")));
        if (record.tombstone()) {
            xml.open("descriptions").element("description", "descriptionType", "Other",
                    "This version was deaccessioned: " + record.version().getDeaccessionReason()).close();
            xml.close();
            return xml.finish();
        }
        if (!cite.subjects().isEmpty() || !cite.keywords().isEmpty()) {
            xml.open("subjects");
            cite.subjects().forEach(s -> xml.element("subject", s));
            cite.keywords().forEach(k -> xml.element("subject", k));
            xml.close();
        }
        List<String> contacts = cite.contacts().stream().map(CitationMetadata.Contact::name)
                .filter(n -> n != null && !n.isBlank()).toList();
        if (!contacts.isEmpty()) {
            xml.open("contributors");
            contacts.forEach(name -> xml.open("contributor").attr("contributorType", "ContactPerson")
                    .element("contributorName", name).close());
            xml.close();
        }
        xml.open("dates").element("date", "dateType", "Issued", record.publicationDate().toString());
        xml.element("date", "dateType", "Available", record.releaseDate().toString());
        xml.element("date", "dateType", "Submitted", cite.dateOfDeposit());
        range(record, "dateOfCollection").forEach(r -> xml.element("date", "dateType", "Collected", r));
        range(record, "timePeriodCovered").forEach(r -> xml.open("date").attr("dateType", "Other")
                .attr("dateInformation", "Time period covered").text(r).close());
        xml.close();
        cite.languages().stream().limit(1).forEach(l -> xml.element("language", Languages.code(l).orElse(l)));
        List<Map<String, String>> related = record.entries("citation", "publication").stream()
                .filter(p -> p.get("publicationIDNumber") != null && p.get("publicationIDType") != null).toList();
        if (!related.isEmpty()) {
            xml.open("relatedIdentifiers");
            related.forEach(p -> xml.open("relatedIdentifier").attr("relatedIdentifierType", relatedType(p.get("publicationIDType")))
                    .attr("relationType", "IsCitedBy").text(p.get("publicationIDNumber")).close());
            xml.close();
        }
        if (!record.files().isEmpty()) {
            long bytes = record.files().stream().mapToLong(FileRow::size).sum();
            xml.open("sizes").element("size", record.files().size() + " files").element("size", bytes + " bytes").close();
            xml.open("formats");
            record.files().stream().map(FileRow::contentType).distinct().forEach(t -> xml.element("format", t));
            xml.close();
        }
        xml.element("version", record.versionNumber());
        xml.open("rightsList");
        var license = record.license();
        if (!license.isCustom()) {
            xml.element("rights", "rightsURI", license.uri(), license.displayName());
        } else {
            xml.element("rights", "Custom terms of use");
        }
        boolean anyRestricted = record.files().stream().anyMatch(FileRow::restricted);
        xml.element("rights", "rightsURI", anyRestricted ? "info:eu-repo/semantics/restrictedAccess"
                : "info:eu-repo/semantics/openAccess", anyRestricted ? "Restricted access" : "Open access");
        xml.close();
        if (!cite.descriptions().isEmpty()) {
            xml.open("descriptions");
            cite.descriptions().forEach(d -> xml.element("description", "descriptionType", "Abstract", d));
            xml.close();
        }
        List<String> places = record.entries("geospatial", "geographicCoverage").stream()
                .map(p -> String.join(", ", p.values())).filter(s -> !s.isBlank()).toList();
        if (!places.isEmpty()) {
            xml.open("geoLocations");
            places.forEach(p -> xml.open("geoLocation").element("geoLocationPlace", p).close());
            xml.close();
        }
        xml.close();
        return xml.finish();
    }

    static List<String> range(ExportRecord record, String field) {
        return record.entries("citation", field).stream().map(r -> {
            String start = r.get(field + "Start");
            String end = r.get(field + "End");
            return start != null && end != null ? start + "/" + end : start != null ? start : end;
        }).filter(s -> s != null).toList();
    }

    static String identifier(ExportRecord record) {
        return record.pid().protocol().equalsIgnoreCase("doi") ? record.pid().authority() + "/" + record.pid().identifier()
                : record.pid().url();
    }

    static String identifierType(ExportRecord record) {
        return record.pid().protocol().equalsIgnoreCase("doi") ? "DOI" : "URL";
    }

    public static String orcidUrl(String orcid) {
        return orcid.startsWith("http") ? orcid : "https://orcid.org/" + orcid;
    }

    private static String relatedType(String type) {
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "doi" -> "DOI";
            case "handle" -> "Handle";
            case "isbn" -> "ISBN";
            case "issn" -> "ISSN";
            case "pmid" -> "PMID";
            case "arxiv" -> "arXiv";
            default -> "URL";
        };
    }
}
