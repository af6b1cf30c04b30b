package org.samling.platform.context;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Who asks, from where and when: passed with every command and every read, so that
 * permission checks and audit records never need to look at the HTTP request.
 *
 * @param userId       the signed-in account (a local account or a confirmed guest), or null
 * @param username     the account's user name, or null
 * @param superuser    an administrator of the whole repository
 * @param assignees    every name a role can be assigned to that covers this caller: "@alice",
 *                     ":authenticated-users" (local accounts only), "&amp;group" for each group
 * @param reviewLinkId the private review link this browser came in through, or null
 * @param language     the language the caller reads (en, sv, nb): the page's, or the browser's
 */
public record RequestContext(Long userId, String username, boolean superuser,
                             Set<String> assignees, String ipAddress, Instant time, Long reviewLinkId,
                             String language) {

    public static final String AUTHENTICATED_USERS = ":authenticated-users";

    public RequestContext {
        assignees = Set.copyOf(assignees);
        language = language == null ? "en" : language;
    }

    public static RequestContext guest(String ipAddress, Instant time) {
        return new RequestContext(null, null, false, Set.of(), ipAddress, time, null, "en");
    }

    public static RequestContext user(long userId, String username, boolean superuser, String ipAddress, Instant time) {
        return new RequestContext(userId, username, superuser,
                Set.of("@" + username, AUTHENTICATED_USERS), ipAddress, time, null, "en");
    }

    /** The server itself, acting for an administrator account (first-start tasks). */
    public static RequestContext administrator(long userId, String username, Instant time) {
        return user(userId, username, true, "127.0.0.1", time);
    }

    /** The server with no account behind it (creating the first administrator, scheduled jobs). */
    public static RequestContext server(Instant time) {
        return new RequestContext(null, "server", true, Set.of(), "127.0.0.1", time, null, "en");
    }

    /** The date of the request, in UTC: what embargoes and retention dates are compared with. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(time, java.time.ZoneOffset.UTC);
    }

    /** The same caller, also covered by these groups ("&amp;alias"). */
    public RequestContext withGroups(Set<String> groups) {
        if (groups.isEmpty()) {
            return this;
        }
        Set<String> all = new HashSet<>(assignees);
        all.addAll(groups);
        return new RequestContext(userId, username, superuser, all, ipAddress, time, reviewLinkId, language);
    }

    /** The same caller, without the ":authenticated-users" a local account has (guests). */
    public RequestContext asGuestAccount() {
        Set<String> all = new HashSet<>(assignees);
        all.remove(AUTHENTICATED_USERS);
        return new RequestContext(userId, username, superuser, all, ipAddress, time, reviewLinkId, language);
    }

    public RequestContext withReviewLink(Long linkId) {
        return new RequestContext(userId, username, superuser, assignees, ipAddress, time, linkId, language);
    }

    /** The same caller, reading in this language. */
    public RequestContext withLanguage(String chosen) {
        return new RequestContext(userId, username, superuser, assignees, ipAddress, time, reviewLinkId, chosen);
    }

    public boolean isGuest() {
        return userId == null;
    }

    /** How this caller appears in the audit log. */
    public String actor() {
        String who = userId != null ? "@" + username : superuser ? "server" : "guest";
        return reviewLinkId == null ? who : who + " via review link " + reviewLinkId;
    }
}
