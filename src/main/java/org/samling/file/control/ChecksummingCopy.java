package org.samling.file.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Sizes;

/** Copies a stream while computing its SHA-256 and MD5, never holding more than one buffer. */
public final class ChecksummingCopy {

    static final int BUFFER = 1 << 20;

    public record Result(long size, String sha256, String md5) {
    }

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
                throw SamlingException.tooLarge("error.fileTooLarge", Sizes.human(maxBytes), maxBytes);
            }
            sha256.update(buffer, 0, read);
            md5.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new Result(total, HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
