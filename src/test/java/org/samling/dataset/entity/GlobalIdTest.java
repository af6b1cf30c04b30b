package org.samling.dataset.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void splitsProtocolAuthorityAndIdentifier() {
        GlobalId id = GlobalId.parse("doi:10.5072/SAMLING/ABC123").orElseThrow();
        assertEquals(new GlobalId("doi", "10.5072", "SAMLING/ABC123"), id);
        assertEquals("https://doi.org/10.5072/SAMLING/ABC123", id.url());
        assertEquals("doi:10.5072/SAMLING/ABC123", id.asString());
    }

    @Test
    void refusesWhatIsNotAnIdentifier() {
        assertTrue(GlobalId.parse("10.5072/X").isEmpty());
        assertTrue(GlobalId.parse("doi:10.5072").isEmpty());
        assertTrue(GlobalId.parse("doi:10.5072/").isEmpty());
        assertTrue(GlobalId.parse(null).isEmpty());
    }
}
