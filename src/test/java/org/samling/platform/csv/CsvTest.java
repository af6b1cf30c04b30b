package org.samling.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No cell and no line of a CSV the server writes starts with something a spreadsheet would run. */
class CsvTest {

    static final Pattern DANGEROUS = Pattern.compile("[=+\\-@\t\r].*", Pattern.DOTALL);

    @Test
    void formulasAreNeutralisedAtTheStartOfEveryCellAndLine() {
        List<String> hostile = List.of("=HYPERLINK(1)", "+Csv", "-2+3", "@SUM(1)", "\tTab", "\rCR",
                "Uni\n=HYPERLINK(4)\r@SUM(1)", "a\r\n-1", "plain, with comma", "quote \" inside");
        String csv = Csv.row(hostile);
        for (String line : csv.split("\r\n|\n|\r")) {
            assertFalse(DANGEROUS.matcher(line).matches(), line);
        }
        for (String cell : hostile) {
            String written = Csv.cell(cell);
            String unquoted = written.startsWith("\"") ? written.substring(1) : written;
            assertFalse(DANGEROUS.matcher(unquoted).matches(), written);
        }
        assertEquals("\"Uni\n'=HYPERLINK(4)\n'@SUM(1)\"", Csv.cell("Uni\n=HYPERLINK(4)\r@SUM(1)"));
        assertEquals("\"quote \"\" inside\"", Csv.cell("quote \" inside"));
        assertEquals("when,,x\r\n", Csv.row(Arrays.asList("when", null, "x")));
    }
}
