package org.samling.file.control;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Storage keys are made by the server (time and randomness), never from a file's name. */
public final class StorageKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StorageKeys() {
    }

    public static String next() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return Long.toHexString(System.currentTimeMillis()) + "-" + HexFormat.of().formatHex(random);
    }
}
