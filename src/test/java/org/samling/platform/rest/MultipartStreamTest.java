package org.samling.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    static final String BOUNDARY = "----b0undary";

    @Test
    void readsTextAndFilePartsInOrder() throws IOException {
        byte[] file = randomBytes(3 * MultipartStream.BUFFER + 17);
        MultipartStream parts = new MultipartStream(body(file, "{\"restrict\":true}"), BOUNDARY);

        MultipartStream.Part first = parts.next();
        assertEquals("file", first.name());
        assertEquals("report ä.pdf", first.fileName());
        assertArrayEquals(file, first.body().readAllBytes());

        MultipartStream.Part second = parts.next();
        assertEquals("jsonData", second.name());
        assertNull(second.fileName());
        assertEquals("{\"restrict\":true}", new String(second.body().readAllBytes(), StandardCharsets.UTF_8));
        assertNull(parts.next());
    }

    @Test
    void findsTheBoundaryWhenTheNetworkDeliversOneByteAtATime() throws IOException {
        byte[] file = "line\r\n--not-the-boundary\r\n--".getBytes(StandardCharsets.ISO_8859_1);
        InputStream trickle = new FilterInputStream(body(file, "x")) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        MultipartStream parts = new MultipartStream(trickle, BOUNDARY);
        assertArrayEquals(file, parts.next().body().readAllBytes());
        assertEquals("x", new String(parts.next().body().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void skipsAnUnreadPart() throws IOException {
        MultipartStream parts = new MultipartStream(body(randomBytes(100_000), "later"), BOUNDARY);
        parts.next();
        assertEquals("later", new String(parts.next().body().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyCutShortIsMalformed() throws IOException {
        byte[] whole = body(randomBytes(1000), "x").readAllBytes();
        byte[] cut = java.util.Arrays.copyOf(whole, 700);
        MultipartStream parts = new MultipartStream(new ByteArrayInputStream(cut), BOUNDARY);
        MultipartStream.Part part = parts.next();
        assertThrows(MultipartStream.MalformedMultipartException.class, () -> part.body().readAllBytes());
    }

    @Test
    void readsTheBoundaryFromTheContentType() {
        assertEquals("abc", MultipartStream.boundary("multipart/form-data; boundary=abc").orElseThrow());
        assertEquals("a b", MultipartStream.boundary("multipart/form-data; boundary=\"a b\"; charset=x").orElseThrow());
        assertEquals(true, MultipartStream.boundary("application/json").isEmpty());
    }

    static InputStream body(byte[] file, String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("preamble\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"report ä.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"jsonData\"\r\n\r\n" + json
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
