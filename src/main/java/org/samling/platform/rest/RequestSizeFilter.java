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
 * have limits of their own; a PUT of raw bytes is passed on as bytes whatever type it names
 * (curl's {@code --data-binary} says {@code application/x-www-form-urlencoded}, which would
 * otherwise have the body parsed as a form and re-encoded).
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeFilter extends HttpFilter {

    static final long MAX_BODY = JsonBodies.MAX_BYTES;
    /** Where file bytes arrive: Dataverse's add and replace, resumable pieces, file metadata forms. */
    static final Pattern UPLOADS = Pattern.compile(
            "/api(/v1)?/(datasets/.+/add|files/[^/]+/(replace|metadata)|uploads/[^/]+(/direct)?)");
    static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (UPLOADS.matcher(path).matches()) {
            boolean rawPut = "PUT".equals(request.getMethod()) && request.getContentType() != null
                    && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
            chain.doFilter(rawPut ? new RawBytes(request) : request, response);
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

    /** A PUT of bytes that names the form type: seen as octet-stream, its parameters only the query's. */
    static final class RawBytes extends HttpServletRequestWrapper {
        private static final String OCTETS = "application/octet-stream";
        private java.util.Map<String, String[]> query;

        RawBytes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return OCTETS;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? OCTETS : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "content-type".equalsIgnoreCase(name) ? java.util.Collections.enumeration(java.util.List.of(OCTETS))
                    : super.getHeaders(name);
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            if (query == null) {
                java.util.Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
                String string = getQueryString();
                if (string != null) {
                    for (String pair : string.split("&")) {
                        int eq = pair.indexOf('=');
                        String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                                java.nio.charset.StandardCharsets.UTF_8);
                        String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1),
                                java.nio.charset.StandardCharsets.UTF_8);
                        values.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
                    }
                }
                java.util.Map<String, String[]> map = new java.util.LinkedHashMap<>();
                values.forEach((name, list) -> map.put(name, list.toArray(String[]::new)));
                query = java.util.Collections.unmodifiableMap(map);
            }
            return query;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }
    }
}
