package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;

/**
 * Computes a newly published version's exports on the export pool, in a transaction of its
 * own, so the first harvester or reader finds them kept.
 */
@ApplicationScoped
public class ExportsAhead {

    @Inject
    Exports exports;

    @Inject
    Exporters exporters;

    @Inject
    Datasets datasets;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void computeAll(long datasetId) {
        Dataset dataset = datasets.require(datasetId);
        for (Exporter exporter : exporters.all()) {
            exports.of(dataset, null, exporter.name());
        }
    }
}
