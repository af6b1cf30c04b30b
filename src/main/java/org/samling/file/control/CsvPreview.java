package org.samling.file.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first rows of a CSV for a preview: RFC 4180 quoting (doubled quotes, separators and
 * line breaks inside quotes), with the separator (comma, semicolon or tab) taken from the first line.
 */
public final class CsvPreview {

    public record Table(List<String> header, List<List<String>> rows, boolean more) {
    }

    private CsvPreview() {
    }

    public static Table read(String text, int maxRows) {
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length() && records.size() <= maxRows) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (records.size() <= maxRows && (!field.isEmpty() || !record.isEmpty())) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of(), false);
        }
        boolean more = records.size() > maxRows || i < text.length();
        return new Table(records.get(0), List.copyOf(records.subList(1, Math.min(records.size(), maxRows + 1))), more);
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
