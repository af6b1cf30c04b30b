package org.samling.export.control.format;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.samling.export.control.ExportRecord;
import org.samling.file.control.FileRow;
import org.samling.platform.json.Json;

/**
 * An OAI-ORE resource map in JSON-LD, as Dataverse writes it for archival bags: the dataset as
 * an aggregation of its files, each with its name, type, size, checksum and access.
 */
final class OaiOre {

    private OaiOre() {
    }

    static JsonObject map(ExportRecord record) {
        JsonObject context = Json.createObjectBuilder()
                .add("ore", "http://www.openarchives.org/ore/terms/")
                .add("schema", "http://schema.org/")
                .add("dcterms", "http://purl.org/dc/terms/")
                .add("dvcore", "https://dataverse.org/schema/core#")
                .build();
        JsonArrayBuilder aggregates = Json.createArrayBuilder();
        for (FileRow file : record.files()) {
            var entry = Json.createObjectBuilder()
                    .add("@id", record.fileUrl(file))
                    .add("@type", "ore:AggregatedResource")
                    .add("schema:name", file.label())
                    .add("dvcore:filesize", file.size())
                    .add("dvcore:restricted", file.restricted());
            if (!file.isEmbargoed()) {
                entry.add("schema:fileFormat", file.contentType());
                if (file.sha256() != null && !file.sha256().isEmpty()) {
                    entry.add("dvcore:checksum", Json.createObjectBuilder().add("@type", "SHA-256").add("@value", file.sha256()));
                }
            }
            if (file.description() != null) {
                entry.add("schema:description", file.description());
            }
            if (file.directoryLabel() != null && !file.directoryLabel().isEmpty()) {
                entry.add("dvcore:directoryLabel", file.directoryLabel());
            }
            aggregates.add(entry);
        }
        JsonArrayBuilder creators = Json.createArrayBuilder();
        record.cite().authorNames().forEach(creators::add);
        var describes = Json.createObjectBuilder()
                .add("@id", record.pid().url())
                .add("@type", Json.createArrayBuilder().add("ore:Aggregation").add("schema:Dataset"))
                .add("schema:name", record.title())
                .add("schema:version", record.versionNumber())
                .add("schema:datePublished", record.publicationDate().toString())
                .add("dcterms:creator", creators)
                .add("schema:license", record.license().isCustom() || record.license().uri() == null
                        ? record.license().displayName() : record.license().uri())
                .add("ore:aggregates", aggregates)
                .add("schema:hasPart", Json.createArrayBuilder(record.files().stream().map(record::fileUrl).toList()));
        return Json.createObjectBuilder()
                .add("@context", context)
                .add("@id", record.exportUrl("OAI_ORE"))
                .add("@type", "ore:ResourceMap")
                .add("dcterms:modified", record.releaseDate().toString())
                .add("dcterms:creator", record.publisher())
                .add("ore:describes", describes)
                .build();
    }
}
