package org.samling.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Serves {@code /dataverse/{alias}} (the Dataverse address of a collection) with the collection page. */
@WebFilter(urlPatterns = "/dataverse/*")
public class PrettyUrlFilter extends HttpFilter {

    private static final String PREFIX = "/dataverse/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String alias = path.length() <= PREFIX.length() ? "" : path.substring(PREFIX.length()).replaceAll("/+$", "");
        if (alias.isEmpty() || alias.contains("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/collection.xhtml?alias=" + URLEncoder.encode(alias, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
