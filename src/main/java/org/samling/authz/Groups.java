package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.samling.platform.persistence.Sql;

/**
 * Which groups cover a caller: explicit groups they were added to, e-mail-domain groups of
 * their address (a subdomain counts), and IP-range groups of the address they call from
 * (for guests too). Groups are assignees of roles as "&amp;alias".
 */
@ApplicationScoped
public class Groups {

    private static final String COVERING = """
            select '&' || g.alias from app_group g
             where (g.kind = 'EXPLICIT' and exists (select 1 from group_member m where m.group_id = g.id and m.user_id = ?))
                or (g.kind = 'EMAIL_DOMAIN' and exists (select 1 from group_email_domain d where d.group_id = g.id
                        and (d.domain = ? or ? like '%.' || d.domain)))
                or (g.kind = 'IP_RANGE' and ?::inet is not null and exists (select 1 from group_ip_range r
                        where r.group_id = g.id and ?::inet <<= r.ip_range))
            """;

    @Inject
    Sql sql;

    public Set<String> covering(Long userId, String email, String ip) {
        String domain = domainOf(email);
        String address = validIp(ip);
        if (userId == null && address == null) {
            return Set.of();
        }
        return new HashSet<>(sql.list(COVERING, row -> row.getString(1), userId == null ? -1L : userId,
                domain, domain, address, address));
    }

    static String domainOf(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Only a literal IPv4 or IPv6 address reaches the query (no host names). */
    static String validIp(String ip) {
        if (ip == null || ip.isBlank() || !ip.matches("[0-9a-fA-F:.%]+")) {
            return null;
        }
        int zone = ip.indexOf('%');
        return zone < 0 ? ip : ip.substring(0, zone);
    }
}
