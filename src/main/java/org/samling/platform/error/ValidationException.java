package org.samling.platform.error;

import java.util.List;

/** Input that breaks one or more rules; each violation names the field it concerns. */
public class ValidationException extends SamlingException {

    public record Violation(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(400, "error.validation");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** For logs: each broken rule with its field. */
    @Override
    public String getMessage() {
        return super.getMessage() + " " + violations.stream()
                .map(v -> v.field() + ": " + v.messageKey() + java.util.Arrays.toString(v.arguments())).toList();
    }
}
