package org.samling.account.control;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.samling.account.entity.ApiToken;
import org.samling.account.entity.AppUser;

/** Issues API tokens and finds the account a presented token belongs to. */
@ApplicationScoped
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofDays(365);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How long a token issued now works. */
    public Instant expiryOfNew() {
        return clock.instant().plus(LIFETIME);
    }

    /** Creates a token for the account and returns it; this is the only time it is seen. */
    @Transactional(Transactional.TxType.REQUIRED)
    public String issue(AppUser user) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        em.persist(new ApiToken(user.getId(), sha256(token), now, now.plus(LIFETIME)));
        return token;
    }

    /** The token as stored, while it works (not disabled, not expired). */
    public Optional<ApiToken> active(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenSha256 = :hash and t.disabled = false"
                        + " and t.expiresAt > :now", ApiToken.class)
                .setParameter("hash", sha256(token.trim()))
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    public Optional<AppUser> userFor(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("select u from AppUser u, ApiToken t where t.userId = u.id "
                        + "and t.tokenSha256 = :hash and t.disabled = false and t.expiresAt > :now", AppUser.class)
                .setParameter("hash", sha256(token.trim()))
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
