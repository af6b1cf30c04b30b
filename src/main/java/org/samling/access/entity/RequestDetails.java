package org.samling.access.entity;

import java.time.LocalDate;

/** What a requester says: who they are, why they need the files, and for how long. */
public record RequestDetails(String name, String institution, String email, String purpose, String plannedUse,
                             LocalDate periodStart, LocalDate periodEnd) {

    /** These details, with {@code fallback} as the address when none was given (a signed-in requester's own). */
    public RequestDetails withEmailOr(String fallback) {
        if (email != null && !email.isBlank()) {
            return this;
        }
        return new RequestDetails(name, institution, fallback, purpose, plannedUse, periodStart, periodEnd);
    }
}
