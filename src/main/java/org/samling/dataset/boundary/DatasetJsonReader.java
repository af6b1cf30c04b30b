package org.samling.dataset.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.platform.error.SamlingException;

/** Reads Dataverse dataset JSON: {@code {"datasetVersion": {"license": ..., "metadataBlocks": {...}}}}. */
final class DatasetJsonReader {

    private DatasetJsonReader() {
    }

    /** Accepts the whole dataset object or just its version object. */
    static DatasetMetadata read(JsonObject body) {
        JsonObject version = body.containsKey("datasetVersion") ? objectOrFail(body, "datasetVersion") : body;
        if (!version.containsKey("metadataBlocks")) {
            throw SamlingException.badRequest("error.metadataBlocksRequired");
        }
        JsonObject blocks = objectOrFail(version, "metadataBlocks");
        try {
            return DatasetMetadata.fromBlocks(blocks, license(version.get("license"))).withTerms(
                    new DatasetMetadata.Terms(text(version, "termsOfAccess"),
                            text(version, "dataUseAgreement") != null ? text(version, "dataUseAgreement")
                                    : text(version, "termsOfUse")));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw SamlingException.badRequest("error.badMetadata", e.getMessage());
        }
    }

    private static License license(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return License.CC0;
        }
        String name = value instanceof JsonString string ? string.getString()
                : value instanceof JsonObject object ? object.getString("name", object.getString("uri", null)) : null;
        return License.byName(name).orElseThrow(() -> SamlingException.badRequest("error.unknownLicense",
                String.valueOf(name)));
    }

    private static String text(JsonObject version, String name) {
        return version.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static JsonObject objectOrFail(JsonObject parent, String name) {
        if (!(parent.get(name) instanceof JsonObject object)) {
            throw SamlingException.badRequest("error.badMetadata", "\"" + name + "\" must be an object");
        }
        return object;
    }
}
