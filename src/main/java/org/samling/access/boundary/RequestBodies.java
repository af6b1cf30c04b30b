package org.samling.access.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.samling.access.control.GrantLengths;
import org.samling.access.entity.RequestDetails;
import org.samling.platform.error.SamlingException;

/** Reads the JSON of access request calls. */
final class RequestBodies {

    private RequestBodies() {
    }

    static RequestDetails details(JsonObject json) {
        return new RequestDetails(json.getString("name", null), json.getString("institution", null),
                json.getString("email", null), json.getString("purpose", null), json.getString("plannedUse", null),
                date(json, "periodStart"), date(json, "periodEnd"));
    }

    static List<Long> fileIds(JsonObject json) {
        List<Long> ids = new ArrayList<>();
        if (json.get("fileIds") instanceof JsonArray array) {
            for (var value : array) {
                if (!(value instanceof JsonNumber number)) {
                    throw SamlingException.badRequest("error.badJsonData", "fileIds must be numbers");
                }
                ids.add(number.longValue());
            }
        }
        return ids;
    }

    static LocalDate date(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.getString().strip());
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badDate", value.getString());
        }
    }

    /**
     * An expiry: an instant ({@code 2027-06-30T00:00:00Z}), or a date meaning the end of that
     * day (UTC); absent means the collection's usual period from now.
     */
    /** An end of access: an instant ({@code 2027-06-30T12:00:00Z}) or a whole day ({@code 2027-06-30}); null if none is given. */
    static Instant expiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        try {
            return given.contains("T") ? Instant.parse(given) : GrantLengths.endOf(LocalDate.parse(given));
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badDate", given);
        }
    }
}
