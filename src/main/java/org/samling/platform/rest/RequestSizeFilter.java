package org.samling.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * API bodies other than uploads are small: more than 10 MB is refused with 413 before anything
 * reads it (declared), or as soon as that much has arrived (chunked). Uploads stream to disk and
 * have limits of their own.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeFilter extends HttpFilter {

    static final long MAX_BODY = JsonBodies.MAX_BYTES;
    /** Where file bytes arrive: Dataverse's add and replace, resumable pieces, file metadata forms. */
    static final Pattern UPLOADS = Pattern.compile(
            "/api(/v1)?/(datasets/.+/add|files/[^/]+/(replace|metadata)|uploads/[^/]+)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (UPLOADS.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            RequestBodies.discard(request);
            ErrorResponses.write(response, 413, "The request body is larger than 10 MB.");
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** The body, which fails once more than the limit has been read. */
    static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > MAX_BODY) {
                            throw new IOException("The request body is larger than 10 MB.");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
