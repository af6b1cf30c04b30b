package org.samling.access.entity;

import java.time.LocalDate;

/** What a requester says: who they are, why they need the files, and for how long. */
public record RequestDetails(String name, String institution, String email, String purpose, String plannedUse,
                             LocalDate periodStart, LocalDate periodEnd) {
}
