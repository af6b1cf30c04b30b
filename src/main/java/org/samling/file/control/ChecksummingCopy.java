package org.samling.file.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Sizes;

/**
 * Copies a stream while computing its SHA-256 and MD5, never holding more than a few
 * buffers. Given an executor, both digests run beside the copy on a second core, fed the same
 * buffers: the request thread only reads and writes, which is the slower half of an upload.
 */
public final class ChecksummingCopy {

    static final int BUFFER = 1 << 20;
    static final int BUFFERS = 4;

    public record Result(long size, String sha256, String md5) {
    }

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1);

    private ChecksummingCopy() {
    }

    public static Result copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            sha256.update(buffer, 0, read);
            md5.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new Result(total, hex(sha256), hex(md5));
    }

    public static Result copy(InputStream in, OutputStream out, long maxBytes, Executor executor) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        BlockingQueue<Chunk> forDigests = new ArrayBlockingQueue<>(BUFFERS + 1);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER]);
        }
        CompletableFuture<String[]> digestsDone = CompletableFuture.supplyAsync(() -> {
            try {
                for (Chunk chunk = forDigests.take(); chunk != END; chunk = forDigests.take()) {
                    sha256.update(chunk.bytes(), 0, chunk.length());
                    md5.update(chunk.bytes(), 0, chunk.length());
                    free.put(chunk.bytes());
                }
                return new String[] {hex(sha256), hex(md5)};
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, executor);
        long total = 0;
        boolean ended = false;
        try {
            while (true) {
                byte[] buffer = free.take();
                int read = in.readNBytes(buffer, 0, buffer.length);
                if (read == 0) {
                    break;
                }
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
                forDigests.put(new Chunk(buffer, read));
            }
            forDigests.put(END);
            ended = true;
            String[] digests = digestsDone.get();
            return new Result(total, digests[0], digests[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("copy interrupted");
        } catch (ExecutionException e) {
            throw new IOException("checksums failed", e.getCause());
        } finally {
            if (!ended) {
                forDigests.offer(END);
            }
        }
    }

    private static SamlingException tooLarge(long maxBytes) {
        return SamlingException.tooLarge("error.fileTooLarge", Sizes.human(maxBytes), maxBytes);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
