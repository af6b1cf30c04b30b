package org.samling.account.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.samling.account.control.CsrfTokens;
import org.samling.account.control.CurrentCaller;
import org.samling.platform.i18n.Messages;
import org.samling.platform.rest.ApiResponses;

/**
 * API calls that change something and are signed in only by the browser session must carry
 * the session's CSRF token; calls with an API token are not affected.
 */
@Provider
public class SessionCsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || context.getHeaderString(CurrentCaller.API_KEY_HEADER) != null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(CurrentCaller.SESSION_USER) == null) {
            return;
        }
        if (!CsrfTokens.matches(session, context.getHeaderString(CsrfTokens.HEADER))) {
            context.abortWith(ApiResponses.error(403, Messages.english("error.csrf")));
        }
    }
}
