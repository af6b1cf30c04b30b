package org.samling.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.control.MetadataValidation;

/** The demo studies' study.json files go into the real blocks, and pass their rules. */
class StudyFolderTest {

    static final MetadataBlocks BLOCKS = new MetadataBlocks();

    @ParameterizedTest
    @ValueSource(strings = {"sv-mutual-aid-covid19", "no-link-vestfold"})
    void eachStudyFillsTheFourBlocksWithValidValues(String study) throws IOException {
        JsonObject json;
        try (Reader in = Files.newBufferedReader(Path.of("deploy/demo", study, "study.json"))) {
            json = Json.createReader(in).readObject();
        }
        DatasetMetadata metadata = StudyFolder.metadata(json, BLOCKS,
                new org.samling.dataset.entity.CitationMetadata.Contact("Samling", "samling@example.org"));
        assertEquals(List.of(), MetadataValidation.check(metadata.blocks(), BLOCKS.all(), BLOCKS).stream()
                .map(v -> v.field() + ": " + v.messageKey() + " " + List.of(v.arguments())).toList());
        assertEquals(List.of("citation", "socialscience", "geospatial", "sensitive"), List.copyOf(metadata.blocks().keySet()));
        String sensitive = metadata.blocks().getJsonObject("sensitive").toString();
        for (String field : List.of("legalBasis", "legalBasisDescription", "specialCategoriesBasis", "consentScope",
                "ethicsReview", "dataController", "anonymisation", "retentionUntil", "retentionAction", "participants")) {
            assertTrue(sensitive.contains("\"" + field + "\""), study + " has no " + field);
        }
        assertTrue(metadata.retentionUntil().isPresent());
    }
}
