package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;

/**
 * Computes a published version's exports, in a transaction of its own, for
 * {@link ExportsAheadSchedule}.
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
