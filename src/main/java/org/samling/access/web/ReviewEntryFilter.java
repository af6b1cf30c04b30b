package org.samling.access.web;

import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.samling.authz.ReviewLinks;
import org.samling.account.control.CurrentCaller;
import org.samling.access.control.UseReviewLinkCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.dataset.control.Datasets;
import org.samling.platform.context.RequestContext;

/**
 * {@code /review/{token}}: a peer reviewer's way in. A link in force puts its id in a new
 * browser session (so what it allows lasts only as long as the link) and opens the draft;
 * any other token gets 404.
 */
@WebFilter(urlPatterns = "/review/*")
public class ReviewEntryFilter extends HttpFilter {

    private static final String PREFIX = "/review/";

    @Inject
    ReviewLinks links;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String token = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        RequestContext guest = RequestContext.guest(request.getRemoteAddr(), clock.instant());
        var link = links.byToken(token, guest.time()).flatMap(id -> links.inForce(guest.withReviewLink(id))).orElse(null);
        if (link == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "This review link is unknown, expired or revoked.");
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(CurrentCaller.SESSION_REVIEW_LINK, link.id());
        engine.submit(new UseReviewLinkCommand(guest.withReviewLink(link.id()), link.id(), link.datasetId()));
        String pid = datasets.require(link.datasetId()).getGlobalId().asString();
        response.sendRedirect(request.getContextPath() + "/dataset.xhtml?version=:draft&persistentId="
                + URLEncoder.encode(pid, StandardCharsets.UTF_8));
    }
}
