package org.samling.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a refused request's body, so that clients still sending it
 * receive our error response instead of a broken connection. Bodies larger than the cap are
 * left unread; the connection is then closed after the response.
 */
public final class RequestBodies {

    static final long DISCARD_CAP = 64L * 1024 * 1024;

    private RequestBodies() {
    }

    public static void discard(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > DISCARD_CAP) {
            return;
        }
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while (total < DISCARD_CAP && (read = in.read(buffer)) >= 0) {
                total += read;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the stream is gone: nothing left to drain
        }
    }
}
