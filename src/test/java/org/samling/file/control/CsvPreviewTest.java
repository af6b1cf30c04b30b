package org.samling.file.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPreviewTest {

    @Test
    void readsQuotedFieldsAndStopsAtTheRowLimit() {
        CsvPreview.Table table = CsvPreview.read("name,note\r\n\"Smith, Ann\",\"said \"\"hi\"\"\nthen left\"\nB,2\nC,3\n", 2);
        assertEquals(List.of("name", "note"), table.header());
        assertEquals(List.of(List.of("Smith, Ann", "said \"hi\"\nthen left"), List.of("B", "2")), table.rows());
        assertTrue(table.more());
    }

    @Test
    void findsTheSeparator() {
        CsvPreview.Table table = CsvPreview.read("a;b\n1;2", 10);
        assertEquals(List.of("a", "b"), table.header());
        assertEquals(List.of(List.of("1", "2")), table.rows());
        assertFalse(table.more());
    }
}
