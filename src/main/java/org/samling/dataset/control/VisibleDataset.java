package org.samling.dataset.control;

import java.util.Set;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;

/**
 * A dataset as one caller may see it: the version shown to them, its metadata as they may
 * see it (without authors for an anonymised review link), and what they may do with it.
 */
public record VisibleDataset(Dataset dataset, DatasetVersion version, Collection collection,
                             Set<Permission> permissions, DatasetMetadata metadata, boolean anonymised) {

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }
}
