package org.samling.platform.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV that a spreadsheet cannot be made to run: a cell, or a line inside a cell, that
 * would start with {@code = + - @}, a tab or a carriage return starts with an apostrophe
 * instead, and line breaks inside cells are plain line feeds. Every CSV the server writes uses it.
 */
public final class Csv {

    private static final Pattern FORMULA_START = Pattern.compile("(^|\n)([=+\\-@\t])");

    private Csv() {
    }

    /** One record, ending in CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One cell, neutralised and quoted when needed. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        String safe = FORMULA_START.matcher(lines).replaceAll("$1'$2");
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
