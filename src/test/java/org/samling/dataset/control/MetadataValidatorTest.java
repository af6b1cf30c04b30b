package org.samling.dataset.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.platform.error.ValidationException;

class MetadataValidatorTest {

    @Test
    void aCompleteCitationPasses() {
        CitationMetadata ok = new CitationMetadata("T", null, List.of(new CitationMetadata.Author("A", null, null)),
                List.of(), List.of("D"), List.of(), List.of("Social Sciences"), List.of(), null);
        assertTrue(MetadataValidator.violations(ok).isEmpty());
    }

    @Test
    void namesEveryMissingOrWrongField() {
        CitationMetadata bad = new CitationMetadata(" ", null,
                List.of(new CitationMetadata.Author(null, "X", "1234")),
                List.of(new CitationMetadata.Contact("C", "not-an-address")), List.of(), List.of(),
                List.of("Astrology"), List.of(), null);
        List<String> keys = MetadataValidator.violations(bad).stream().map(ValidationException.Violation::messageKey).toList();
        assertEquals(List.of("validation.titleRequired", "validation.authorRequired", "validation.badOrcid",
                "validation.descriptionRequired", "validation.unknownSubject", "validation.badEmail"), keys);
    }
}
