package org.samling.search.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.samling.platform.json.Json;

/** Reads what one search statement returned (its page as JSON, its facet counts) into hits and counts. */
final class SearchRows {

    static final char MARK = '\u0002';
    static final char UNMARK = '\u0003';

    private SearchRows() {
    }

    /** The page's rows; {@code cueOf} finds where in a transcript's recording the words are spoken. */
    static List<Hit> hits(String page, LongFunction<Double> cueOf) {
        JsonArray rows = Json.createReader(new StringReader(page)).readArray();
        List<Hit> hits = new ArrayList<>();
        for (JsonValue value : rows) {
            JsonObject row = value.asJsonObject();
            SearchRequest.Kind kind = SearchRequest.Kind.valueOf(row.getString("kind").toUpperCase(java.util.Locale.ROOT));
            List<String> facets = strings(row, "facets");
            List<String> fileFacets = strings(row, "file_facets");
            String snippet = marked(string(row, "snippet"));
            Double cue = null;
            if (kind == SearchRequest.Kind.FILE && !row.isNull("recording_id") && snippet != null && snippet.contains("<mark>")) {
                cue = cueOf.apply(row.getJsonNumber("datafile_id").longValue());
            }
            hits.add(new Hit(kind, row.getJsonNumber("id").longValue(), row.getString("name"), string(row, "description"),
                    snippet, row.getString("alias"), row.getString("collection_name"), longOf(row, "dataset_id"),
                    string(row, "global_id"), string(row, "dataset_title"), string(row, "state"),
                    row.isNull("published_at") ? null : OffsetDateTime.parse(row.getString("published_at")).toInstant(),
                    valuesOf(facets, FacetField.AUTHOR), valuesOf(facets, FacetField.KEYWORD),
                    valuesOf(facets, FacetField.SUBJECT), longOf(row, "datafile_id"), string(row, "content_type"),
                    valuesOf(fileFacets, FacetField.FILE_TYPE).stream().findFirst().orElse(null), longOf(row, "size_bytes"),
                    string(row, "md5"), valuesOf(fileFacets, FacetField.FILE_TAG).stream().findFirst().orElse(null),
                    string(row, "access"), cue, snippet != null && snippet.contains("<mark>") ? string(row, "snippet_field") : null,
                    row.isNull("score") ? 1.0 : row.getJsonNumber("score").doubleValue()));
        }
        return hits;
    }

    /** HTML-safe text with the words ts_headline marked in {@code <mark>}. */
    static String marked(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(headline.length() + 64);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case MARK -> out.append("<mark>");
                case UNMARK -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Facet counts as counted ({@code {"field=value": n}}), per field, most frequent first and years newest first. */
    static Map<FacetField, Map<String, Long>> facets(String json) {
        JsonObject counted = Json.createReader(new StringReader(json)).readObject();
        Map<FacetField, Map<String, Long>> byField = new EnumMap<>(FacetField.class);
        List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(counted.entrySet());
        entries.sort(java.util.Comparator.comparingLong((Map.Entry<String, JsonValue> e) ->
                -((jakarta.json.JsonNumber) e.getValue()).longValue()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, JsonValue> entry : entries) {
            int eq = entry.getKey().indexOf('=');
            FacetField.named(entry.getKey().substring(0, eq)).ifPresent(field -> byField
                    .computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .put(entry.getKey().substring(eq + 1), ((jakarta.json.JsonNumber) entry.getValue()).longValue()));
        }
        byField.computeIfPresent(FacetField.PUBLICATION_YEAR, (f, years) -> byYearDescending(years));
        byField.computeIfPresent(FacetField.DATE_OF_COLLECTION, (f, years) -> byYearDescending(years));
        return byField;
    }

    private static Map<String, Long> byYearDescending(Map<String, Long> years) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        years.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByKey().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<String> valuesOf(List<String> stored, FacetField field) {
        String prefix = field.apiName + "=";
        return stored.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).toList();
    }

    private static List<String> strings(JsonObject row, String key) {
        return row.isNull(key) ? List.of() : row.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static String string(JsonObject row, String key) {
        return row.containsKey(key) && !row.isNull(key) ? row.getString(key) : null;
    }

    private static Long longOf(JsonObject row, String key) {
        return row.containsKey(key) && !row.isNull(key) ? row.getJsonNumber(key).longValue() : null;
    }
}
