package org.samling.metadata.control;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.samling.metadata.entity.FieldType;

/** Whether one value fits its field's type, as Dataverse reads dates, numbers, addresses and ORCID iDs. */
final class FieldValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");
    private static final Pattern ORCID = Pattern.compile("(https?://orcid\\.org/)?(\\d{4}-){3}\\d{3}[\\dX]");
    static final int MAX_TEXT = 10_000;
    static final int MAX_TEXTBOX = 200_000;

    private FieldValues() {
    }

    /** The message key saying what is wrong with the value, or null if it fits. */
    static String problem(FieldType type, String value) {
        if (value.length() > (type == FieldType.TEXTBOX ? MAX_TEXTBOX : MAX_TEXT)) {
            return "validation.valueTooLong";
        }
        return switch (type) {
            case DATE -> isDate(value) ? null : "validation.badDate";
            case YEAR -> YEAR.matcher(value).matches() ? null : "validation.badYear";
            case INT -> parses(() -> Long.parseLong(value)) ? null : "validation.badInteger";
            case FLOAT -> parses(() -> Double.parseDouble(value)) && !value.contains("Infinity") && !value.contains("NaN")
                    ? null : "validation.badNumber";
            case URL -> isUrl(value) ? null : "validation.badUrl";
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "validation.badEmail";
            case ORCID -> ORCID.matcher(value).matches() ? null : "validation.badOrcid";
            default -> null;
        };
    }

    /** Dataverse's dates: YYYY, YYYY-MM or YYYY-MM-DD. */
    static boolean isDate(String value) {
        try {
            if (value.matches("\\d{4}")) {
                return true;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(value);
                return true;
            }
            LocalDate.parse(value);
            return value.matches("\\d{4}-\\d{2}-\\d{2}");
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
