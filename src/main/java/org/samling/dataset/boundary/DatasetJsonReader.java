package org.samling.dataset.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.control.Licenses;
import org.samling.dataset.entity.License;
import org.samling.platform.error.SamlingException;

/** Reads Dataverse dataset JSON: {@code {"datasetVersion": {"license": ..., "metadataBlocks": {...}}}}. */
final class DatasetJsonReader {

    private DatasetJsonReader() {
    }

    /** Accepts the whole dataset object or just its version object. */
    static DatasetMetadata read(JsonObject body, Licenses licenses) {
        JsonObject version = body.containsKey("datasetVersion") ? objectOrFail(body, "datasetVersion") : body;
        if (!version.containsKey("metadataBlocks")) {
            throw SamlingException.badRequest("error.metadataBlocksRequired");
        }
        JsonObject blocks = objectOrFail(version, "metadataBlocks");
        try {
            String termsOfUse = text(version, "dataUseAgreement") != null ? text(version, "dataUseAgreement")
                    : text(version, "termsOfUse");
            return DatasetMetadata.fromBlocks(blocks, license(version.get("license"), termsOfUse, licenses)).withTerms(
                    new DatasetMetadata.Terms(text(version, "termsOfAccess"), termsOfUse));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw SamlingException.badRequest("error.badMetadata", e.getMessage());
        }
    }

    /** No license and terms of use of one's own: custom terms; no license at all: the default one. */
    private static License license(JsonValue value, String termsOfUse, Licenses licenses) {
        if (value == null || value == JsonValue.NULL) {
            return termsOfUse != null && !termsOfUse.isBlank() ? License.CUSTOM : licenses.defaultLicense();
        }
        String name = value instanceof JsonString string ? string.getString()
                : value instanceof JsonObject object ? object.getString("name", object.getString("uri", "")) : "";
        return licenses.chosen(name);
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
