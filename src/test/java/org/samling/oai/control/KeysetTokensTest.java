package org.samling.oai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeysetTokensTest {

    @AfterEach
    void clear() {
        KeysetTokens.clear();
    }

    @Test
    void aTokenCarriesTheCursorAndTheLastIdSentApart() throws Exception {
        KeysetTokens tokens = (KeysetTokens) new KeysetTokens().withGranularity(Granularity.Second);
        ResumptionToken.Value value = new ResumptionToken.ValueBuilder().withOffset(300).withMetadataPrefix("oai_dc")
                .withSetSpec("area6:vestfold").withFrom(Instant.parse("2026-01-01T00:00:00Z")).build();
        KeysetTokens.lastInPage(98_765);
        String token = tokens.format(value);
        KeysetTokens.clear();

        ResumptionToken.Value read = tokens.parse(token);
        assertEquals(300, read.getOffset(), "the cursor harvesters count with");
        assertEquals(98_765, KeysetTokens.lastSent(read), "where the next page starts");
        assertEquals("area6:vestfold", read.getSetSpec());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), read.getFrom());
    }

    @Test
    void aTokenThisRepositoryNeverGaveIsRefused() {
        KeysetTokens tokens = new KeysetTokens();
        assertThrows(BadResumptionTokenException.class, () -> tokens.parse("garbage-token"));
        assertThrows(BadResumptionTokenException.class, () -> tokens.parse(
                java.util.Base64.getUrlEncoder().encodeToString("12|not-a-token".getBytes())));
    }

    @Test
    void aFirstPageStartsAtTheBeginning() {
        assertEquals(0, KeysetTokens.lastSent(new ResumptionToken.ValueBuilder().withMetadataPrefix("oai_dc").build()));
    }
}
