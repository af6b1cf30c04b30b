package org.samling.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.samling.platform.config.SamlingConfig;

/**
 * {@code /robots.txt}: crawlers may read landing pages, collections and the sitemap; they are
 * kept from the API, downloads, searches and account pages, which only cost and say nothing new.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    SamlingConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("""
                User-agent: *
                Allow: /dataset.xhtml
                Allow: /dataverse/
                Allow: /citation
                Disallow: /api/
                Disallow: /search.xhtml
                Disallow: /review/
                Disallow: /account
                Disallow: /login
                Crawl-delay: 2

                Sitemap: %s/sitemap.xml
                """.formatted(config.siteUrl()));
    }
}
