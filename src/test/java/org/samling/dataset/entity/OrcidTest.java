package org.samling.dataset.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrcidTest {

    @Test
    void acceptsValidIdsWithOrWithoutTheUrl() {
        assertEquals("0000-0002-1825-0097", Orcid.parse("0000-0002-1825-0097").orElseThrow());
        assertEquals("0000-0002-1694-233X", Orcid.parse("https://orcid.org/0000-0002-1694-233x").orElseThrow());
    }

    @Test
    void refusesAWrongCheckDigitOrShape() {
        assertTrue(Orcid.parse("0000-0002-1825-0098").isEmpty());
        assertTrue(Orcid.parse("0000-0002-1825").isEmpty());
        assertTrue(Orcid.parse(null).isEmpty());
    }
}
