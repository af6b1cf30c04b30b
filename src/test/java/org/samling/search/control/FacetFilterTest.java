package org.samling.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samling.platform.error.SamlingException;

class FacetFilterTest {

    @Test
    void dataverseNamesAndShortAliasesWithQuotedValues() {
        FacetFilter subject = FacetFilter.parse("subject_ss:\"Social Sciences\"");
        assertEquals(FacetField.SUBJECT, subject.field());
        assertEquals(List.of("Social Sciences"), subject.values());
        assertEquals(FacetField.SUBJECT, FacetFilter.parse("subject:\"Law\"").field());
        assertEquals(List.of("Audio"), FacetFilter.parse("fileType:Audio").values());
    }

    @Test
    void yearRangesBecomeTheirYears() {
        assertEquals(List.of("2019", "2020", "2021"), FacetFilter.parse("publicationDate:[2019 TO 2021]").values());
        assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse("license:[2019 TO 2021]")).status());
        assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse("year:[2021 TO 2019]")).status());
    }

    @Test
    void valuesOfOneFieldCombineAndBadFiltersAreRefused() {
        List<FacetFilter> all = FacetFilter.parseAll(List.of("subject:\"Law\"", "subject:\"Social Sciences\"", "fileType:PDF"));
        assertEquals(2, all.size());
        assertEquals(List.of("Law", "Social Sciences"), all.get(0).values());
        assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse("subject")).status());
        assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse("nosuchfield:\"x\"")).status());
        assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse("subject:\"\"")).status());
        for (String unbalanced : List.of("publicationDate:[2020 TO", "publicationDate:2020 TO 2021]", "subject:\"Law",
                "subject:Law\"")) {
            assertEquals(400, assertThrows(SamlingException.class, () -> FacetFilter.parse(unbalanced)).status(), unbalanced);
        }
    }

    @Test
    void aChipsAddressParsesBackToItsFilter() {
        FacetFilter back = FacetFilter.parse(FacetFilter.fq(FacetField.GEOGRAPHIC_COVERAGE, "Sweden"));
        assertEquals(FacetField.GEOGRAPHIC_COVERAGE, back.field());
        assertEquals(List.of("Sweden"), back.values());
    }
}
