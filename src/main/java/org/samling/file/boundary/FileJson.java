package org.samling.file.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Locale;
import org.samling.file.control.FileRow;
import org.samling.platform.json.Json;

/** A file in a version, in the shape of Dataverse's file metadata with its {@code dataFile}. */
public final class FileJson {

    private FileJson() {
    }

    public static JsonObject of(FileRow file, long versionId) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        if (file.category() != null) {
            categories.add(file.category());
        }
        JsonObjectBuilder dataFile = Json.createObjectBuilder()
                .add("id", file.id())
                .add("persistentId", "")
                .add("filename", file.label())
                .add("contentType", file.contentType())
                .add("filesize", file.size())
                .add("md5", file.md5())
                .add("sha256", file.sha256())
                .add("checksum", Json.createObjectBuilder().add("type", "SHA-256").add("value", file.sha256()))
                .add("restricted", file.restricted())
                .add("extraction", extraction(file))
                .add("technicalMetadata", technical(file.technicalJson()));
        if (file.description() != null) {
            dataFile.add("description", file.description());
        }
        if (file.category() != null) {
            dataFile.add("categories", Json.createArrayBuilder().add(file.category()));
        }
        if (file.previousDataFileId() != null) {
            dataFile.add("previousDataFileId", file.previousDataFileId());
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("label", file.label())
                .add("restricted", file.restricted())
                .add("access", file.access().name().toLowerCase(Locale.ROOT))
                .add("datasetVersionId", versionId)
                .add("categories", categories)
                .add("dataFile", dataFile);
        if (file.description() != null) {
            json.add("description", file.description());
        }
        if (file.directoryLabel() != null && !file.directoryLabel().isEmpty()) {
            json.add("directoryLabel", file.directoryLabel());
        }
        if (file.embargoUntil() != null) {
            json.add("embargoUntil", file.embargoUntil().toString());
        }
        if (file.language() != null) {
            json.add("language", file.language());
        }
        if (file.recordingId() != null) {
            json.add("recordingId", file.recordingId());
        }
        return json.build();
    }

    private static JsonObjectBuilder extraction(FileRow file) {
        JsonObjectBuilder extraction = Json.createObjectBuilder()
                .add("status", file.extractionStatus().name().toLowerCase(Locale.ROOT));
        if (file.extractionMessage() != null) {
            extraction.add("message", file.extractionMessage());
        }
        return extraction;
    }

    private static JsonObject technical(String json) {
        if (json == null || json.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
