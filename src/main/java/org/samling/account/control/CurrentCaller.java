package org.samling.account.control;

import org.samling.platform.i18n.PreferredLanguage;
import org.samling.platform.web.ClientAddress;
import org.samling.platform.config.SamlingConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.samling.authz.Groups;
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
    public static final String SESSION_REVIEW_LINK = "samling.reviewLink";

    @Inject
    HttpServletRequest request;

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    Groups groups;

    @Inject
    Clock clock;

    @Inject
    SamlingConfig config;

    private RequestContext context;
    private AppUser user;

    public RequestContext context() {
        if (context == null) {
            user = resolveUser().orElse(null);
            context = contextOf(user);
        }
        return context;
    }

    /**
     * For a request that carries a capability instead of a key (a direct-upload address): from
     * here on it acts as the account the capability was handed to, with that account's groups.
     */
    public RequestContext actAs(long userId) {
        user = accounts.find(userId).orElseThrow(() -> SamlingException.unauthorized("error.badApiKey"));
        context = contextOf(user);
        return context;
    }

    private RequestContext contextOf(AppUser user) {
        String ip = ClientAddress.of(request, config.trustedProxies());
        Instant now = clock.instant();
        RequestContext base = user == null ? RequestContext.guest(ip, now)
                : RequestContext.user(user.getId(), user.getUsername(), user.isSuperuser(), ip, now);
        if (user != null && user.isGuest()) {
            base = base.asGuestAccount();
        }
        return base.withLanguage(PreferredLanguage.of(request).getLanguage())
                .withGroups(groups.covering(user == null ? null : user.getId(),
                        user == null || user.getEmailVerifiedAt() == null ? null : user.getEmail(), ip))
                .withReviewLink(reviewLink());
    }

    public Optional<AppUser> user() {
        context();
        return Optional.ofNullable(user);
    }

    private Long reviewLink() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_REVIEW_LINK) instanceof Long id ? id : null;
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
