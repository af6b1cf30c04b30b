package org.samling.platform.context;

import java.time.Instant;
import java.util.Set;

/**
 * Who asks, from where and when: passed with every command and every read, so that
 * permission checks and audit records never need to look at the HTTP request.
 *
 * @param userId      the signed-in account, or null for a guest
 * @param username    the account's user name, or null for a guest
 * @param superuser   an administrator of the whole repository
 * @param assignees   every name a role can be assigned to that covers this caller
 *                    ("@alice", ":authenticated-users", later groups)
 */
public record RequestContext(Long userId, String username, boolean superuser,
                             Set<String> assignees, String ipAddress, Instant time) {

    public static final String AUTHENTICATED_USERS = ":authenticated-users";

    public static RequestContext guest(String ipAddress) {
        return new RequestContext(null, null, false, Set.of(), ipAddress, Instant.now());
    }

    public static RequestContext user(long userId, String username, boolean superuser, String ipAddress) {
        return new RequestContext(userId, username, superuser,
                Set.of("@" + username, AUTHENTICATED_USERS), ipAddress, Instant.now());
    }

    /** The server itself, acting for an administrator account (first-start tasks). */
    public static RequestContext administrator(long userId, String username) {
        return user(userId, username, true, "127.0.0.1");
    }

    public boolean isGuest() {
        return userId == null;
    }

    /** How this caller appears in the audit log. */
    public String actor() {
        if (userId != null) {
            return "@" + username;
        }
        return superuser ? "server" : "guest";
    }
}
