package org.samling.file.control;

import java.time.LocalDate;
import org.samling.authz.FileAccess;
import org.samling.authz.Opener;
import org.samling.file.entity.ExtractionStatus;

/**
 * One file of a version, as the file table, the file page and the API show it.
 *
 * @param access who may open it as of the request's date (an embargo past its date reads restricted)
 */
public record FileRow(long id, String label, String directoryLabel, String description, String category,
                      FileAccess access, String contentType, long size, String sha256, String md5,
                      String storageKey, LocalDate embargoUntil, String language, Long recordingId,
                      ExtractionStatus extractionStatus, String extractionMessage, String technicalJson,
                      Long previousDataFileId, String termsOfAccess) {

    public String path() {
        return directoryLabel == null || directoryLabel.isEmpty() ? label : directoryLabel + "/" + label;
    }

    /** Dataverse's flag: anything but public. */
    public boolean restricted() {
        return access != FileAccess.PUBLIC;
    }

    /** Whether someone may ask for access to this file (restricted, not embargoed or closed). */
    public boolean isRequestable() {
        return access == FileAccess.RESTRICTED;
    }

    public boolean isPublic() {
        return access == FileAccess.PUBLIC;
    }

    public boolean isEmbargoed() {
        return access == FileAccess.EMBARGOED;
    }

    public boolean isAudio() {
        return contentType.startsWith("audio/");
    }

    public boolean mayBeOpenedBy(Opener opener) {
        return opener.mayOpen(id, access);
    }

    /**
     * The file as this caller may see it listed: an embargoed file they may not open shows
     * nothing but its name, size and the end of the embargo.
     */
    public FileRow presentedTo(Opener opener) {
        if (!isEmbargoed() || mayBeOpenedBy(opener)) {
            return this;
        }
        return new FileRow(id, label, directoryLabel, null, null, access, "application/octet-stream", size, "", "", "",
                embargoUntil, null, null, ExtractionStatus.SKIPPED, null, "{}", null, null);
    }
}
