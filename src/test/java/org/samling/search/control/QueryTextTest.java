package org.samling.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void wordsPhrasesExclusionsAndAlternatives() {
        QueryText q = QueryText.parse("covid \"ömsesidig hjälp\" -vaccin resiliens OR resilience");
        assertEquals(4, q.groups().size());
        assertEquals(List.of("covid"), q.groups().get(0).alternatives().get(0).words());
        QueryText.Term phrase = q.groups().get(1).alternatives().get(0);
        assertTrue(phrase.isPhrase());
        assertEquals(List.of("ömsesidig", "hjälp"), phrase.words());
        assertTrue(q.groups().get(2).alternatives().get(0).excluded());
        assertEquals(2, q.groups().get(3).alternatives().size());
        assertEquals(List.of("covid", "ömsesidig", "hjälp", "resiliens", "resilience"), q.positiveWords());
    }

    @Test
    void fieldSearchesKnownFieldsAndTreatsOthersAsWords() {
        QueryText q = QueryText.parse("author:Gotaas title:\"frivillig innsats\" nosuch:thing");
        assertEquals(QueryText.Field.AUTHOR, q.groups().get(0).alternatives().get(0).field());
        assertEquals(List.of("gotaas"), q.groups().get(0).alternatives().get(0).words());
        assertEquals(QueryText.Field.TITLE, q.groups().get(1).alternatives().get(0).field());
        assertEquals(QueryText.Field.ANY, q.groups().get(2).alternatives().get(0).field());
        assertEquals(List.of("nosuch", "thing"), q.groups().get(2).alternatives().get(0).words());
    }

    @Test
    void nothingTypedIsAnErrorAndEverythingIsEverything() {
        assertTrue(QueryText.parse("*").isEverything());
        assertTrue(QueryText.parse("   ").isEverything());
        assertTrue(QueryText.parse("\"ömsesidig hjälp").groups().get(0).alternatives().get(0).isPhrase(),
                "an unbalanced quote closes at the end");
        assertTrue(QueryText.parse("'; drop table dataset; --").positiveWords().stream()
                .allMatch(w -> w.matches("[\\p{L}\\p{N}]+")), "only clean words are kept");
        assertEquals(QueryText.MAX_TERMS, QueryText.parse("ord ".repeat(5000)).groups().size(), "a long query is cut");
    }

    @Test
    void onlyExclusionsAreInvertedForTheNegatedSearch() {
        QueryText q = QueryText.parse("-covid");
        assertTrue(q.hasOnlyExclusions());
        assertFalse(q.inverted().groups().get(0).alternatives().get(0).excluded());
        assertFalse(QueryText.parse("hjälp -covid").hasOnlyExclusions());
    }
}
