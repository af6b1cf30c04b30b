package org.samling.file.entity;

import java.time.LocalDate;

/**
 * Changes to a file's metadata in a draft. A null field leaves the value unchanged; an empty
 * text clears it; a recording id of 0 removes the link to a recording.
 */
public record FileChanges(String label, String directoryLabel, String description, String category,
                          String language, FileAccess access, LocalDate embargoUntil, Long recordingId) {

    public static FileChanges none() {
        return new FileChanges(null, null, null, null, null, null, null, null);
    }

    /** The same changes without name and folder (which the upload sets itself). */
    public FileChanges withoutPlacement() {
        return new FileChanges(null, null, description, category, language, access, embargoUntil, recordingId);
    }

    public FileChanges withLabel(String newLabel) {
        return new FileChanges(newLabel, directoryLabel, description, category, language, access, embargoUntil,
                recordingId);
    }

    public FileChanges withRecording(long recording) {
        return new FileChanges(label, directoryLabel, description, category, language, access, embargoUntil, recording);
    }

    public FileChanges withCategory(String newCategory) {
        return new FileChanges(label, directoryLabel, description, newCategory, language, access, embargoUntil,
                recordingId);
    }

    public FileChanges withAccess(FileAccess newAccess, LocalDate until) {
        return new FileChanges(label, directoryLabel, description, category, language, newAccess, until, recordingId);
    }
}
