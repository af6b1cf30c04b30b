package org.samling.account.control;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A secret per browser session that pages send back with API calls: a script on another site
 * can make the browser send our session cookie, but cannot read this token.
 */
public final class CsrfTokens {

    public static final String HEADER = "X-Samling-Csrf";
    static final String ATTRIBUTE = "samling.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    public static String of(HttpSession session) {
        Object existing = session.getAttribute(ATTRIBUTE);
        if (existing instanceof String token) {
            return token;
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    public static boolean matches(HttpSession session, String presented) {
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && presented != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
