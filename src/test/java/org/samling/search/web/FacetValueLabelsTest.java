package org.samling.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samling.search.control.FacetField;

class FacetValueLabelsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale NYNORSK = Locale.forLanguageTag("nn");

    @Test
    void vocabularyValuesAreShownInTheReadersLanguage() {
        assertEquals("Samhällsvetenskap", FacetValueLabels.label(SWEDISH, FacetField.SUBJECT, "Social Sciences"));
        assertEquals("Samfunnsvitenskap", FacetValueLabels.label(NYNORSK, FacetField.SUBJECT, "Social Sciences"));
        assertEquals("Svenska", FacetValueLabels.label(SWEDISH, FacetField.LANGUAGE, "Swedish"));
        assertEquals("Sverige", FacetValueLabels.label(SWEDISH, FacetField.GEOGRAPHIC_COVERAGE, "Sweden"));
        assertEquals("Social Sciences", FacetValueLabels.label(Locale.ENGLISH, FacetField.SUBJECT, "Social Sciences"));
    }

    @Test
    void fileTypesAccessAndStatesAreShownInTheReadersLanguage() {
        assertEquals("Word-dokument", FacetValueLabels.label(SWEDISH, FacetField.FILE_TYPE, "Word document"));
        assertEquals("Lyd", FacetValueLabels.fileType(NYNORSK, "Audio"));
        assertEquals("Begränsad", FacetValueLabels.access(SWEDISH, "Restricted"));
        assertEquals("Embargo", FacetValueLabels.label(SWEDISH, FacetField.ACCESS, "Embargoed"));
        assertEquals("Utkast", FacetValueLabels.label(SWEDISH, FacetField.STATE, "Draft"));
        assertEquals("Timed transcript", FacetValueLabels.fileType(Locale.ENGLISH, "Timed transcript"));
    }

    @Test
    void freeValuesAndUnknownValuesAreShownAsWritten() {
        assertEquals("självhjälp", FacetValueLabels.label(SWEDISH, FacetField.KEYWORD, "självhjälp"));
        assertEquals("Gotaas, Nora", FacetValueLabels.label(SWEDISH, FacetField.AUTHOR, "Gotaas, Nora"));
        assertEquals("Underwater Basket Weaving", FacetValueLabels.label(SWEDISH, FacetField.SUBJECT, "Underwater Basket Weaving"));
        assertEquals("Hologram", FacetValueLabels.fileType(SWEDISH, "Hologram"));
        assertEquals("", FacetValueLabels.access(SWEDISH, null));
    }
}
