package org.samling.authz;

import java.util.ArrayList;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * Where a caller holds one permission: on some datasets directly and on some collections
 * (so on everything below them). It answers in Java ({@link #covers}, for checks on one
 * object) and in SQL ({@link #condition}, for lists, search and feeds), so no read path can
 * decide otherwise than a check does.
 *
 * @param everything      an administrator: every dataset
 * @param datasetIds      datasets assigned directly
 * @param collectionPaths paths ({@code /1/5/}) of collections assigned, whose datasets below are all included
 */
public record PermissionScope(boolean everything, List<Long> datasetIds, List<String> collectionPaths) {

    public static final PermissionScope NOTHING = new PermissionScope(false, List.of(), List.of());
    public static final PermissionScope EVERYTHING = new PermissionScope(true, List.of(), List.of());

    public PermissionScope {
        datasetIds = List.copyOf(datasetIds);
        collectionPaths = List.copyOf(collectionPaths);
    }

    public boolean isEmpty() {
        return !everything && datasetIds.isEmpty() && collectionPaths.isEmpty();
    }

    /**
     * Whether the permission holds on a dataset (its id, or null for a collection) whose
     * collection, or which collection itself, has this path.
     */
    public boolean covers(Long datasetId, String collectionPath) {
        if (everything) {
            return true;
        }
        if (datasetId != null && datasetIds.contains(datasetId)) {
            return true;
        }
        return collectionPath != null && collectionPaths.stream().anyMatch(collectionPath::startsWith);
    }

    /**
     * {@link #covers} as a condition over a dataset alias and its collection alias;
     * {@code params} receives its parameters.
     */
    public String condition(String dataset, String collection, List<Object> params) {
        return conditionOn(dataset + ".id", collection + ".path", params);
    }

    /** {@link #covers} as a condition over a dataset id and a collection path, as columns or expressions. */
    public String conditionOn(String datasetId, String collectionPath, List<Object> params) {
        if (everything) {
            return "true";
        }
        if (isEmpty()) {
            return "false";
        }
        params.add(Sql.bigints(datasetIds));
        params.add(Sql.texts(collectionPaths));
        return "(" + datasetId + " = any(?) or exists (select 1 from unnest(?::text[]) scope_path "
                + "where starts_with(" + collectionPath + ", scope_path)))";
    }

    /** This scope and another together. */
    public PermissionScope and(PermissionScope other) {
        if (everything || other.everything) {
            return EVERYTHING;
        }
        List<Long> ids = new ArrayList<>(datasetIds);
        ids.addAll(other.datasetIds);
        List<String> paths = new ArrayList<>(collectionPaths);
        paths.addAll(other.collectionPaths);
        return new PermissionScope(false, ids, paths);
    }

    public static List<Object> newParams() {
        return new ArrayList<>();
    }
}
