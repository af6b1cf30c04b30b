package org.samling.dataset.boundary;

import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.error.SamlingException;

/**
 * Dataverse's two ways to name a dataset in a path: its numeric id, or {@code :persistentId}
 * with {@code ?persistentId=doi:...}. Resources declare {@code {id: [0-9]+|:persistentId}}.
 */
public final class DatasetAddress {

    public static final String PATH = "{id: [0-9]+|:persistentId}";

    private DatasetAddress() {
    }

    public static Dataset resolve(Datasets datasets, String id, String persistentId) {
        if (":persistentId".equals(id)) {
            if (persistentId == null || persistentId.isBlank()) {
                throw SamlingException.badRequest("error.persistentIdRequired");
            }
            return datasets.requireByGlobalId(persistentId);
        }
        try {
            return datasets.require(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw SamlingException.badRequest("error.badDatasetId", id);
        }
    }
}
