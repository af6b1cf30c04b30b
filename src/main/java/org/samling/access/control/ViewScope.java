package org.samling.access.control;

import java.util.ArrayList;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * Where a caller may see unpublished datasets, as an SQL condition: the one filter every
 * list, search and feed applies, so no read path can show a draft to someone else.
 *
 * @param everything      an administrator: every draft
 * @param datasetIds      datasets assigned directly
 * @param collectionPaths collections assigned, whose datasets below are all included
 */
public record ViewScope(boolean everything, List<Long> datasetIds, List<String> collectionPaths) {

    public static final ViewScope NOTHING = new ViewScope(false, List.of(), List.of());

    public boolean isEmpty() {
        return !everything && datasetIds.isEmpty() && collectionPaths.isEmpty();
    }

    /**
     * A condition over a dataset alias and its collection alias, true where the caller may
     * see the dataset's unpublished versions; {@code params} receives its parameters.
     */
    public String condition(String dataset, String collection, List<Object> params) {
        if (everything) {
            return "true";
        }
        if (isEmpty()) {
            return "false";
        }
        params.add(Sql.bigints(datasetIds));
        params.add(Sql.texts(collectionPaths));
        return "(" + dataset + ".id = any(?) or exists (select 1 from unnest(?::text[]) scope_path "
                + "where " + collection + ".path like scope_path || '%'))";
    }

    public static List<Object> newParams() {
        return new ArrayList<>();
    }
}
