package org.samling.access.control;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Reads an IP range written as CIDR ({@code 192.0.2.0/24}, {@code 2001:db8::/32}) or as one address. */
public final class IpRanges {

    private IpRanges() {
    }

    /** The range in PostgreSQL's cidr form (host bits cleared), or empty if it is not a range. */
    public static Optional<String> normalize(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String text = given.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean ipv4 = address.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            // anything else would be looked up as a host name
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                return Optional.empty();
            }
            BigInteger value = new BigInteger(1, bytes);
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            byte[] network = value.and(mask).toByteArray();
            byte[] padded = new byte[bytes.length];
            int copy = Math.min(network.length, padded.length);
            System.arraycopy(network, network.length - copy, padded, padded.length - copy, copy);
            return Optional.of(InetAddress.getByAddress(padded).getHostAddress() + "/" + prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
