package org.samling.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A random secret kept in a file only its owner can read. */
final class SecretFile {

    private SecretFile() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }
}
