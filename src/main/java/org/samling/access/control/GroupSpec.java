package org.samling.access.control;

import java.util.List;

/**
 * A group's kind and contents.
 *
 * @param kind     EXPLICIT (members), IP_RANGE (CIDR ranges, IPv4 or IPv6) or EMAIL_DOMAIN (domains)
 * @param members  user names, for explicit groups
 * @param ipRanges such as {@code 192.0.2.0/24} or {@code 2001:db8::/32}
 * @param domains  such as {@code esh.se}; subdomains count too
 */
public record GroupSpec(String alias, String name, String kind, List<String> members, List<String> ipRanges,
                        List<String> domains) {

    public GroupSpec {
        members = members == null ? List.of() : List.copyOf(members);
        ipRanges = ipRanges == null ? List.of() : List.copyOf(ipRanges);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
