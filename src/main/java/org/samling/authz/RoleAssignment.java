package org.samling.authz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.samling.platform.context.ObjectRef;

/** A role given to a user or group on a collection (and all below it) or on a dataset. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String assignee;

    @Column(name = "role_id", nullable = false)
    private Long roleId;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "dataset_id")
    private Long datasetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleAssignment() {
    }

    public RoleAssignment(String assignee, Long roleId, ObjectRef on) {
        this.assignee = assignee;
        this.roleId = roleId;
        if (on.kind() == ObjectRef.Kind.COLLECTION) {
            this.collectionId = on.id();
        } else {
            this.datasetId = on.id();
        }
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getAssignee() {
        return assignee;
    }

    public Long getRoleId() {
        return roleId;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public Long getDatasetId() {
        return datasetId;
    }
}
