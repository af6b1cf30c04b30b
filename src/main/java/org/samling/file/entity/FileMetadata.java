package org.samling.file.entity;

import org.samling.authz.FileAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileAccess access = FileAccess.PUBLIC;

    private String language;

    @Column(name = "embargo_until")
    private LocalDate embargoUntil;

    @Column(name = "recording_id")
    private Long recordingId;

    @Column(name = "terms_of_access")
    private String termsOfAccess;

    protected FileMetadata() {
    }

    public FileMetadata(Long dataFileId, Long datasetVersionId, String label, String directoryLabel,
                        String description, String category, FileAccess access) {
        this.dataFileId = dataFileId;
        this.datasetVersionId = datasetVersionId;
        this.label = label;
        this.directoryLabel = directoryLabel == null ? "" : directoryLabel;
        this.description = description;
        this.category = category;
        this.access = access;
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

    /** As stored: an embargoed file stays EMBARGOED here after its date (see {@link FileAccess#effective}). */
    public FileAccess getAccess() {
        return access;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getEmbargoUntil() {
        return embargoUntil;
    }

    public Long getRecordingId() {
        return recordingId;
    }

    public String getTermsOfAccess() {
        return termsOfAccess;
    }

    /** Applies what the depositor said about the file; null leaves a value as it is. */
    public void describe(FileChanges changes) {
        if (changes.label() != null) {
            this.label = changes.label();
        }
        if (changes.directoryLabel() != null) {
            this.directoryLabel = changes.directoryLabel();
        }
        if (changes.description() != null) {
            this.description = changes.description().isBlank() ? null : changes.description().trim();
        }
        if (changes.category() != null) {
            this.category = changes.category().isBlank() ? null : changes.category().trim();
        }
        if (changes.language() != null) {
            this.language = changes.language().isBlank() ? null : changes.language().trim();
        }
        if (changes.access() != null) {
            this.access = changes.access();
            this.embargoUntil = changes.access() == FileAccess.EMBARGOED ? changes.embargoUntil() : null;
        }
        if (changes.termsOfAccess() != null) {
            this.termsOfAccess = changes.termsOfAccess().isBlank() ? null : changes.termsOfAccess().strip();
        }
        if (changes.recordingId() != null) {
            this.recordingId = changes.recordingId() <= 0 ? null : changes.recordingId();
        }
    }

    /** A copy for another version (a draft made from a published version). */
    public FileMetadata copyFor(Long versionId) {
        FileMetadata copy = new FileMetadata(dataFileId, versionId, label, directoryLabel, description, category,
                access);
        copy.language = language;
        copy.embargoUntil = embargoUntil;
        copy.recordingId = recordingId;
        copy.termsOfAccess = termsOfAccess;
        return copy;
    }

    /** Points this version's entry at a replacement file. */
    public void replaceFile(Long newDataFileId) {
        this.dataFileId = newDataFileId;
    }
}
