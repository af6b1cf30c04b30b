package org.samling.access.control;

import java.time.Instant;

/** A grant as its holder and the curators see it. */
public record GrantRow(long id, Long requestId, long userId, String username, long fileId, String fileLabel,
                       long datasetId, String datasetPid, String datasetTitle, Instant grantedAt, Instant expiresAt,
                       Instant revokedAt, Instant asOf) {

    public boolean isInForce() {
        return revokedAt == null && expiresAt.isAfter(asOf);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
