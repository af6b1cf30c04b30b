package org.samling.dataset.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationMetadataTest {

    static CitationMetadata sample() {
        return new CitationMetadata("Ömsesidig hjälp", null,
                List.of(new CitationMetadata.Author("Pohlkamp, Lilian", "ESBH", "0000-0002-1825-0097")),
                List.of(new CitationMetadata.Contact("Lilian", "lilian@esh.se")),
                List.of("Intervjuer om resiliens."), List.of("resiliens", "mutual aid"),
                List.of("Social Sciences"), List.of("sv"), "2026-11-22");
    }

    @Test
    void survivesTheRoundTripThroughDataverseFields() {
        CitationMetadata citation = sample();
        CitationMetadata read = CitationMetadata.from(citation.toFields(null));
        assertEquals(citation, read);
        assertEquals(List.of("Swedish"), read.languages(), "codes are stored as names");
        assertEquals("swedish", read.searchLanguage());
    }

    @Test
    void keepsFieldsItDoesNotModel() {
        JsonArray previous = Json.createArrayBuilder()
                .add(MetadataFields.primitive("title", "Old"))
                .add(MetadataFields.compound("series", List.of(java.util.Map.of("seriesName", "NIBR-rapport 2012:8"))))
                .build();
        JsonArray fields = sample().toFields(previous);
        assertTrue(MetadataFields.find(fields, "series").isPresent());
        assertEquals("Ömsesidig hjälp", MetadataFields.text(fields, "title"));
        assertEquals(1, fields.stream().filter(f -> f.asJsonObject().getString("typeName").equals("title")).count());
    }

    @Test
    void searchWordsHoldAuthorsAndKeywords() {
        String words = sample().searchWords();
        assertTrue(words.contains("Pohlkamp"));
        assertTrue(words.contains("mutual aid"));
    }
}
