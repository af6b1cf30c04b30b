package org.samling.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpRangesTest {

    @Test
    void clearsHostBitsAndReadsSingleAddresses() {
        assertEquals("192.0.2.0/24", IpRanges.normalize("192.0.2.77/24").orElseThrow());
        assertEquals("10.1.2.3/32", IpRanges.normalize(" 10.1.2.3 ").orElseThrow());
        assertEquals("2001:db8:0:0:0:0:0:0/32", IpRanges.normalize("2001:db8::1/32").orElseThrow());
        assertEquals("0.0.0.0/0", IpRanges.normalize("8.8.8.8/0").orElseThrow());
    }

    @Test
    void refusesWhatIsNotARange() {
        assertTrue(IpRanges.normalize("example.org").isEmpty(), "no host names: they would be looked up");
        assertTrue(IpRanges.normalize("10.0.0.0/33").isEmpty());
        assertTrue(IpRanges.normalize("300.1.1.1").isEmpty());
        assertTrue(IpRanges.normalize("").isEmpty());
        assertTrue(IpRanges.normalize(null).isEmpty());
    }
}
