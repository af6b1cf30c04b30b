package org.samling.dataset.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.License;

class CitationTest {

    @Test
    void followsTheDataverseForm() {
        CitationMetadata citation = new CitationMetadata("Interviews", null,
                List.of(new CitationMetadata.Author("Gotaas, Nora", null, null),
                        new CitationMetadata.Author("Doe, Jane", null, null)),
                List.of(), List.of("D"), List.of(), List.of("Social Sciences"), List.of(), null);
        java.time.Instant now = java.time.Instant.now();
        Dataset dataset = new Dataset(1L, new GlobalId("doi", "10.5072", "SAMLING/ABC123"), 1L, now);
        DatasetVersion version = DatasetVersion.draft(1L, DatasetMetadata.of(citation, new License("CC BY 4.0", "http://creativecommons.org/licenses/by/4.0")), "", now);
        String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        assertEquals("Gotaas, Nora; Doe, Jane, " + year + ", \"Interviews\", https://doi.org/10.5072/SAMLING/ABC123, "
                + "Samling, DRAFT VERSION", Citation.of(dataset, version, "Samling"));
        version.release(1, 1, now);
        assertEquals("V1.1", Citation.versionLabel(version));
        version.release(2, 0, now);
        assertEquals("V2", Citation.versionLabel(version));
    }
}
