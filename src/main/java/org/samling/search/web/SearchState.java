package org.samling.search.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;
import org.samling.search.control.FacetFilter;
import org.samling.search.control.SearchRequest;
import org.samling.search.control.SearchResult;

/**
 * The state of a search page as its address says it ({@code q}, {@code type}, {@code fq},
 * {@code sort}, {@code start}), and the addresses of every next state: each facet value
 * toggled, each chip removed, each kind shown or hidden, each order, each page. Every state is
 * a bookmarkable GET address, and every control a link, so the page works from the keyboard
 * and without script.
 */
public final class SearchState {

    public static final int PAGE_SIZE = 20;
    static final int FACET_SHOWN = 5;

    /** A link to a next state: {@code value} as the address carries it, {@code label} as the reader's language shows it. */
    public record Option(String value, String label, String href, boolean selected, long count) {
    }

    public record Facet(String field, String label, List<Option> shown, List<Option> more) {
    }

    public record Chip(String label, String href) {
    }

    private final String contextPath;
    private final String base;
    private final String q;
    private final Set<SearchRequest.Kind> types;
    private final List<String> fq;
    private final String sort;
    private final int start;
    private final Locale locale;
    private SearchResult result;
    private final Map<String, String> encoded = new java.util.HashMap<>();

    private SearchState(String contextPath, String base, String q, Set<SearchRequest.Kind> types, List<String> fq, String sort, int start,
                        Locale locale) {
        this.contextPath = contextPath;
        this.base = contextPath + base;
        this.q = q;
        this.types = types;
        this.fq = fq;
        this.sort = sort;
        this.start = start;
        this.locale = locale;
    }

    /** Reads the state from the request's parameters; {@code base} is the page's own address below the context. */
    public static SearchState fromRequest(String base, Set<SearchRequest.Kind> defaultTypes) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        String q = first(params, "q");
        Set<SearchRequest.Kind> types = EnumSet.noneOf(SearchRequest.Kind.class);
        Arrays.stream(params.getOrDefault("type", new String[0]))
                .forEach(t -> SearchRequest.Kind.named(t).ifPresent(types::add));
        List<String> fq = List.of(params.getOrDefault("fq", new String[0]));
        String sort = first(params, "sort");
        int start;
        try {
            start = Math.max(0, Integer.parseInt(first(params, "start") == null ? "0" : first(params, "start")));
        } catch (NumberFormatException e) {
            start = 0;
        }
        return new SearchState(faces.getExternalContext().getRequestContextPath(), base, q == null ? "" : q, types.isEmpty() ? EnumSet.copyOf(defaultTypes) : types, fq,
                sort == null ? "" : sort, start, faces.getViewRoot().getLocale());
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The request to run; a malformed filter is a 400 with its message, as in the API. */
    public SearchRequest request(String withinPath) {
        List<FacetFilter> filters = FacetFilter.parseAll(fq);
        SearchRequest.Sort by = switch (sort) {
            case "newest", "oldest" -> SearchRequest.Sort.DATE;
            case "name", "name-desc" -> SearchRequest.Sort.NAME;
            case "size" -> SearchRequest.Sort.SIZE;
            default -> q.isBlank() || q.equals("*") ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
        };
        boolean ascending = sort.equals("oldest") || sort.equals("name");
        return new SearchRequest(q.isBlank() ? "*" : q, types, withinPath, filters, by, ascending, start, PAGE_SIZE, true);
    }

    public void setResult(SearchResult result) {
        this.result = result;
    }

    public SearchResult getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public String getHref() {
        return href(q, types, fq, sort, 0);
    }

    public String getFeedHref() {
        String query = params(q, types, fq, "", 0);
        return contextPath + "/api/search/feed" + (query.isEmpty() ? "" : "?" + query);
    }

    private String href(String q, Set<SearchRequest.Kind> types, List<String> fq, String sort, int start) {
        String query = params(q, types, fq, sort, start);
        return base + (query.isEmpty() ? "" : (base.contains("?") ? "&" : "?") + query);
    }

