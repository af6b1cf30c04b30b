package org.samling.file.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.samling.platform.error.SamlingException;

class ChecksummingCopyTest {

    @Test
    void copiesAndComputesBothChecksums() throws IOException {
        byte[] data = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecksummingCopy.Result result = ChecksummingCopy.copy(new ByteArrayInputStream(data), out, 1000);
        assertArrayEquals(data, out.toByteArray());
        assertEquals(data.length, result.size());
        assertEquals("d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592", result.sha256());
        assertEquals("9e107d9d372bb6826bd81d3542a419d6", result.md5());
    }

    @Test
    void theParallelCopyGivesTheSameChecksumsForLargeInput() throws IOException {
        byte[] data = new byte[5 * ChecksummingCopy.BUFFER + 12345];
        new java.util.Random(3).nextBytes(data);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChecksummingCopy.Result parallel = ChecksummingCopy.copy(new ByteArrayInputStream(data), out, data.length, pool);
            ChecksummingCopy.Result plain = ChecksummingCopy.copy(new ByteArrayInputStream(data),
                    OutputStream.nullOutputStream(), data.length);
            assertEquals(plain, parallel);
            assertArrayEquals(data, out.toByteArray());
            assertThrows(SamlingException.class, () -> ChecksummingCopy.copy(new ByteArrayInputStream(data),
                    OutputStream.nullOutputStream(), data.length - 1, pool));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stopsAtTheLimit() {
        SamlingException failure = assertThrows(SamlingException.class, () ->
                ChecksummingCopy.copy(new ByteArrayInputStream(new byte[101]), new ByteArrayOutputStream(), 100));
        assertEquals(413, failure.status());
    }
}
