package org.samling.metadata.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.error.ValidationException.Violation;

/** The form over the shipped blocks: what it shows, and the JSON it gives back. */
class MetadataFormTest {

    static final MetadataBlocks BLOCKS = new MetadataBlocks();

    static final String STORED = """
            {"citation": {"fields": [
               {"typeName": "title", "typeClass": "primitive", "multiple": false, "value": "Ömsesidig hjälp"},
               {"typeName": "author", "typeClass": "compound", "multiple": true, "value": [
                 {"authorName": {"typeName": "authorName", "typeClass": "primitive", "multiple": false, "value": "A"}},
                 {"authorName": {"typeName": "authorName", "typeClass": "primitive", "multiple": false, "value": "B"},
                  "authorAffiliation": {"typeName": "authorAffiliation", "typeClass": "primitive", "multiple": false,
                                        "value": "NIBR"}}]},
               {"typeName": "subject", "typeClass": "controlledVocabulary", "multiple": true, "value": ["Social Sciences"]}]},
             "geospatial": {"fields": [{"typeName": "geographicCoverage", "typeClass": "compound", "multiple": true,
               "value": [{"country": {"typeName": "country", "typeClass": "controlledVocabulary", "multiple": false,
                                      "value": "Sweden"}}]}]},
             "sensitive": {"fields": [
               {"typeName": "retentionUntil", "typeClass": "primitive", "multiple": false, "value": "2035-12-31"}]}}
            """;

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static MetadataForm form(String stored, Locale locale) {
        return MetadataForm.of(BLOCKS.all(), json(stored), Set.of("retentionUntil"), BLOCKS, locale);
    }

    static FieldEntry field(MetadataForm form, String name) {
        return form.getSections().stream().flatMap(s -> s.getFields().stream()).filter(f -> f.getName().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void storedValuesComeBackAsTheyWere() {
        MetadataForm form = form(STORED, Locale.ENGLISH);
        JsonObject back = form.blocks(JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(json(STORED).getJsonObject("geospatial"), back.getJsonObject("geospatial"));
        assertEquals(json(STORED).getJsonObject("sensitive"), back.getJsonObject("sensitive"));
        assertEquals(json(STORED).getJsonObject("citation"), back.getJsonObject("citation"));
        assertFalse(back.containsKey("socialscience"), "a block without values is left out");
    }

    @Test
    void theFormShowsWidgetsLabelsAndWhatIsCuratorOnly() {
        MetadataForm form = form(STORED, Locale.forLanguageTag("sv"));
        assertEquals(Widget.COMPOUND, field(form, "author").getWidget());
        assertEquals(2, field(form, "author").getValues().size());
        assertEquals(Widget.CHECKS, field(form, "subject").getWidget());
        assertEquals(Widget.SUGGEST, field(form, "geographicCoverage").getChildren().stream()
                .filter(c -> c.getName().equals("country")).findFirst().orElseThrow().getWidget());
        assertTrue(field(form, "retentionUntil").isInternal());
        assertFalse(field(form, "title").isInternal());
        assertTrue(form.getSections().stream().filter(s -> s.getName().equals("geospatial")).findFirst().orElseThrow()
                .isOpen(), "a block with values is open");
        assertFalse(form.getSections().stream().filter(s -> s.getName().equals("socialscience")).findFirst()
                .orElseThrow().isOpen(), "a block without values is folded");
        assertFalse(field(form, "universe").getLabel().equals("universe"), "labels come from the block's texts");
    }

    @Test
    void addedRowsAndBlanksAreHandledAndRemovingTheLastLeavesAnEmptyOne() {
        MetadataForm form = form(STORED, Locale.ENGLISH);
        FieldEntry kinds = field(form, "kindOfData");
        kinds.getValues().get(0).setText("Interviews");
        kinds.add();
        kinds.getValues().get(1).setText("  ");
        kinds.add();
        kinds.getValues().get(2).setText("Transcripts ");
        JsonObject citation = form.blocks(JsonValue.EMPTY_JSON_OBJECT).getJsonObject("citation");
        assertTrue(citation.toString().contains("[\"Interviews\",\"Transcripts\"]"), citation.toString());
        FieldEntry authors = field(form, "author");
        authors.remove(authors.getValues().get(0));
        authors.remove(authors.getValues().get(0));
        assertEquals(1, authors.getValues().size());
        assertFalse(form.blocks(JsonValue.EMPTY_JSON_OBJECT).getJsonObject("citation").toString().contains("authorName"));
    }

    @Test
    void blocksTheFormDoesNotShowAreKept() {
        MetadataForm form = MetadataForm.of(BLOCKS.all().subList(0, 1), json(STORED), Set.of(), BLOCKS, Locale.ENGLISH);
        JsonObject back = form.blocks(json(STORED));
        assertEquals(json(STORED).getJsonObject("sensitive"), back.getJsonObject("sensitive"));
    }

    @Test
    void problemsSitBesideTheirFieldInTheReadersLanguage() {
        MetadataForm form = form(STORED, Locale.forLanguageTag("nb"));
        List<String> general = form.showErrors(List.of(new Violation("authorName", "validation.partRequired",
                "authorName", "author"), new Violation("nowhere", "validation.unknownBlock", "nowhere")),
                Locale.forLanguageTag("nb"), BLOCKS);
        assertEquals(1, general.size());
        String error = field(form, "author").getError();
        assertFalse(error.contains("authorName"), "fields are named by their titles: " + error);
    }
}
