package org.samling.dataset.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a dataset says at one point: a draft, or a published version numbered major.minor.
 * The metadata blocks are kept whole as JSON in the Dataverse field shape; title,
 * description, license and the search words are copied into columns for lists and search.
 */
@Entity
@Table(name = "dataset_version")
public class DatasetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dataset_id", nullable = false)
    private Long datasetId;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Column(name = "minor_version_number")
    private Integer minorVersionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state;

    @Column(nullable = false)
    private String title;

    private String description;

    private String license;

    @Column(name = "license_uri")
    private String licenseUri;

    @Column(name = "retention_until")
    private java.time.LocalDate retentionUntil;

    @Column(name = "retention_action")
    private String retentionAction;

    @Column(nullable = false)
    private String metadata;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "search_language", nullable = false)
    private String searchLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "release_time")
    private Instant releaseTime;

    @Column(name = "terms_of_access")
    private String termsOfAccess;

    @Column(name = "data_use_agreement")
    private String dataUseAgreement;

    @Column(name = "deaccession_reason")
    private String deaccessionReason;

    @Column(name = "deaccession_forward_url")
    private String deaccessionForwardUrl;

    @Column(name = "deaccessioned_at")
    private Instant deaccessionedAt;

    protected DatasetVersion() {
    }

    /** @param searchWords what search finds besides title and description (never an internal value) */
    public static DatasetVersion draft(Long datasetId, DatasetMetadata metadata, String searchWords, Instant at) {
        DatasetVersion version = new DatasetVersion();
        version.datasetId = datasetId;
        version.state = VersionState.DRAFT;
        version.createdAt = at;
        version.apply(metadata, searchWords, at);
        return version;
    }

    public void apply(DatasetMetadata metadata, String searchWords, Instant at) {
        CitationMetadata citation = metadata.citation();
        this.title = citation.title();
        this.description = citation.descriptions().isEmpty() ? null : citation.descriptions().get(0);
        this.license = metadata.license().isCustom() ? null : metadata.license().displayName();
        this.licenseUri = metadata.license().uri();
        this.retentionUntil = metadata.retentionUntil().orElse(null);
        this.retentionAction = metadata.retentionAction().orElse(null);
        this.metadata = metadata.blocksJson();
        this.searchText = searchWords;
        this.searchLanguage = citation.searchLanguage();
        this.termsOfAccess = blankToNull(metadata.terms().termsOfAccess());
        this.dataUseAgreement = blankToNull(metadata.terms().dataUseAgreement());
        this.updatedAt = at;
    }

    public void release(int major, int minor, Instant at) {
        this.versionNumber = major;
        this.minorVersionNumber = minor;
        this.state = VersionState.RELEASED;
        this.releaseTime = at;
        this.updatedAt = releaseTime;
    }

    /** Withdraws this published version; its landing page becomes a tombstone with the reason. */
    public void deaccession(String reason, String forwardUrl, Instant at) {
        this.state = VersionState.DEACCESSIONED;
        this.deaccessionReason = reason;
        this.deaccessionForwardUrl = forwardUrl;
        this.deaccessionedAt = at;
        this.updatedAt = at;
    }

    public boolean isDeaccessioned() {
        return state == VersionState.DEACCESSIONED;
    }

    public String getDeaccessionReason() {
        return deaccessionReason;
    }

    public String getDeaccessionForwardUrl() {
        return deaccessionForwardUrl;
    }

    public Instant getDeaccessionedAt() {
        return deaccessionedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public Integer getMinorVersionNumber() {
        return minorVersionNumber;
    }

    public VersionState getState() {
        return state;
    }

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }

    /** "1.0", or "DRAFT". */
    public String getFriendlyNumber() {
        return isDraft() ? "DRAFT" : versionNumber + "." + minorVersionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public License getLicense() {
        return License.stored(license, licenseUri);
    }

    public java.time.LocalDate getRetentionUntil() {
        return retentionUntil;
    }

    public String getRetentionAction() {
        return retentionAction;
    }

    public String getMetadata() {
        return metadata;
    }

    public DatasetMetadata metadata() {
        return DatasetMetadata.fromStored(metadata, getLicense(),
                new DatasetMetadata.Terms(termsOfAccess, dataUseAgreement));
    }

    public String getSearchText() {
        return searchText;
    }

    public String getTermsOfAccess() {
        return termsOfAccess;
    }

    public String getDataUseAgreement() {
        return dataUseAgreement;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getReleaseTime() {
        return releaseTime;
    }
}
