package org.samling.export.control.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samling.dataset.entity.GlobalId;

class CitationFormatTest {

    static CitedWork work(String title, List<String> authors) {
        return new CitedWork(authors, title, 2024, LocalDate.of(2024, 3, 5), "Samling", "V2",
                new GlobalId("doi", "10.5072", "FK2/ABC"), "text", "sv");
    }

    @Test
    void bibtexKeepsBracesAndSpecialsFromEndingTheValue() {
        String bib = CitationFormat.BIBTEX.write(work("50% of {all} & more_x", List.of("Åberg, Eva", "Lie, Ola")));
        assertTrue(bib.startsWith("@data{10.5072/FK2/ABC_2024,"), bib);
        assertTrue(bib.contains("author = {Åberg, Eva and Lie, Ola},"), bib);
        assertTrue(bib.contains("title = {{50\\% of \\{all\\} \\& more\\_x}},"), bib);
        assertTrue(bib.contains("doi = {10.5072/FK2/ABC},"), bib);
    }

    @Test
    void risPutsEachAuthorOnALineAndNoValueBreaksALine() {
        String ris = CitationFormat.RIS.write(work("Two\nlines", List.of("Åberg, Eva", "Lie, Ola")));
        assertTrue(ris.contains("TY  - DATA\r\nT1  - Two lines\r\nAU  - Åberg, Eva\r\nAU  - Lie, Ola\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n"), ris);
    }

    @Test
    void cslJsonSplitsNamesAndAStyleFormatsWithoutTitleCasingSwedish() {
        String csl = CitationFormat.CSLJSON.write(work("Ömsesidig hjälp", List.of("Åberg, Eva", "Statistics Sweden")));
        assertTrue(csl.contains("{\"family\":\"Åberg\",\"given\":\"Eva\"}") && csl.contains("{\"family\":\"Statistics Sweden\"}"), csl);
        String chicago = CslStyles.format(work("Ömsesidig hjälp i Sverige", List.of("Åberg, Eva")), "chicago-author-date", "text");
        assertTrue(chicago.contains("Ömsesidig hjälp i Sverige"), chicago);
        assertTrue(CslStyles.format(work("X", List.of("Åberg, Eva")), "apa", "text").contains("(Version 2)"));
    }

    @Test
    void formatsAreFoundByTheirDataverseNamesOnly() {
        assertEquals(CitationFormat.ENDNOTE, CitationFormat.named("endnote").orElseThrow());
        assertFalse(CitationFormat.named("docx").isPresent());
    }
}
