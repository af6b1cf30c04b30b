package org.samling.access.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.samling.platform.error.SamlingException;

/** Dates from the browser's date fields. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badDate", value);
        }
    }
}
