package org.samling.file.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameIsItsLastSegmentWithoutControlCharacters() {
        assertEquals("x", FileNames.label("../../x"));
        assertEquals("evil.txt", FileNames.label("C:\\temp\\evil.txt"));
        assertEquals("ab.txt", FileNames.label("a\u0000b.txt"));
        assertEquals("unnamed", FileNames.label(".."));
        assertEquals("unnamed", FileNames.label(null));
    }

    @Test
    void foldersLoseDotSegments() {
        assertEquals("interviews/2020", FileNames.directory("/interviews/./../2020/"));
        assertEquals("", FileNames.directory("../.."));
    }

    @Test
    void takenNamesAreNumbered() {
        assertEquals("report-1.pdf", FileNames.numbered("report.pdf", 1));
        assertEquals("README-2", FileNames.numbered("README", 2));
    }
}
