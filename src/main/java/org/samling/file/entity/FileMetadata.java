package org.samling.file.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a file appears in one dataset version: its name, folder, description, category and access. */
@Entity
@Table(name = "file_metadata")
public class FileMetadata {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "datafile_id", nullable = false)
    private Long dataFileId;

    @Column(name = "dataset_version_id", nullable = false)
    private Long datasetVersionId;

    @Column(nullable = false)
    private String label;

    @Column(name = "directory_label", nullable = false)
    private String directoryLabel;

    private String description;

    private String category;

    @Column(nullable = false)
    private boolean restricted;

    protected FileMetadata() {
    }

    public FileMetadata(Long dataFileId, Long datasetVersionId, String label, String directoryLabel,
                        String description, String category, boolean restricted) {
        this.dataFileId = dataFileId;
        this.datasetVersionId = datasetVersionId;
        this.label = label;
        this.directoryLabel = directoryLabel == null ? "" : directoryLabel;
        this.description = description;
        this.category = category;
        this.restricted = restricted;
    }

    public Long getId() {
        return id;
    }

    public Long getDataFileId() {
        return dataFileId;
    }

    public Long getDatasetVersionId() {
        return datasetVersionId;
    }

    public String getLabel() {
        return label;
    }

    public String getDirectoryLabel() {
        return directoryLabel;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public boolean isRestricted() {
        return restricted;
    }
}
