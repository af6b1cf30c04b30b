package org.samling.collection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A container for datasets and other collections: an institution, a project. */
@Entity
@Table(name = "collection")
public class Collection {

    public static final String ROOT = "root";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String alias;

    @Column(nullable = false)
    private String name;

    private String description;

    private String affiliation;

    @Column(name = "parent_id")
    private Long parentId;

    /** The ids of this collection and its ancestors, {@code /1/5/9/}. */
    @Column(nullable = false)
    private String path;

    @Column(name = "creator_role", nullable = false)
    private String creatorRole;

    @Column(name = "creator_id")
    private Long creatorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** How long access grants last unless a curator chooses otherwise. */
    @Column(name = "grant_days", nullable = false)
    private int grantDays = 365;

    /** Depositors submit their datasets for review instead of publishing them. */
    @Column(name = "require_review", nullable = false)
    private boolean requireReview;

    /** Categories this collection adds for files, one per line. */
    @Column(name = "file_categories", nullable = false)
    private String fileCategories = "";

    protected Collection() {
    }

    public Collection(String alias, String name, String description, String affiliation, Collection parent,
                      Long creatorId) {
        this.alias = alias;
        this.name = name;
        this.description = description;
        this.affiliation = affiliation;
        this.parentId = parent.getId();
        this.path = parent.getPath();
        this.creatorRole = parent.getCreatorRole();
        this.requireReview = parent.isRequireReview();
        this.creatorId = creatorId;
        this.createdAt = Instant.now();
    }

    /** Completes the path once the new collection has its id. */
    public void placeUnder(Collection parent) {
        this.path = parent.getPath() + id + "/";
    }

    public Long getId() {
        return id;
    }

    public String getAlias() {
        return alias;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public String getCreatorRole() {
        return creatorRole;
    }

    /**
     * The role a depositor gets on the dataset they create: the collection's, or where datasets
     * are reviewed, a contributor's (edits, submits, never publishes).
     */
    public String depositorRole() {
        return requireReview ? "contributor" : creatorRole;
    }

    public boolean isRequireReview() {
        return requireReview;
    }

    public void describe(String newName, String newDescription, String newAffiliation) {
        this.name = newName;
        this.description = newDescription;
        this.affiliation = newAffiliation;
    }

    public void setRequireReview(boolean requireReview) {
        this.requireReview = requireReview;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getGrantDays() {
        return grantDays;
    }

    public void setGrantDays(int grantDays) {
        this.grantDays = grantDays;
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public java.util.List<String> getFileCategories() {
        return fileCategories.isEmpty() ? java.util.List.of() : java.util.List.of(fileCategories.split("\n"));
    }

    public void setFileCategories(java.util.List<String> names) {
        this.fileCategories = String.join("\n", names);
    }
}
