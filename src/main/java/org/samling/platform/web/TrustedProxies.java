package org.samling.platform.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load balancers and reverse proxies whose {@code X-Forwarded-For} / {@code Forwarded}
 * headers are believed ({@code SAMLING_TRUSTED_PROXIES}, CIDR ranges, none by default). A
 * header from anyone else is ignored, so a caller cannot pick the address IP-range groups see.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses "10.0.0.0/8, 192.0.2.10, 2001:db8::/32"; a malformed entry stops the server starting. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("SAMLING_TRUSTED_PROXIES: not an address or range: " + entry);
            }
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("SAMLING_TRUSTED_PROXIES: bad prefix in " + entry);
            }
            ranges.add(new Range(address, prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (never a name lookup). */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        boolean ipv4 = address.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
