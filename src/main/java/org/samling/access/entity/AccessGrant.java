package org.samling.access.entity;

import org.samling.authz.Permission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Permission for one person to open one restricted file until a moment; it ends by itself. */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "datafile_id", nullable = false)
    private Long dataFileId;

    @Column(name = "dataset_id", nullable = false)
    private Long datasetId;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessGrant() {
    }

    public AccessGrant(Long requestId, Long userId, Long dataFileId, Long datasetId, Long grantedBy, Instant grantedAt,
                       Instant expiresAt) {
        this.requestId = requestId;
        this.userId = userId;
        this.dataFileId = dataFileId;
        this.datasetId = datasetId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getDataFileId() {
        return dataFileId;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
