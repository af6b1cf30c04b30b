package org.samling.dataset.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A study: its persistent identifier and its place; what it says lives on its versions. */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private Long collectionId;

    @Column(nullable = false)
    private String protocol;

    @Column(nullable = false)
    private String authority;

    @Column(nullable = false)
    private String identifier;

    @Column(name = "creator_id")
    private Long creatorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "publication_date")
    private Instant publicationDate;

    @Column(name = "released_version_id")
    private Long releasedVersionId;

    @Column(name = "files_destroyed_at")
    private Instant filesDestroyedAt;

    @Column(name = "destruction_reason")
    private String destructionReason;

    protected Dataset() {
    }

    public Dataset(Long collectionId, GlobalId globalId, Long creatorId, Instant createdAt) {
        this.collectionId = collectionId;
        this.protocol = globalId.protocol();
        this.authority = globalId.authority();
        this.identifier = globalId.identifier();
        this.creatorId = creatorId;
        this.createdAt = createdAt;
        this.modifiedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public GlobalId getGlobalId() {
        return new GlobalId(protocol, authority, identifier);
    }

    public Long getCreatorId() {
        return creatorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public void touch(Instant at) {
        this.modifiedAt = at;
    }

    /** Its files were destroyed at the end of retention; the dataset stays as a record of them. */
    public void filesDestroyed(String reason, Instant at) {
        this.filesDestroyedAt = at;
        this.destructionReason = reason;
        this.modifiedAt = at;
    }

    public Instant getFilesDestroyedAt() {
        return filesDestroyedAt;
    }

    public String getDestructionReason() {
        return destructionReason;
    }

    public Instant getPublicationDate() {
        return publicationDate;
    }

    public Long getReleasedVersionId() {
        return releasedVersionId;
    }

    public boolean isReleased() {
        return releasedVersionId != null;
    }

    /** The newest version still published, after one was withdrawn (null if none is). */
    public void stillReleased(DatasetVersion version, Instant at) {
        this.releasedVersionId = version == null ? null : version.getId();
        touch(at);
    }

    public void released(DatasetVersion version) {
        this.releasedVersionId = version.getId();
        if (publicationDate == null) {
            publicationDate = version.getReleaseTime();
        }
        touch(version.getReleaseTime());
    }
}
