package org.samling.file.control;

/** Staged bytes and what the uploader said about them. */
public record NewFile(StagedFile staged, FileDescription description) {
}
