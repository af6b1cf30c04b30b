package org.samling.file.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes received and checksummed, waiting in the temporary area to be committed or discarded. */
public record StagedFile(Path path, long size, String sha256, String md5) {

    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
