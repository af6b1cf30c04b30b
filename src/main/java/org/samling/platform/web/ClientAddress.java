package org.samling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a request really comes from, and whether it came over HTTPS, behind trusted proxies:
 * the nearest address in {@code X-Forwarded-For} (or RFC 7239 {@code Forwarded}) that is not
 * itself a trusted proxy, read from the right, so a client cannot put a false address in front.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, TrustedProxies proxies) {
        String peer = request.getRemoteAddr();
        if (proxies.isEmpty() || !proxies.trusts(peer)) {
            return peer;
        }
        List<String> chain = forwardedFor(request);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (TrustedProxies.literal(hop) == null) {
                return peer;
            }
            if (!proxies.trusts(hop)) {
                return hop;
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    /** HTTPS at the client: the request itself, or what a trusted proxy says of it. */
    public static boolean isSecure(HttpServletRequest request, TrustedProxies proxies) {
        if (request.isSecure()) {
            return true;
        }
        if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
            return false;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            proto = parameter(request.getHeader("Forwarded"), "proto");
        }
        return proto != null && proto.strip().toLowerCase(Locale.ROOT).startsWith("https");
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> chain = new ArrayList<>();
        String forwarded = request.getHeader("Forwarded");
        if (forwarded != null) {
            for (String element : forwarded.split(",")) {
                String value = parameter(element, "for");
                if (value != null) {
                    chain.add(host(value));
                }
            }
            return chain;
        }
        String header = request.getHeader("X-Forwarded-For");
        if (header != null) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(hop.strip());
                }
            }
        }
        return chain;
    }

    /** {@code for="[2001:db8::1]:4711"} or {@code for=192.0.2.60:80}: the address alone. */
    private static String host(String value) {
        String v = value.replace("\"", "").strip();
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            return end > 0 ? v.substring(1, end) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }

    private static String parameter(String element, String name) {
        if (element == null) {
            return null;
        }
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
                return pair.substring(eq + 1).strip();
            }
        }
        return null;
    }
}
