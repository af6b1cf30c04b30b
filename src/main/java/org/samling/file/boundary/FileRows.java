package org.samling.file.boundary;

import java.time.LocalDate;
import org.samling.authz.FileAccess;
import org.samling.file.control.AddedFile;
import org.samling.file.control.FileRow;

/** A file just added, as the file table would list it. */
final class FileRows {

    private FileRows() {
    }

    static FileRow of(AddedFile added, LocalDate today) {
        return new FileRow(added.dataFile().getId(), added.metadata().getLabel(), added.metadata().getDirectoryLabel(),
                added.metadata().getDescription(), added.metadata().getCategory(),
                FileAccess.effective(added.metadata().getAccess(), added.metadata().getEmbargoUntil(), today),
                added.dataFile().getContentType(), added.dataFile().getSizeBytes(), added.dataFile().getSha256(),
                added.dataFile().getMd5(), added.dataFile().getStorageKey(), added.metadata().getEmbargoUntil(),
                added.metadata().getLanguage(), added.metadata().getRecordingId(),
                added.dataFile().getExtractionStatus(), null, "{}", added.dataFile().getPreviousDataFileId(),
                added.metadata().getTermsOfAccess());
    }
}
