package org.samling.dataset.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samling.file.control.FileQuery;
import org.samling.authz.FileAccess;

/**
 * What part of a version's file table the dataset page shows: page, size, order and filters,
 * all in the address, so a reader's page is a plain GET that needs no session, can be
 * bookmarked, and works without scripts. Unknown values fall back to the defaults.
 */
public record FileListing(int page, int rows, String sort, boolean descending, String nameContains, String category,
                          String type, String access) {

    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 100);
    public static final int DEFAULT_ROWS = 25;
    /** The parameters a listing is made of, in the order links carry them. */
    public static final List<String> PARAMETERS = List.of("page", "rows", "sort", "order", "q", "category", "type", "access");

    public static FileListing from(Map<String, String> parameters) {
        int rows = number(parameters.get("rows"), DEFAULT_ROWS);
        String sort = parameters.get("sort");
        return new FileListing(Math.max(1, number(parameters.get("page"), 1)),
                PAGE_SIZES.contains(rows) ? rows : DEFAULT_ROWS,
                sort != null && FileQuery.SORTABLE.contains(sort) ? sort : "label",
                "desc".equals(parameters.get("order")),
                blankToNull(parameters.get("q")),
                blankToNull(parameters.get("category")),
                known(parameters.get("type"), FileQuery.TypeGroup.class),
                known(parameters.get("access"), FileAccess.class));
    }

    public FileQuery query(long versionId) {
        return new FileQuery(versionId, (page - 1) * rows, rows, sort, descending, nameContains, category, type, access);
    }

    public FileListing onPage(int newPage) {
        return new FileListing(newPage, rows, sort, descending, nameContains, category, type, access);
    }

    /** Sorted by the column; asked again for the column it is sorted by, the order turns. */
    public FileListing sortedBy(String column) {
        boolean turn = column.equals(sort) && !descending;
        return new FileListing(1, rows, column, turn, nameContains, category, type, access);
    }

    public FileListing withRows(int newRows) {
        return new FileListing(1, newRows, sort, descending, nameContains, category, type, access);
    }

    public boolean isFiltered() {
        return nameContains != null || category != null || type != null || access != null;
    }

    /** The listing's non-default parameters, ready to follow {@code ?persistentId=...}. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> query.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The non-default parameters by name: for links, and for hidden fields that carry them through a form. */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (page != 1) {
            values.put("page", String.valueOf(page));
        }
        if (rows != DEFAULT_ROWS) {
            values.put("rows", String.valueOf(rows));
        }
        if (!"label".equals(sort)) {
            values.put("sort", sort);
        }
        if (descending) {
            values.put("order", "desc");
        }
        putIfSet(values, "q", nameContains);
        putIfSet(values, "category", category);
        putIfSet(values, "type", type);
        putIfSet(values, "access", access);
        return values;
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> String known(String value, Class<E> choices) {
        if (value == null) {
            return null;
        }
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equals(value)) {
                return value;
            }
        }
        return null;
    }
}
