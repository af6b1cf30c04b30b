package org.samling.file.entity;

/**
 * Who may open a file: everyone (public); those granted access on request (restricted); nobody
 * but the dataset's own people before a date (embargoed), or at all (closed: no requests).
 */
public enum FileAccess {
    PUBLIC, RESTRICTED, EMBARGOED, CLOSED
}
