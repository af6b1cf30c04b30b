package org.samling.file.entity;

/** Where a file's text and technical metadata extraction stands. */
public enum ExtractionStatus {
    /** waiting for a worker */
    PENDING,
    /** a worker has it */
    RUNNING,
    DONE,
    /** the file could not be read; the message says why */
    FAILED,
    /** nothing to extract, or the file is larger than the extraction limit */
    SKIPPED
}
