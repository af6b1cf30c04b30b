package org.samling.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.account.control.CurrentCaller;
import org.samling.search.control.SearchPage;
import org.samling.search.control.SearchService;

/** The search results page: {@code search.xhtml?q=...&start=...}. */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 20;

    @Inject
    SearchService search;

    @Inject
    CurrentCaller caller;

    private String q;
    private int start;
    private SearchPage page;

    public void load() {
        page = search.search(caller.context(), q == null || q.isBlank() ? "*" : q, Math.max(0, start), PAGE_SIZE);
    }

    public SearchPage getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return start > 0;
    }

    public boolean isHasNext() {
        return start + PAGE_SIZE < page.totalCount();
    }

    public int getPreviousStart() {
        return Math.max(0, start - PAGE_SIZE);
    }

    public int getNextStart() {
        return start + PAGE_SIZE;
    }

    public int getFirstShown() {
        return page.hits().isEmpty() ? 0 : start + 1;
    }

    public int getLastShown() {
        return start + page.hits().size();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }
}
