package org.samling.access.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.samling.access.entity.RequestDetails;
import org.samling.platform.error.ValidationException;
import org.samling.platform.error.ValidationException.Violation;

/** What an access request must say. */
final class RequestValidation {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TEXT = 5000;

    private RequestValidation() {
    }

    static void validate(RequestDetails details, boolean termsAccepted) {
        List<Violation> violations = new ArrayList<>();
        required(violations, details.name(), "name", "request.nameRequired");
        required(violations, details.institution(), "institution", "request.institutionRequired");
        required(violations, details.purpose(), "purpose", "request.purposeRequired");
        required(violations, details.plannedUse(), "plannedUse", "request.plannedUseRequired");
        if (details.email() == null || !EMAIL.matcher(details.email().trim()).matches()) {
            violations.add(new Violation("email", "request.badEmail", String.valueOf(details.email())));
        }
        if (details.periodStart() != null && details.periodEnd() != null
                && details.periodEnd().isBefore(details.periodStart())) {
            violations.add(new Violation("periodEnd", "request.periodBackwards"));
        }
        if (!termsAccepted) {
            violations.add(new Violation("terms", "request.termsRequired"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static void required(List<Violation> violations, String value, String field, String key) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, key));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "request.tooLong", MAX_TEXT));
        }
    }
}