    private String params(String q, Set<SearchRequest.Kind> types, List<String> fq, String sort, int start) {
        List<String> parts = new ArrayList<>();
        if (!q.isBlank()) {
            parts.add("q=" + encode(q));
        }
        types.forEach(t -> parts.add("type=" + t.apiName));
        fq.forEach(f -> parts.add("fq=" + encode(f)));
        if (!sort.isBlank()) {
            parts.add("sort=" + sort);
        }
        if (start > 0) {
            parts.add("start=" + start);
        }
        return String.join("&", parts);
    }

    /** Each value encoded once: a page links some 200 next states, each with the same words and filters. */
    private String encode(String value) {
        return encoded.computeIfAbsent(value, v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    }

    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        result.facets().forEach((field, counts) -> {
            List<Option> options = new ArrayList<>();
            counts.forEach((value, count) -> {
                String one = FacetFilter.fq(field, value);
                boolean selected = fq.contains(one);
                List<String> next = new ArrayList<>(fq);
                if (selected) {
                    next.remove(one);
                } else {
                    next.add(one);
                }
                options.add(new Option(value, FacetValueLabels.label(locale, field, value), href(q, types, next, sort, 0),
                        selected, count));
            });
            int cut = Math.min(FACET_SHOWN, options.size());
            facets.add(new Facet(field.apiName, Messages.get(locale, field.messageKey()), options.subList(0, cut),
                    options.subList(cut, options.size())));
        });
        return facets;
    }

    public List<Chip> getChips() {
        List<Chip> chips = new ArrayList<>();
        for (String one : fq) {
            List<String> next = new ArrayList<>(fq);
            next.remove(one);
            String label;
            try {
                FacetFilter filter = FacetFilter.parse(one);
                label = Messages.get(locale, filter.field().messageKey()) + ": " + filter.values().stream()
                        .map(value -> FacetValueLabels.label(locale, filter.field(), value)).collect(Collectors.joining(", "));
            } catch (SamlingException e) {
                label = one;
            }
            chips.add(new Chip(label, href(q, types, next, sort, 0)));
        }
        return chips;
    }

    public List<Option> getTypes() {
        List<Option> options = new ArrayList<>();
        for (SearchRequest.Kind kind : SearchRequest.Kind.values()) {
            Set<SearchRequest.Kind> next = EnumSet.noneOf(SearchRequest.Kind.class);
            next.addAll(types);
            boolean selected = types.contains(kind);
            if (selected && types.size() > 1) {
                next.remove(kind);
            } else {
                next.add(kind);
            }
            options.add(new Option(kind.stored(), Messages.get(locale, "search.kind." + kind.stored()), href(q, next, fq, sort, 0),
                    selected, 0));
        }
        return options;
    }

    public List<Option> getSorts() {
        return List.of("", "newest", "oldest", "name", "name-desc", "size").stream()
                .map(s -> new Option(s, Messages.get(locale, "search.sort." + (s.isEmpty() ? "relevance" : s)),
                        href(q, types, fq, s, 0), s.equals(sort), 0))
                .collect(Collectors.toList());
    }

    public boolean isHasPrevious() {
        return start > 0;
    }

    public boolean isHasNext() {
        return start + PAGE_SIZE < Math.min(result.totalCount(), SearchRequest.MAX_START);
    }

    public String getPreviousHref() {
        return href(q, types, fq, sort, Math.max(0, start - PAGE_SIZE));
    }

    public String getNextHref() {
        return href(q, types, fq, sort, start + PAGE_SIZE);
    }

    public int getFirstShown() {
        return result.hits().isEmpty() ? 0 : start + 1;
    }

    public int getLastShown() {
        return start + result.hits().size();
    }

    public String getSuggestionHref() {
        return result.suggestion() == null ? null : href(result.suggestion(), types, fq, sort, 0);
    }
}
