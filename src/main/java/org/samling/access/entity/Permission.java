package org.samling.access.entity;

/** What a role allows on a collection or dataset (and everything below it). */
public enum Permission {
    ADD_COLLECTION,
    EDIT_COLLECTION,
    ADD_DATASET,
    VIEW_UNPUBLISHED,
    EDIT_DATASET,
    PUBLISH_DATASET,
    DOWNLOAD_RESTRICTED,
    MANAGE_PERMISSIONS,
    /** Repository-wide housekeeping (fixity checks, sweeps); no role carries it, only administrators. */
    ADMINISTER
}
