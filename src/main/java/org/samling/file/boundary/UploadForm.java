package org.samling.file.boundary;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.samling.file.control.FileStore;
import org.samling.file.control.StagedFile;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Sizes;
import org.samling.platform.rest.JsonBodies;
import org.samling.platform.rest.MultipartStream;

/**
 * A multipart upload form as Dataverse clients send it: a {@code file} part, streamed into
 * the staging area as it arrives, and an optional {@code jsonData} part.
 */
record UploadForm(StagedFile file, String fileName, JsonObject jsonData) {

    static final int MAX_JSON_DATA = 64 * 1024;
    /** Room for part headers and the other form fields beside the file itself. */
    static final long ENVELOPE = 1024 * 1024;

    /**
     * Reads the form; {@code fileRequired} false allows a form with jsonData only. The caller
     * discards the staged file when done with it.
     */
    static UploadForm read(HttpServletRequest request, FileStore store, long maxBytes, boolean fileRequired)
            throws IOException {
        if (request.getContentLengthLong() > maxBytes + ENVELOPE) {
            throw SamlingException.tooLarge("error.fileTooLarge", Sizes.human(maxBytes), maxBytes);
        }
        String boundary = MultipartStream.boundary(request.getContentType())
                .orElseThrow(() -> SamlingException.badRequest("error.multipartRequired"));
        MultipartStream parts = new MultipartStream(request.getInputStream(), boundary);
        StagedFile file = null;
        String fileName = null;
        JsonObject jsonData = JsonObject.EMPTY_JSON_OBJECT;
        boolean complete = false;
        try {
            for (var part = parts.next(); part != null; part = parts.next()) {
                if ("file".equals(part.name()) && file == null) {
                    fileName = part.fileName();
                    file = store.stage(part.body(), maxBytes);
                } else if ("jsonData".equals(part.name())) {
                    jsonData = JsonBodies.object(readSmall(part.body()));
                }
            }
            if (file == null && fileRequired) {
                throw SamlingException.badRequest("error.filePartRequired");
            }
            complete = true;
            return new UploadForm(file, fileName, jsonData);
        } catch (MultipartStream.MalformedMultipartException e) {
            throw SamlingException.badRequest("error.badMultipart", e.getMessage());
        } finally {
            if (!complete && file != null) {
                file.discard();
            }
        }
    }

    /**
     * The {@code jsonData} part of a form that carries no file (Dataverse's {@code addFiles}, whose
     * bytes went ahead by direct upload), up to {@code maxBytes}; other parts are skipped.
     */
    static String jsonDataOnly(HttpServletRequest request, int maxBytes) throws IOException {
        String boundary = MultipartStream.boundary(request.getContentType())
                .orElseThrow(() -> SamlingException.badRequest("error.multipartRequired"));
        MultipartStream parts = new MultipartStream(request.getInputStream(), boundary);
        String jsonData = null;
        try {
            for (var part = parts.next(); part != null; part = parts.next()) {
                if ("jsonData".equals(part.name())) {
                    jsonData = readSmall(part.body(), maxBytes);
                } else {
                    part.body().transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (MultipartStream.MalformedMultipartException e) {
            throw SamlingException.badRequest("error.badMultipart", e.getMessage());
        }
        if (jsonData == null) {
            throw SamlingException.badRequest("error.jsonDataRequired");
        }
        return jsonData;
    }

    private static String readSmall(InputStream body) throws IOException {
        return readSmall(body, MAX_JSON_DATA);
    }

    private static String readSmall(InputStream body, int max) throws IOException {
        byte[] bytes = body.readNBytes(max + 1);
        if (bytes.length > max) {
            throw SamlingException.badRequest("error.jsonDataTooLarge", max);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void discard() {
        if (file != null) {
            file.discard();
        }
    }
}
