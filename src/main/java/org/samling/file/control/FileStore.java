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

    /** The bytes from {@code offset} on, for range requests. */
    default InputStream open(String key, long offset) throws IOException {
        InputStream in = open(key);
        in.skipNBytes(offset);
        return in;
    }

    void delete(String key) throws IOException;

    boolean exists(String key);

    /** A stored object and when it was last written. */
    record Stored(String key, java.time.Instant modified) {
    }

    /** Every stored object, for the sweeper. */
    java.util.stream.Stream<Stored> list() throws IOException;

    /** Removes staged uploads last written before {@code cutoff}; returns how many. */
    int sweepStaging(java.time.Instant cutoff) throws IOException;
}
