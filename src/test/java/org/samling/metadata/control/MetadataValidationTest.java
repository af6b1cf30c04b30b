package org.samling.metadata.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.platform.error.ValidationException.Violation;

/** The rules of the shipped block files, on Dataverse JSON. */
class MetadataValidationTest {

    static final MetadataBlocks BLOCKS = new MetadataBlocks();
    static final List<BlockDefinition> ALL = BLOCKS.all();

    static final String CITATION = """
            {"typeName": "title", "typeClass": "primitive", "multiple": false, "value": "T"},
            {"typeName": "author", "typeClass": "compound", "multiple": true, "value": [
              {"authorName": {"typeName": "authorName", "typeClass": "primitive", "multiple": false, "value": "A"}}]},
            {"typeName": "datasetContact", "typeClass": "compound", "multiple": true, "value": [
              {"datasetContactEmail": {"typeName": "datasetContactEmail", "typeClass": "primitive", "multiple": false,
                                       "value": "a@example.org"}}]},
            {"typeName": "dsDescription", "typeClass": "compound", "multiple": true, "value": [
              {"dsDescriptionValue": {"typeName": "dsDescriptionValue", "typeClass": "primitive", "multiple": false,
                                      "value": "D"}}]},
            {"typeName": "subject", "typeClass": "controlledVocabulary", "multiple": true, "value": ["Social Sciences"]}
            """;

    static List<Violation> check(String blocks) {
        JsonObject json = Json.createReader(new StringReader(blocks)).readObject();
        return MetadataValidation.check(json, ALL, BLOCKS);
    }

    static List<String> keys(String blocks) {
        return check(blocks).stream().map(Violation::messageKey).toList();
    }

    @Test
    void aCompleteCitationWithFieldsFromEveryBlockPasses() {
        assertEquals(List.of(), keys("""
                {"citation": {"fields": [%s,
                   {"typeName": "kindOfData", "typeClass": "primitive", "multiple": true, "value": ["Interviews"]}]},
                 "socialscience": {"fields": [
                   {"typeName": "unitOfAnalysis", "typeClass": "primitive", "multiple": true, "value": ["Organisation"]}]},
                 "geospatial": {"fields": [{"typeName": "geographicCoverage", "typeClass": "compound", "multiple": true,
                   "value": [{"country": {"typeName": "country", "typeClass": "controlledVocabulary", "multiple": false,
                                          "value": "Sweden"}}]}]},
                 "sensitive": {"fields": [
                   {"typeName": "retentionUntil", "typeClass": "primitive", "multiple": false, "value": "2035-12-31"},
                   {"typeName": "participants", "typeClass": "primitive", "multiple": false, "value": "9"},
                   {"typeName": "consentScope", "typeClass": "controlledVocabulary", "multiple": true,
                    "value": ["archiving", "teaching"]}]}}
                """.formatted(CITATION)));
    }

    @Test
    void eachBrokenRuleIsNamedWithItsField() {
        List<Violation> found = check("""
                {"citation": {"fields": [%s,
                   {"typeName": "productionDate", "typeClass": "primitive", "multiple": false, "value": "last spring"},
                   {"typeName": "noSuchField", "typeClass": "primitive", "multiple": false, "value": "x"},
                   {"typeName": "kindOfData", "typeClass": "primitive", "multiple": false, "value": "Interviews"}]},
                 "sensitive": {"fields": [
                   {"typeName": "participants", "typeClass": "primitive", "multiple": false, "value": "nine"},
                   {"typeName": "anonymisation", "typeClass": "controlledVocabulary", "multiple": false, "value": "mostly"},
                   {"typeName": "dataController", "typeClass": "compound", "multiple": true,
                    "value": [{"dataControllerContact": {"typeName": "dataControllerContact", "typeClass": "primitive",
                              "multiple": false, "value": "not an address"}}]}]},
                 "noSuchBlock": {"fields": []}}
                """.formatted(CITATION));
        List<String> named = found.stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        assertTrue(named.containsAll(List.of("productionDate:validation.badDate", "noSuchField:validation.unknownField",
                "kindOfData:validation.expectsList", "participants:validation.badInteger",
                "anonymisation:validation.notInVocabulary", "dataControllerContact:validation.badEmail",
                "noSuchBlock:validation.unknownBlock")), named.toString());
    }

    @Test
    void requiredFieldsAndRequiredPartsAreMissedByName() {
        List<String> named = check("""
                {"citation": {"fields": [
                   {"typeName": "author", "typeClass": "compound", "multiple": true, "value": [
                     {"authorAffiliation": {"typeName": "authorAffiliation", "typeClass": "primitive", "multiple": false,
                                            "value": "Nowhere"}}]}]}}
                """).stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        assertTrue(named.containsAll(List.of("authorName:validation.partRequired", "title:validation.fieldRequired",
                "subject:validation.fieldRequired")), named.toString());
    }

    @Test
    void aBlockTheCollectionDoesNotUseIsRefused() {
        JsonObject json = Json.createReader(new StringReader("""
                {"geospatial": {"fields": [{"typeName": "geographicCoverage", "typeClass": "compound", "multiple": true,
                  "value": [{"city": {"typeName": "city", "typeClass": "primitive", "multiple": false, "value": "Oslo"}}]}]}}
                """)).readObject();
        List<BlockDefinition> citationOnly = ALL.stream().filter(b -> b.name().equals("citation")).toList();
        assertTrue(MetadataValidation.check(json, citationOnly, BLOCKS).stream()
                .anyMatch(v -> v.messageKey().equals("validation.blockNotEnabled")));
        assertEquals(JsonValue.ValueType.OBJECT, json.getValueType());
    }

    @Test
    void theSensitiveBlockIsCuratorOnlyButForDeIdentificationAndConsentScope() {
        BlockDefinition sensitive = BLOCKS.block("sensitive").orElseThrow();
        List<String> open = sensitive.fields().values().stream().filter(f -> !f.internalByDefault())
                .map(f -> f.name()).sorted().toList();
        assertEquals(List.of("anonymisation", "consentScope"), open);
        assertTrue(BLOCKS.block("citation").orElseThrow().fields().values().stream().noneMatch(f -> f.internalByDefault()));
    }
}
