package org.samling.file.boundary;

import org.samling.file.control.StagedFile;
import org.samling.platform.error.SamlingException;

/** Compares what arrived with the checksum the client said it sent. */
final class Checksums {

    private Checksums() {
    }

    static void verify(StagedFile upload, FileJsonData.ExpectedChecksum expected) {
        if (expected == null) {
            return;
        }
        String actual = expected.type().equals("MD5") ? upload.md5() : upload.sha256();
        if (!actual.equalsIgnoreCase(expected.value())) {
            throw SamlingException.badRequest("error.checksumMismatch", expected.type(), expected.value(), actual);
        }
    }
}
