package org.samling.authz;

/** What a role allows on a collection or dataset (and everything below it). */
public enum Permission {
    ADD_COLLECTION,
    EDIT_COLLECTION,
    ADD_DATASET,
    VIEW_UNPUBLISHED,
    EDIT_DATASET,
    PUBLISH_DATASET,
    DOWNLOAD_RESTRICTED,
    /** Give and take roles, manage groups. */
    MANAGE_PERMISSIONS,
    /** Decide access requests, make review links, see who opened what. */
    MANAGE_ACCESS,
    /** Repository-wide housekeeping (fixity checks, sweeps); no role carries it, only administrators. */
    ADMINISTER
}
