package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileRow;
import org.samling.platform.time.ServerClock;

/**
 * A published version in any format: computed once (soon after publication by
 * {@link ExportsAheadSchedule}, or at the first request after a change) and then read from
 * {@link ExportCache}.
 */
@ApplicationScoped
public class Exports {

    @Inject
    ExportRecords records;

    @Inject
    Exporters exporters;

    @Inject
    ExportCache cache;

    @Inject
    ServerClock clock;

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

    /** The first day an embargo in the record ends, when the export will say more about that file. */
    static LocalDate embargoEnd(ExportRecord record, LocalDate today) {
        return record.files().stream().map(FileRow::embargoUntil).filter(Objects::nonNull)
                .filter(until -> until.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    }
}
