package org.samling.search.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samling.platform.error.SamlingException;

/**
 * One {@code fq} value: {@code field:"value"}, {@code field:value}, or for years
 * {@code field:[2019 TO 2021]}. Several values of one field combine with OR, different fields
 * with AND.
 */
public record FacetFilter(FacetField field, List<String> values) {

    static final int MAX_FILTERS = 20;
    static final int MAX_YEARS = 300;

    private static final Pattern FQ = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:\\s*(.+?)\\s*$", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("^\\[\\s*(\\d{4})\\s+TO\\s+(\\d{4})\\s*]$");

    public static FacetFilter parse(String fq) {
        Matcher m = FQ.matcher(fq == null ? "" : fq);
        if (!m.matches()) {
            throw SamlingException.badRequest("error.searchFilterMalformed", String.valueOf(fq));
        }
        FacetField field = FacetField.named(m.group(1))
                .orElseThrow(() -> SamlingException.badRequest("error.searchFilterUnknown", m.group(1)));
        String value = m.group(2);
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
            if (!field.isYear()) {
                throw SamlingException.badRequest("error.searchFilterMalformed", fq);
            }
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (to < from || to - from > MAX_YEARS) {
                throw SamlingException.badRequest("error.searchFilterMalformed", fq);
            }
            List<String> years = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                years.add(String.valueOf(year));
            }
            return new FacetFilter(field, years);
        }
        if (value.startsWith("[") || value.endsWith("]")) {
            throw SamlingException.badRequest("error.searchFilterMalformed", fq);
        }
        boolean opens = value.startsWith("\"");
        boolean closes = value.length() >= 2 && value.endsWith("\"");
        if (opens != closes) {
            throw SamlingException.badRequest("error.searchFilterMalformed", fq);
        }
        if (opens) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isBlank() || value.length() > 500) {
            throw SamlingException.badRequest("error.searchFilterMalformed", fq);
        }
        return new FacetFilter(field, List.of(value));
    }

    /** The filters of a request, values of one field together. */
    public static List<FacetFilter> parseAll(List<String> fqs) {
        if (fqs.size() > MAX_FILTERS) {
            throw SamlingException.badRequest("error.searchFilterTooMany", MAX_FILTERS);
        }
        Map<FacetField, List<String>> byField = new LinkedHashMap<>();
        for (String fq : fqs) {
            FacetFilter one = parse(fq);
            byField.computeIfAbsent(one.field(), f -> new ArrayList<>()).addAll(one.values());
        }
        return byField.entrySet().stream().map(e -> new FacetFilter(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** How this filter is written in an address, for chips and links: the inverse of {@link #parse}. */
    public static String fq(FacetField field, String value) {
        return field.apiName + ":\"" + value.replace("\"", "") + "\"";
    }
}
