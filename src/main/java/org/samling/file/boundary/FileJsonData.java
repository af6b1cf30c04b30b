package org.samling.file.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.samling.authz.FileAccess;
import org.samling.file.entity.FileCategory;
import org.samling.file.entity.FileChanges;
import org.samling.platform.error.SamlingException;

/**
 * Reads the {@code jsonData} of uploads and metadata updates, in Dataverse's words
 * ({@code description}, {@code categories}, {@code restrict}, {@code directoryLabel}, {@code label})
 * and Samling's ({@code language}, {@code access}, {@code embargoUntil}, {@code recordingId},
 * {@code unzip}, {@code checksum}).
 */
record FileJsonData(FileChanges changes, boolean unzip, ExpectedChecksum checksum) {

    /** A checksum the client computed: {@code {"@type": "SHA-256", "@value": "..."}}. */
    record ExpectedChecksum(String type, String value) {
    }

    static FileJsonData read(JsonObject json) {
        String category = null;
        JsonValue categories = json.get("categories");
        if (categories instanceof JsonArray array && !array.isEmpty()) {
            if (!(array.get(0) instanceof JsonString first)) {
                throw SamlingException.badRequest("error.badJsonData", "categories must be a list of names");
            }
            category = first.getString();
        } else if (json.get("category") instanceof JsonString single) {
            category = single.getString();
        }
        if (category != null && !category.isBlank() && category.length() > 64) {
            throw SamlingException.badRequest("error.badJsonData", "a category name is at most 64 characters");
        }
        FileAccess access = access(json);
        LocalDate embargo = null;
        if (json.get("embargoUntil") instanceof JsonString until) {
            try {
                embargo = LocalDate.parse(until.getString());
            } catch (DateTimeParseException e) {
                throw SamlingException.badRequest("error.badJsonData", "embargoUntil must be a date like 2027-06-30");
            }
            access = FileAccess.EMBARGOED;
        }
        if (access == FileAccess.EMBARGOED && embargo == null) {
            throw SamlingException.badRequest("error.embargoDate");
        }
        Long recording = null;
        if (json.get("recordingId") instanceof JsonNumber number) {
            recording = number.longValue();
        }
        FileChanges changes = new FileChanges(text(json, "label"), text(json, "directoryLabel"),
                text(json, "description"), category, text(json, "language"), access, embargo, recording,
                text(json, "termsOfAccess"));
        ExpectedChecksum checksum = null;
        if (json.get("checksum") instanceof JsonObject given) {
            String type = given.getString("@type", given.getString("type", "")).toUpperCase(Locale.ROOT);
            String value = given.getString("@value", given.getString("value", ""));
            if (!(type.equals("SHA-256") || type.equals("MD5")) || value.isBlank()) {
                throw SamlingException.badRequest("error.badChecksumType", type);
            }
            checksum = new ExpectedChecksum(type, value.trim().toLowerCase(Locale.ROOT));
        }
        return new FileJsonData(changes, json.getBoolean("unzip", false), checksum);
    }

    private static FileAccess access(JsonObject json) {
        if (json.get("access") instanceof JsonString given) {
            try {
                return FileAccess.valueOf(given.getString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw SamlingException.badRequest("error.badJsonData", "access is public, restricted or embargoed");
            }
        }
        JsonValue restrict = json.get("restrict");
        if (restrict == JsonValue.TRUE) {
            return FileAccess.RESTRICTED;
        }
        if (restrict == JsonValue.FALSE) {
            return FileAccess.PUBLIC;
        }
        return null;
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString value ? value.getString() : null;
    }

    static boolean isStandardCategory(String category) {
        return FileCategory.STANDARD.contains(category);
    }
}
