package org.samling.dataset.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilePagerTest {

    private static FilePager pager(Map<String, String> parameters, long total, int shown) {
        return new FilePager(FileListing.from(parameters), total, shown, listing -> "?" + listing.queryString());
    }

    @Test
    void theLastPageShowsWhereItIsAndLeadsOnlyBack() {
        FilePager last = pager(Map.of("rows", "10", "page", "2"), 12, 2);
        assertEquals(2, last.getPageCount());
        assertEquals(11, last.getFirstShown());
        assertEquals(12, last.getLastShown());
        assertNull(last.getNextUrl());
        assertEquals("?" + FileListing.from(Map.of("rows", "10")).onPage(1).queryString(), last.getPreviousUrl());
        assertEquals(List.of(false, true), last.getPageLinks().stream().map(FilePager.Link::isCurrent).toList());
    }

    @Test
    void manyPagesLinkTheEndsAndTwoEitherSide() {
        FilePager middle = pager(Map.of("page", "50"), 2500, 25);
        assertEquals(List.of(1, 48, 49, 50, 51, 52, 100),
                middle.getPageLinks().stream().map(FilePager.Link::getNumber).toList());
    }

    @Test
    void anEmptyListShowsNothingAndOnePage() {
        FilePager empty = pager(Map.of("q", "nothing"), 0, 0);
        assertEquals(1, empty.getPageCount());
        assertEquals(0, empty.getFirstShown());
        assertEquals(0, empty.getLastShown());
        assertNull(empty.getPreviousUrl());
        assertNull(empty.getNextUrl());
    }

    @Test
    void theSortedColumnSaysItsDirection() {
        FilePager bySizeDown = pager(Map.of("sort", "size", "order", "desc"), 5, 5);
        assertEquals("descending", bySizeDown.getAriaSorts().get("size"));
        assertEquals("none", bySizeDown.getAriaSorts().get("label"));
    }
}
