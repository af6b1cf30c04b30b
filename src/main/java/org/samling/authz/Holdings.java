package org.samling.authz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every permission a caller holds and where: from the roles given to them (or to a group or
 * name covering them) and from the review link they came in through. Checks on one object
 * and filters over many are both read from it.
 */
final class Holdings {

    private final boolean everything;
    private final Map<Permission, List<Long>> datasets = new EnumMap<>(Permission.class);
    private final Map<Permission, List<String>> collections = new EnumMap<>(Permission.class);

    private Holdings(boolean everything) {
        this.everything = everything;
    }

    static Holdings administrator() {
        return new Holdings(true);
    }

    static Holdings none() {
        return new Holdings(false);
    }

    /** A role's permissions, given on a dataset (its id) or on a collection (its path). */
    void add(List<String> permissions, Long datasetId, String collectionPath) {
        for (String name : permissions) {
            Permission permission = Permission.valueOf(name);
            if (datasetId != null) {
                datasets.computeIfAbsent(permission, p -> new ArrayList<>()).add(datasetId);
            } else if (collectionPath != null) {
                collections.computeIfAbsent(permission, p -> new ArrayList<>()).add(collectionPath);
            }
        }
    }

    boolean onCollections() {
        return !collections.isEmpty();
    }

    PermissionScope scope(Permission permission) {
        if (everything) {
            return PermissionScope.EVERYTHING;
        }
        return new PermissionScope(false, datasets.getOrDefault(permission, List.of()),
                collections.getOrDefault(permission, List.of()));
    }

    Set<Permission> on(Long datasetId, String collectionPath) {
        if (everything) {
            return EnumSet.allOf(Permission.class);
        }
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (scope(permission).covers(datasetId, collectionPath)) {
                held.add(permission);
            }
        }
        return held;
    }
}
