package org.samling.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.dataset.control.DatasetPublished;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileRow;
import org.samling.platform.time.ServerClock;

/**
 * A published version in any format: computed once (at publication, or at the first request
 * after a change) and then read from {@link ExportCache}.
 */
@ApplicationScoped
public class Exports {

    public static final String EXECUTOR = "java:app/concurrent/Export";

    private static final Logger LOG = Logger.getLogger(Exports.class.getName());

    @Inject
    ExportRecords records;

    @Inject
    Exporters exporters;

    @Inject
    ExportCache cache;

    @Inject
    ServerClock clock;

    @Inject
    ExportsAhead ahead;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    public record Export(Exporter exporter, String body) {
    }

    /** @param version "1.0" and the like, or null for the newest published version */
    public Export of(Dataset dataset, String version, String exporterName) {
        return of(records.open(dataset, version), exporterName);
    }

    /** @param visible a published version as everyone sees it ({@link ExportRecords#open}) */
    public Export of(org.samling.dataset.control.VisibleDataset visible, String exporterName) {
        Exporter exporter = exporters.require(exporterName);
        long versionId = visible.version().getId();
        LocalDate today = clock.today();
        var kept = cache.current(versionId, exporter.name(), visible.version().getUpdatedAt(), today);
        if (kept.isPresent()) {
            return new Export(exporter, kept.get());
        }
        ExportRecord record = records.of(visible);
        String body = exporter.export(record);
        cache.keep(versionId, exporter.name(), visible.version().getUpdatedAt(), embargoEnd(record, today), body);
        return new Export(exporter, body);
    }

    void afterPublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetPublished published) {
        executor.execute(() -> {
            try {
                ahead.computeAll(published.datasetId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "exports of dataset " + published.datasetId()
                        + " not computed ahead; they will be on the first request", e);
            }
        });
    }

    /** The first day an embargo in the record ends, when the export will say more about that file. */
    static LocalDate embargoEnd(ExportRecord record, LocalDate today) {
        return record.files().stream().map(FileRow::embargoUntil).filter(Objects::nonNull)
                .filter(until -> until.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    }
}
