package org.samling.dataset.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.samling.file.control.FileQuery;

/**
 * The links around one page of the file table: page numbers, previous and next, page sizes,
 * and the column headers' sort links with their {@code aria-sort}. Every link is a plain address.
 */
public final class FilePager {

    private final FileListing listing;
    private final long total;
    private final int shown;
    private final Function<FileListing, String> address;
    private final int pageCount;
    private Map<String, String> sortUrls;
    private Map<String, String> ariaSorts;

    /**
     * @param total   how many files the filters let through
     * @param shown   how many of them are on this page
     * @param address the page's address for a listing
     */
    FilePager(FileListing listing, long total, int shown, Function<FileListing, String> address) {
        this.listing = listing;
        this.total = total;
        this.shown = shown;
        this.address = address;
        this.pageCount = (int) Math.max(1, (total + listing.rows() - 1) / listing.rows());
    }

    public long getTotal() {
        return total;
    }

    public int getPageCount() {
        return pageCount;
    }

    public long getFirstShown() {
        return shown == 0 ? 0 : (long) (listing.page() - 1) * listing.rows() + 1;
    }

    public long getLastShown() {
        return shown == 0 ? 0 : getFirstShown() + shown - 1;
    }

    /** The first page, the last, and two either side of this one. */
    public List<Link> getPageLinks() {
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - listing.page()) <= 2) {
                links.add(new Link(n, pageUrl(n), n == listing.page()));
            }
        }
        return links;
    }

    public List<Link> getSizeLinks() {
        return FileListing.PAGE_SIZES.stream()
                .map(n -> new Link(n, address.apply(listing.withRows(n)), n == listing.rows())).toList();
    }

    /** Where "previous" leads, or null on the first page. */
    public String getPreviousUrl() {
        return listing.page() > 1 ? pageUrl(listing.page() - 1) : null;
    }

    /** Where "next" leads, or null on the last page. */
    public String getNextUrl() {
        return listing.page() < pageCount ? pageUrl(listing.page() + 1) : null;
    }

    /** Column header links by column: sorting by it, or turning the order when it is the sorted one. */
    public Map<String, String> getSortUrls() {
        if (sortUrls == null) {
            sortUrls = new HashMap<>();
            FileQuery.SORTABLE.forEach(column -> sortUrls.put(column, address.apply(listing.sortedBy(column))));
        }
        return sortUrls;
    }

    /** {@code aria-sort} of each column header. */
    public Map<String, String> getAriaSorts() {
        if (ariaSorts == null) {
            ariaSorts = new HashMap<>();
            FileQuery.SORTABLE.forEach(column -> ariaSorts.put(column,
                    !column.equals(listing.sort()) ? "none" : listing.descending() ? "descending" : "ascending"));
        }
        return ariaSorts;
    }

    private String pageUrl(int page) {
        return address.apply(listing.onPage(Math.min(Math.max(page, 1), pageCount)));
    }

    /** A link in the pager: a page number or a page size, and whether it is the current one. */
    public static final class Link {
        private final int number;
        private final String url;
        private final boolean current;

        Link(int number, String url, boolean current) {
            this.number = number;
            this.url = url;
            this.current = current;
        }

        public int getNumber() {
            return number;
        }

        public String getUrl() {
            return url;
        }

        public boolean isCurrent() {
            return current;
        }
    }
}
