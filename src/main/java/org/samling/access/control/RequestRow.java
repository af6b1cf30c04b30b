package org.samling.access.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.samling.access.entity.RequestState;

/** An access request as the inbox, the requester's page and the API show it. */
public record RequestRow(long id, long datasetId, String datasetPid, String datasetTitle, long requesterId,
                         String requesterUsername, boolean requesterIsGuest, String name, String institution,
                         String email, String purpose, String plannedUse, LocalDate periodStart, LocalDate periodEnd,
                         RequestState state, String question, String reason, Instant createdAt, Instant decidedAt,
                         String termsSha256, String termsText, Long extendsRequestId,
                         List<RequestedFile> files, Instant asOf) {

    public record RequestedFile(long id, String label) {
    }

    public String requesterIdentifier() {
        return "@" + requesterUsername;
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isPending() {
        return state == RequestState.PENDING;
    }

    public boolean isReturned() {
        return state == RequestState.RETURNED;
    }

    public long ageDays() {
        return java.time.Duration.between(createdAt, asOf).toDays();
    }
}
