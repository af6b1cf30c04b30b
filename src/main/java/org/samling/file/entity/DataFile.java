package org.samling.file.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Bytes in the file store, with their checksums; names and access live on {@link FileMetadata}. */
@Entity
@Table(name = "datafile")
public class DataFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dataset_id", nullable = false)
    private Long datasetId;

    @Column(name = "storage_key", nullable = false, unique = true)
    private String storageKey;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private String md5;

    @Column(name = "creator_id")
    private Long creatorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "previous_datafile_id")
    private Long previousDataFileId;

    @Column(name = "root_datafile_id")
    private Long rootDataFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_status", nullable = false)
    private ExtractionStatus extractionStatus = ExtractionStatus.PENDING;

    protected DataFile() {
    }

    public DataFile(Long datasetId, String storageKey, String contentType, long sizeBytes, String sha256,
                    String md5, Long creatorId) {
        this.datasetId = datasetId;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.md5 = md5;
        this.creatorId = creatorId;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMd5() {
        return md5;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Records that this file replaces {@code previous}, keeping the chain back to the first. */
    public void replaces(DataFile previous) {
        this.previousDataFileId = previous.getId();
        this.rootDataFileId = previous.getRootDataFileId() != null ? previous.getRootDataFileId() : previous.getId();
    }

    public Long getPreviousDataFileId() {
        return previousDataFileId;
    }

    public Long getRootDataFileId() {
        return rootDataFileId;
    }

    public ExtractionStatus getExtractionStatus() {
        return extractionStatus;
    }
}
