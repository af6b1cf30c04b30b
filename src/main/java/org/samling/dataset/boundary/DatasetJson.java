package org.samling.dataset.boundary;

import org.samling.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.License;
import org.samling.file.boundary.FileJson;
import org.samling.file.control.FileRow;

/** A dataset in the shape of the Dataverse Native API, with the version the caller may see. */
public final class DatasetJson {

    private static final Map<String, String> BLOCK_NAMES = Map.of(
            "citation", "Citation Metadata",
            "socialscience", "Social Science and Humanities Metadata",
            "geospatial", "Geospatial Metadata");

    private DatasetJson() {
    }

    public static JsonObject of(VisibleDataset visible, List<FileRow> files, String publisher) {
        Dataset dataset = visible.dataset();
        GlobalId id = dataset.getGlobalId();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", dataset.getId())
                .add("identifier", id.identifier())
                .add("persistentUrl", id.url())
                .add("protocol", id.protocol())
                .add("authority", id.authority())
                .add("publisher", publisher)
                .add("latestVersion", version(visible, files, publisher));
        if (dataset.getPublicationDate() != null) {
            json.add("publicationDate", dataset.getPublicationDate().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        return json.build();
    }

    /** @param files the version's files as the caller may see them, or null to leave them out */
    public static JsonObject version(VisibleDataset visible, List<FileRow> files, String publisher) {
        Dataset dataset = visible.dataset();
        DatasetVersion version = visible.version();
        License license = version.getLicense();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", version.getId())
                .add("datasetId", dataset.getId())
                .add("datasetPersistentId", dataset.getGlobalId().asString())
                .add("versionState", version.getState().name())
                .add("createTime", version.getCreatedAt().toString())
                .add("lastUpdateTime", version.getUpdatedAt().toString())
                .add("citation", Citation.of(visible, publisher))
                .add("fileAccessRequest", true)
                .add("metadataBlocks", blocks(visible.metadata()));
        if (!license.isCustom()) {
            JsonObjectBuilder named = Json.createObjectBuilder().add("name", license.displayName());
            if (license.uri() != null) {
                named.add("uri", license.uri());
            }
            json.add("license", named);
        } else if (version.getDataUseAgreement() != null) {
            json.add("termsOfUse", version.getDataUseAgreement());
        }
        if (files != null) {
            json.add("files", files(files, version.getId()));
        }
        if (version.isDeaccessioned()) {
            json.add("deaccessionNote", version.getDeaccessionReason());
            if (version.getDeaccessionForwardUrl() != null) {
                json.add("deaccessionLink", version.getDeaccessionForwardUrl());
            }
        }
        if (version.getTermsOfAccess() != null) {
            json.add("termsOfAccess", version.getTermsOfAccess());
        }
        if (version.getDataUseAgreement() != null) {
            json.add("dataUseAgreement", version.getDataUseAgreement());
        }
        if (!version.isDraft()) {
            json.add("versionNumber", version.getVersionNumber())
                    .add("versionMinorNumber", version.getMinorVersionNumber())
                    .add("releaseTime", version.getReleaseTime().toString());
        }
        return json.build();
    }

    private static JsonObject blocks(org.samling.dataset.entity.DatasetMetadata metadata) {
        JsonObjectBuilder blocks = Json.createObjectBuilder();
        metadata.blocks().forEach((name, block) -> blocks.add(name, Json.createObjectBuilder()
                .add("displayName", BLOCK_NAMES.getOrDefault(name, name))
                .add("name", name)
                .add("fields", block instanceof JsonObject object && object.containsKey("fields")
                        ? object.get("fields") : JsonValue.EMPTY_JSON_ARRAY)));
        return blocks.build();
    }

    private static JsonArrayBuilder files(List<FileRow> files, long versionId) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        files.forEach(file -> array.add(FileJson.of(file, versionId)));
        return array;
    }
}
