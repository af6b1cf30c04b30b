package org.samling.access.control;

import org.samling.authz.ReviewLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.samling.platform.persistence.Sql;

/**
 * One-time links sent by e-mail to guests: to confirm their address (and so their request),
 * and to sign in again to download what they were granted. Only the token's digest is stored.
 */
@ApplicationScoped
public class SignInLinks {

    public static final String CONFIRM = "CONFIRM_REQUEST";
    public static final String SIGN_IN = "SIGN_IN";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Use(long userId, Long requestId, String purpose) {
    }

    @Inject
    Sql sql;

    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long userId, String purpose, Long requestId, Instant now, Duration valid) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        sql.update("insert into sign_in_link (user_id, token_sha256, purpose, request_id, expires_at) values (?, ?, ?, ?, ?)",
                userId, ReviewLinks.sha256(token), purpose, requestId, now.plus(valid));
        return token;
    }

    /**
     * Takes a token: a confirmation link works once; a sign-in link works until it expires.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Use> take(String token, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Optional<Use> use = sql.one("select user_id, request_id, purpose from sign_in_link where token_sha256 = ? "
                        + "and expires_at > ? and (used_at is null or purpose = ?) for update",
                row -> new Use(row.getLong(1), org.samling.platform.persistence.Sql.nullableLong(row, "request_id"),
                        row.getString(3)), ReviewLinks.sha256(token), now, SIGN_IN);
        use.ifPresent(u -> sql.update("update sign_in_link set used_at = ? where token_sha256 = ?", now,
                ReviewLinks.sha256(token)));
        return use;
    }
}
