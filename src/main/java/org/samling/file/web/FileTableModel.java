package org.samling.file.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.file.control.Opener;
import org.samling.file.entity.FileAccess;

/** The dataset page's file table: each page, sort and filter is one query in the database. */
public class FileTableModel extends LazyDataModel<FileRow> {

    private static final long serialVersionUID = 1L;

    private final FileTable table;
    private final long versionId;
    private final Opener opener;

    /** @param opener what the viewer may open: embargoed files they may not open show only name and size */
    public FileTableModel(FileTable table, long versionId, Opener opener) {
        this.table = table;
        this.versionId = versionId;
        this.opener = opener;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) table.count(query(0, 0, Map.of(), filters));
    }

    @Override
    public List<FileRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return table.page(query(first, pageSize, sort, filters)).stream().map(opener::present).toList();
    }

    @Override
    public String getRowKey(FileRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public FileRow getRowData(String rowKey) {
        try {
            return table.one(versionId, Long.parseLong(rowKey)).map(opener::present).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private FileQuery query(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        String sortBy = order == null ? "label" : order.getField();
        boolean descending = order != null && order.getOrder() == SortOrder.DESCENDING;
        return new FileQuery(versionId, first, pageSize, sortBy, descending, filter(filters, "label"),
                filter(filters, "category"), known(filter(filters, "contentType"), FileQuery.TypeGroup.class),
                known(filter(filters, "access"), FileAccess.class));
    }

    /** A filter value only if it names one of the choices offered; anything else filters nothing. */
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

    private static String filter(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
