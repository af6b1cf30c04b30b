package org.samling.file.boundary;

import java.util.UUID;
import org.samling.platform.error.SamlingException;

/**
 * How Samling names an upload session in Dataverse's direct-upload protocol: the
 * {@code storageIdentifier} a client gets with its upload address and hands back to
 * {@code addFiles} or {@code replace}, and the {@code uploadid} of a multipart upload.
 */
final class DirectUploads {

    static final String STORAGE_PREFIX = "samling-upload://";

    private DirectUploads() {
    }

    static String storageIdentifier(UUID session) {
        return STORAGE_PREFIX + session;
    }

    static UUID sessionOf(String storageIdentifier) {
        if (storageIdentifier == null || !storageIdentifier.startsWith(STORAGE_PREFIX)) {
            throw SamlingException.badRequest("error.storageIdentifierUnknown", String.valueOf(storageIdentifier));
        }
        return uploadId(storageIdentifier.substring(STORAGE_PREFIX.length()));
    }

    /** The finished upload a storageIdentifier names, checksummed, if it is the caller's and for this dataset. */
    static org.samling.file.control.StagedFile staged(org.samling.file.control.UploadSessions sessions,
                                                     org.samling.platform.context.RequestContext context, long datasetId,
                                                     UUID upload) throws java.io.IOException {
        if (sessions.find(context, upload).datasetId() != datasetId) {
            throw SamlingException.badRequest("error.uploadOtherDataset", upload);
        }
        return sessions.finish(context, upload);
    }

    static UUID uploadId(String value) {
        try {
            return UUID.fromString(String.valueOf(value).trim());
        } catch (IllegalArgumentException e) {
            throw SamlingException.badRequest("error.storageIdentifierUnknown", String.valueOf(value));
        }
    }
}
