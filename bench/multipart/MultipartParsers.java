package bench;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.commons.fileupload2.core.*;

/**
 * Reads the same 1 GiB multipart upload with Samling's MultipartStream and with Commons FileUpload 2's
 * streaming API, four rounds each, and prints the throughput of both (bench/multipart-benchmark.sh).
 */
public class MultipartParsers {
    static final String B = "----bench-boundary-7f3a";
    static final long SIZE = 1L << 30;

    static InputStream body() {
        byte[] head = ("--" + B + "\r\nContent-Disposition: form-data; name=\"jsonData\"\r\n\r\n{\"a\":1}\r\n--" + B
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        InputStream data = new InputStream() {
            long left = SIZE; int pos;
            public int read() { throw new UnsupportedOperationException(); }
            public int read(byte[] b, int off, int len) {
                if (left == 0) return -1;
                int n = (int) Math.min(Math.min(len, left), chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n); pos = (pos + n) % chunk.length; left -= n; return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), data, new ByteArrayInputStream(tail))));
    }

    static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[256 * 1024]; long total = 0; int n;
        while ((n = in.read(buf)) >= 0) total += n;
        return total;
    }

    static long ours() throws IOException {
        org.samling.platform.rest.MultipartStream parts = new org.samling.platform.rest.MultipartStream(body(), B);
        long total = 0;
        for (var p = parts.next(); p != null; p = parts.next()) total += drain(p.body());
        return total;
    }

    static long commons() throws Exception {
        var upload = new org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload<>();
        RequestContext ctx = new RequestContext() {
            public String getCharacterEncoding() { return "UTF-8"; }
            public long getContentLength() { return -1; }
            public String getContentType() { return "multipart/form-data; boundary=" + B; }
            public InputStream getInputStream() { return body(); }
            public boolean isMultipartRelated() { return false; }
        };
        long total = 0;
        FileItemInputIterator items = upload.getItemIterator(ctx);
        while (items.hasNext()) { FileItemInput item = items.next(); total += drain(item.getInputStream()); }
        return total;
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime(); long a = ours(); long t1 = System.nanoTime(); long b = commons(); long t2 = System.nanoTime();
            System.out.printf("round %d: ours %.0f MiB/s, commons %.0f MiB/s (%d / %d bytes)%n", round,
                    a / 1048576.0 / ((t1 - t0) / 1e9), b / 1048576.0 / ((t2 - t1) / 1e9), a, b);
        }
    }
}
