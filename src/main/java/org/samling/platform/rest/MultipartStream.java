package org.samling.platform.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a multipart/form-data body part by part, handing each part's bytes on as a stream
 * straight from the request: an upload of any size passes through one fixed buffer.
 */
public final class MultipartStream {

    static final int BUFFER = 256 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** One part: its form field name, the file name if it is a file, and its bytes. */
    public record Part(String name, String fileName, String contentType, InputStream body) {
        public boolean isFile() {
            return fileName != null;
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    /** Boyer-Moore-Horspool: how far the search may jump when a byte ends a window. */
    private final int[] shift = new int[256];
    private final byte[] buffer = new byte[BUFFER];
    private int head;
    private int tail;
    private boolean eof;
    private boolean finished;
    private PartBody current;

    public MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        java.util.Arrays.fill(shift, delimiter.length);
        for (int i = 0; i < delimiter.length - 1; i++) {
            shift[delimiter[i] & 0xff] = delimiter.length - 1 - i;
        }
        // the first boundary has no line break before it; pretend it has one
        buffer[0] = '\r';
        buffer[1] = '\n';
        tail = 2;
    }

    /** The boundary named in a multipart Content-Type header. */
    public static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(parameters(contentType).get("boundary")).filter(b -> !b.isEmpty() && b.length() <= 200);
    }

    /** The next part, or null after the last one. Any unread rest of the previous part is skipped. */
    public Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current == null) {
            skipToDelimiter();
        } else {
            current.skipRest();
        }
        if (!ensure(2)) {
            throw malformed("the body ends after a boundary");
        }
        if (buffer[head] == '-' && buffer[head + 1] == '-') {
            finished = true;
            return null;
        }
        skipLine();
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        current = new PartBody();
        String fileName = disposition.containsKey("filename*") ? decodeExtended(disposition.get("filename*"))
                : disposition.get("filename");
        return new Part(disposition.get("name"), fileName, headers.get("content-type"), current);
    }

    private void skipToDelimiter() throws IOException {
        PartBody preamble = new PartBody();
        preamble.skipRest();
    }

    private void skipLine() throws IOException {
        while (true) {
            if (!ensure(1)) {
                throw malformed("the body ends inside a boundary line");
            }
            byte b = buffer[head++];
            if (b == '\n') {
                return;
            }
        }
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int used = 0;
        while (true) {
            StringBuilder line = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (true) {
                if (!ensure(1)) {
                    throw malformed("the body ends inside part headers");
                }
                byte b = buffer[head++];
                if (++used > MAX_HEADER_BYTES) {
                    throw malformed("part headers are too long");
                }
                if (b == '\n') {
                    break;
                }
                bytes.write(b);
            }
            line.append(bytes.toString(StandardCharsets.UTF_8));
            if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                line.setLength(line.length() - 1);
            }
            if (line.length() == 0) {
                return headers;
            }
            int colon = line.indexOf(":");
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
    }

    /** Parses {@code value; a=b; c="d e"} into its parameters (names in lower case). */
    static Map<String, String> parameters(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
            int pos = eq + 1;
            while (pos < header.length() && header.charAt(pos) == ' ') {
                pos++;
            }
            StringBuilder value = new StringBuilder();
            if (pos < header.length() && header.charAt(pos) == '"') {
                pos++;
                while (pos < header.length() && header.charAt(pos) != '"') {
                    char c = header.charAt(pos);
                    if (c == '\\' && pos + 1 < header.length()) {
                        c = header.charAt(++pos);
                    }
                    value.append(c);
                    pos++;
                }
                pos++;
            } else {
                while (pos < header.length() && header.charAt(pos) != ';') {
                    value.append(header.charAt(pos++));
                }
            }
            result.put(name, value.toString().trim());
            i = header.indexOf(';', pos);
        }
        return result;
    }

    private static String decodeExtended(String value) throws MalformedMultipartException {
        int quote = value.indexOf("''");
        String encoded = quote >= 0 ? value.substring(quote + 2) : value;
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedMultipartException("Malformed multipart body: a filename* that is not percent-encoded");
        }
    }

    /** Makes at least {@code n} unread bytes available; false if the body ends first. */
    private boolean ensure(int n) throws IOException {
        while (tail - head < n) {
            if (eof) {
                return false;
            }
            if (head > 0) {
                System.arraycopy(buffer, head, buffer, 0, tail - head);
                tail -= head;
                head = 0;
            }
            int read = in.read(buffer, tail, buffer.length - tail);
            if (read < 0) {
                eof = true;
            } else {
                tail += read;
            }
        }
        return true;
    }

    /** The first full delimiter in the unread bytes; most windows are skipped whole, so uploads scan fast. */
    private int indexOfDelimiter() {
        int last = delimiter.length - 1;
        int i = head;
        while (i + last < tail) {
            int j = last;
            while (j >= 0 && buffer[i + j] == delimiter[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
            i += shift[buffer[i + last] & 0xff];
        }
        return -1;
    }

    private static IOException malformed(String why) {
        return new MalformedMultipartException("Malformed multipart body: " + why);
    }

    /** Thrown when the body does not follow the multipart format. */
    public static final class MalformedMultipartException extends IOException {
        MalformedMultipartException(String message) {
            super(message);
        }
    }

    /** The bytes of one part, ending where the next delimiter starts. */
    private final class PartBody extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = indexOfDelimiter();
                if (found == head) {
                    head += delimiter.length;
                    done = true;
                    return -1;
                }
                int available = found >= 0 ? found - head : tail - head - (delimiter.length - 1);
                if (available > 0) {
                    int n = Math.min(length, available);
                    System.arraycopy(buffer, head, target, offset, n);
                    head += n;
                    return n;
                }
                if (!ensure(tail - head + 1)) {
                    throw malformed("the body ends before the closing boundary");
                }
            }
        }

        void skipRest() throws IOException {
            byte[] scratch = new byte[8192];
            while (read(scratch, 0, scratch.length) >= 0) {
                // discard
            }
        }
    }
}
