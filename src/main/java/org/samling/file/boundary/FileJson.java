package org.samling.file.boundary;

import org.samling.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.samling.file.control.FileRow;

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
                .add("restricted", file.restricted());
        if (file.description() != null) {
            dataFile.add("description", file.description());
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("label", file.label())
                .add("restricted", file.restricted())
                .add("datasetVersionId", versionId)
                .add("categories", categories)
                .add("dataFile", dataFile);
        if (file.description() != null) {
            json.add("description", file.description());
        }
        if (file.directoryLabel() != null && !file.directoryLabel().isEmpty()) {
            json.add("directoryLabel", file.directoryLabel());
        }
        return json.build();
    }
}
