package org.samling.access.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.samling.platform.error.SamlingException;

/** Dates and times from the browser's date fields; times are UTC, as the pages say. */
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

    /**
     * The end of an access period from a date field (the whole day counts) or a date-time
     * field (to the minute or second), in UTC.
     */
    static Instant endOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        try {
            if (given.contains("T")) {
                return LocalDateTime.parse(given).toInstant(ZoneOffset.UTC);
            }
            return LocalDate.parse(given).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badDate", value);
        }
    }

    /** The last minute of the day, as a date-time field shows it. */
    static String lastMinuteOf(LocalDate day) {
        return day + "T23:59";
    }
}
