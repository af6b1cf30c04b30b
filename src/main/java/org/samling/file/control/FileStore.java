package org.samling.file.control;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where file bytes live. Bytes are first staged (streamed to a temporary area while their
 * checksums are computed), then committed under a key the server chose.
 */
public interface FileStore {

    /**
     * Streams {@code in} to the temporary area; refuses (and removes what arrived) once more
     * than {@code maxBytes} have come.
     */
    StagedFile stage(InputStream in, long maxBytes) throws IOException;

    /** Moves staged bytes into the store under {@code key}. */
    void commit(StagedFile staged, String key) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    boolean exists(String key);
}
