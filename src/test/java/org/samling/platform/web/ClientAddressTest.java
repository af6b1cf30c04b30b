package org.samling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy the client's own address counts; nobody else can choose what IP-range groups see. */
class ClientAddressTest {

    static final TrustedProxies BALANCER = TrustedProxies.parse("10.0.0.0/8, 2001:db8::/32");

    @Test
    void withoutTrustedProxiesForwardingHeadersAreIgnored() {
        HttpServletRequest request = request("203.0.113.9", Map.of("X-Forwarded-For", "192.0.2.1"), false);
        assertEquals("203.0.113.9", ClientAddress.of(request, TrustedProxies.NONE));
        assertEquals("203.0.113.9", ClientAddress.of(request, BALANCER), "the peer is no proxy of ours");
    }

    @Test
    void behindTheBalancerTheNearestUntrustedHopIsTheClient() {
        assertEquals("192.0.2.7", ClientAddress.of(request("10.1.2.3",
                Map.of("X-Forwarded-For", "198.51.100.66, 192.0.2.7, 10.9.9.9"), false), BALANCER),
                "an address the client wrote in front of its own is skipped");
        assertEquals("192.0.2.60", ClientAddress.of(request("10.1.2.3",
                Map.of("Forwarded", "for=192.0.2.60;proto=https;by=10.1.2.3"), false), BALANCER));
        assertEquals("2001:db9::1", ClientAddress.of(request("2001:db8::5",
                Map.of("Forwarded", "for=\"[2001:db9::1]:4711\""), false), BALANCER));
        assertEquals("10.1.2.3", ClientAddress.of(request("10.1.2.3",
                Map.of("X-Forwarded-For", "not-an-address"), false), BALANCER), "a name is never looked up");
    }

    @Test
    void httpsIsWhatTheRequestOrATrustedProxySays() {
        assertTrue(ClientAddress.isSecure(request("10.1.2.3", Map.of("X-Forwarded-Proto", "https"), false), BALANCER));
        assertFalse(ClientAddress.isSecure(request("203.0.113.9", Map.of("X-Forwarded-Proto", "https"), false),
                BALANCER));
        assertTrue(ClientAddress.isSecure(request("203.0.113.9", Map.of(), true), TrustedProxies.NONE));
    }

    @Test
    void aMalformedProxyListStopsTheServer() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
    }

    private static HttpServletRequest request(String peer, Map<String, String> headers, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
