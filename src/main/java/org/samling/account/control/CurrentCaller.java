package org.samling.account.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.samling.account.entity.AppUser;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;

/**
 * Who is calling in this HTTP request: the owner of the API token in {@code X-Dataverse-key},
 * else the account signed in to the browser session, else a guest.
 */
@RequestScoped
public class CurrentCaller {

    public static final String API_KEY_HEADER = "X-Dataverse-key";
    public static final String SESSION_USER = "samling.userId";

    @Inject
    HttpServletRequest request;

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    private RequestContext context;
    private AppUser user;

    public RequestContext context() {
        if (context == null) {
            user = resolveUser().orElse(null);
            String ip = request.getRemoteAddr();
            context = user == null ? RequestContext.guest(ip)
                    : RequestContext.user(user.getId(), user.getUsername(), user.isSuperuser(), ip);
        }
        return context;
    }

    public Optional<AppUser> user() {
        context();
        return Optional.ofNullable(user);
    }

    private Optional<AppUser> resolveUser() {
        String token = request.getHeader(API_KEY_HEADER);
        if (token != null) {
            return Optional.of(tokens.userFor(token)
                    .orElseThrow(() -> SamlingException.unauthorized("error.badApiKey")));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof Long id) {
            return accounts.find(id);
        }
        return Optional.empty();
    }
}
