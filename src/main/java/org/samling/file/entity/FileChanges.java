package org.samling.file.entity;

import org.samling.platform.error.SamlingException;
import org.samling.authz.FileAccess;
import java.time.LocalDate;

/**
 * Changes to a file's metadata in a draft. A null field leaves the value unchanged; an empty
 * text clears it; a recording id of 0 removes the link to a recording.
 *
 * @param termsOfAccess terms for this file where they differ from the dataset's
 */
public record FileChanges(String label, String directoryLabel, String description, String category,
                          String language, FileAccess access, LocalDate embargoUntil, Long recordingId,
                          String termsOfAccess) {

    /** An embargo must end after today (a date already past would open the file at once). */
    public void requireEmbargoAfter(LocalDate today) {
        if (access == FileAccess.EMBARGOED && (embargoUntil == null || !embargoUntil.isAfter(today))) {
            throw SamlingException.badRequest("error.embargoDate");
        }
    }

    public static FileChanges none() {
        return new FileChanges(null, null, null, null, null, null, null, null, null);
    }

    /** The same changes without name and folder (which the upload sets itself). */
    public FileChanges withoutPlacement() {
        return new FileChanges(null, null, description, category, language, access, embargoUntil, recordingId,
                termsOfAccess);
    }

    public FileChanges withPlacement(String newLabel, String newDirectory) {
        return new FileChanges(newLabel, newDirectory, description, category, language, access, embargoUntil,
                recordingId, termsOfAccess);
    }

    public FileChanges withLabel(String newLabel) {
        return withPlacement(newLabel, directoryLabel);
    }

    public FileChanges withRecording(long recording) {
        return new FileChanges(label, directoryLabel, description, category, language, access, embargoUntil, recording,
                termsOfAccess);
    }

    public FileChanges withCategory(String newCategory) {
        return new FileChanges(label, directoryLabel, description, newCategory, language, access, embargoUntil,
                recordingId, termsOfAccess);
    }

    public FileChanges withAccess(FileAccess newAccess, LocalDate until) {
        return new FileChanges(label, directoryLabel, description, category, language, newAccess, until, recordingId,
                termsOfAccess);
    }

    public FileChanges withTerms(String terms) {
        return new FileChanges(label, directoryLabel, description, category, language, access, embargoUntil,
                recordingId, terms);
    }
}
