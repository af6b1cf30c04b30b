package org.samling.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The dataset page's address, asked for JSON-LD, DataCite XML or BibTeX, answers in that format. */
@WebFilter(urlPatterns = "/dataset.xhtml")
public class LandingNegotiationFilter extends HttpFilter {

    @Inject
    ContentNegotiation negotiation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && negotiation.answer(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
