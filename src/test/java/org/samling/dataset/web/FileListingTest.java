package org.samling.dataset.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileListingTest {

    @Test
    void anAddressWithoutParametersShowsTheFirstPageByName() {
        FileListing listing = FileListing.from(Map.of());
        assertEquals(new FileListing(1, 25, "label", false, null, null, null, null), listing);
        assertEquals("", listing.queryString(), "default links carry nothing");
        assertFalse(listing.isFiltered());
    }

    @Test
    void nonsenseFallsBackToTheDefaultsInsteadOfFailing() {
        FileListing listing = FileListing.from(Map.of("page", "-3", "rows", "100000", "sort", "id; drop table",
                "type", "EXECUTABLE", "access", "secret", "q", "  "));
        assertEquals(new FileListing(1, 25, "label", false, null, null, null, null), listing);
        assertEquals(1, FileListing.from(Map.of("page", "two")).page());
    }

    @Test
    void linksKeepFiltersTurnTheOrderAndStartAgainAtPageOne() {
        FileListing listing = FileListing.from(Map.of("page", "3", "sort", "size", "q", "intervju 2", "type", "AUDIO"));
        assertTrue(listing.isFiltered());
        assertEquals(50, listing.query(7).offset());
        assertEquals("&page=4&sort=size&q=intervju+2&type=AUDIO", listing.onPage(4).queryString());
        FileListing turned = listing.sortedBy("size");
        assertTrue(turned.descending(), "sorting by the same column again turns the order");
        assertEquals(1, turned.page());
        assertEquals("&sort=size&order=desc&q=intervju+2&type=AUDIO", turned.queryString());
        assertFalse(turned.sortedBy("size").descending());
        assertEquals("&rows=100&sort=size&q=intervju+2&type=AUDIO", listing.withRows(100).queryString());
    }
}
