package org.samling.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.samling.platform.persistence.DatabaseFailures;

/**
 * A page asked for while PostgreSQL is down or restarting answers 503 (try again shortly), not
 * 500; the server needs nothing to recover but the database's return.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/dataverse/*", "/review/*", "/"})
public class DatabaseUnavailableFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!response.isCommitted() && DatabaseFailures.isUnreachable(e)) {
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            throw e;
        }
    }
}
