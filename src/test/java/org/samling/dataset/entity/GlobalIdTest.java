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
        assertEquals("10.5072/SAMLING/ABC123", id.withoutProtocol());
    }

    @Test
    void permalinksResolveOnTheSite() {
        GlobalId id = GlobalId.parse("perma:SMLG/DS/XY7K2P").orElseThrow();
        assertEquals(new GlobalId("perma", "SMLG", "DS/XY7K2P"), id);
        assertEquals("perma:SMLG/DS/XY7K2P", id.asString());
        assertEquals("https://data.example.org/citation?persistentId=perma:SMLG/DS/XY7K2P",
                id.url("https://data.example.org/"));
        assertEquals(id, GlobalId.parse(id.asString()).orElseThrow(), "printing and parsing agree");
        GlobalId.resolvePermalinksAt("https://repo.example.se");
        try {
            assertEquals("https://repo.example.se/citation?persistentId=perma:SMLG/DS/XY7K2P", id.url());
        } finally {
            GlobalId.resolvePermalinksAt("http://localhost:8080");
        }
    }

    @Test
    void refusesWhatIsNotAnIdentifier() {
        assertTrue(GlobalId.parse("10.5072/X").isEmpty());
        assertTrue(GlobalId.parse("doi:10.5072").isEmpty());
        assertTrue(GlobalId.parse("doi:10.5072/").isEmpty());
        assertTrue(GlobalId.parse("perma:SMLG").isEmpty());
        assertTrue(GlobalId.parse(null).isEmpty());
    }
}
