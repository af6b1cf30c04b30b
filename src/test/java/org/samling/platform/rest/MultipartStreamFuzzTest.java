package org.samling.platform.rest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser that reads every untrusted upload, fed thousands of mangled bodies (bytes flipped,
 * cut, repeated, boundaries broken, headers bloated): each is either read to its end or refused
 * as malformed, quickly, and never yields more bytes than the body held.
 */
class MultipartStreamFuzzTest {

    static final String BOUNDARY = "----fuzz-boundary-1234";

    @Test
    void everyMangledBodyIsReadOrRefusedAsMalformed() {
        Random random = new Random(20261201);
        byte[] valid = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"jsonData\"\r\n\r\n{\"a\":1}\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"; "
                + "filename*=UTF-8''%C3%A4.txt\r\nContent-Type: text/plain\r\n\r\n" + "body ".repeat(400) + "\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 5000; round++) {
                byte[] body = mangle(valid, random);
                long read = 0;
                try {
                    MultipartStream parts = new MultipartStream(new ByteArrayInputStream(body), BOUNDARY);
                    for (var part = parts.next(); part != null; part = parts.next()) {
                        read += part.body().readAllBytes().length;
                    }
                } catch (MultipartStream.MalformedMultipartException e) {
                    continue;
                }
                assertTrue(read <= body.length, "round " + round + " read more than the body held");
            }
        });
    }

    private static byte[] mangle(byte[] valid, Random random) throws IOException {
        byte[] body = valid.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
            case 2 -> {
                var out = new java.io.ByteArrayOutputStream();
                int cut = random.nextInt(body.length);
                out.write(body, 0, cut);
                out.write(("\r\n--" + BOUNDARY).repeat(random.nextInt(50)).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, cut, body.length - cut);
                body = out.toByteArray();
            }
            case 3 -> {
                var out = new java.io.ByteArrayOutputStream();
                out.write(("--" + BOUNDARY + "\r\nX: ").getBytes(StandardCharsets.ISO_8859_1));
                out.write("h".repeat(random.nextInt(40_000)).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                body = out.toByteArray();
            }
            case 4 -> body = new String(body, StandardCharsets.ISO_8859_1).replace("\r\n", random.nextBoolean() ? "\n" : "\r")
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> {
                byte[] noise = new byte[random.nextInt(5000)];
                random.nextBytes(noise);
                body = noise;
            }
        }
        return body;
    }
}
