package org.samling.file.control;

import java.time.LocalDate;
import org.samling.file.entity.ExtractionStatus;
import org.samling.file.entity.FileAccess;

/** One file of a version, as the file table, the file page and the API show it. */
public record FileRow(long id, String label, String directoryLabel, String description, String category,
                      boolean restricted, String contentType, long size, String sha256, String md5,
                      String storageKey, LocalDate embargoUntil, String language, Long recordingId,
                      ExtractionStatus extractionStatus, String extractionMessage, String technicalJson,
                      Long previousDataFileId, boolean closed, String termsOfAccess) {

    public String path() {
        return directoryLabel == null || directoryLabel.isEmpty() ? label : directoryLabel + "/" + label;
    }

    public FileAccess access() {
        if (closed) {
            return FileAccess.CLOSED;
        }
        if (embargoUntil != null && embargoUntil.isAfter(LocalDate.now())) {
            return FileAccess.EMBARGOED;
        }
        return restricted ? FileAccess.RESTRICTED : FileAccess.PUBLIC;
    }

    /** Whether someone may ask for access to this file (restricted, not embargoed or closed). */
    public boolean isRequestable() {
        return access() == FileAccess.RESTRICTED;
    }

    public boolean isPublic() {
        return access() == FileAccess.PUBLIC;
    }

    public boolean isEmbargoed() {
        return access() == FileAccess.EMBARGOED;
    }

    public boolean isAudio() {
        return contentType.startsWith("audio/");
    }
}
