package org.samling.access.control;

import java.util.ArrayList;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * Where a caller holds one permission (seeing unpublished versions, opening restricted
 * files), as an SQL condition over datasets: the one filter every list, search and feed
 * applies, so no read path can show a draft or a restricted text to someone else.
 *
 * @param everything      an administrator: every dataset
 * @param datasetIds      datasets assigned directly
 * @param collectionPaths collections assigned, whose datasets below are all included
 */
public record PermissionScope(boolean everything, List<Long> datasetIds, List<String> collectionPaths) {

    public static final PermissionScope NOTHING = new PermissionScope(false, List.of(), List.of());

    public boolean isEmpty() {
        return !everything && datasetIds.isEmpty() && collectionPaths.isEmpty();
    }

    /**
     * A condition over a dataset alias and its collection alias, true where the caller holds
     * the permission; {@code params} receives its parameters.
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
