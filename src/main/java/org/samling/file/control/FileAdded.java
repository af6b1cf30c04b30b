package org.samling.file.control;

/** Fired for each new file; observers that act after commit (extraction) take it from here. */
public record FileAdded(long dataFileId) {
}
