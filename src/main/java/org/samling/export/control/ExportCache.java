package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.samling.platform.persistence.Sql;

/**
 * Exports as computed, one row per version and format. A row answers while its version has not
 * changed since and no embargo in it has ended.
 */
@ApplicationScoped
public class ExportCache {

    @Inject
    Sql sql;

    public Optional<String> current(long versionId, String exporter, Instant versionUpdatedAt, LocalDate today) {
        return sql.one("""
                select body from version_export
                where version_id = ? and exporter = ? and version_updated_at = ?
                  and (valid_until is null or valid_until > ?)""",
                row -> row.getString(1), versionId, exporter, Timestamp.from(versionUpdatedAt), java.sql.Date.valueOf(today));
    }

    public void keep(long versionId, String exporter, Instant versionUpdatedAt, LocalDate validUntil, String body) {
        sql.update("""
                insert into version_export (version_id, exporter, body, version_updated_at, valid_until)
                values (?, ?, ?, ?, ?)
                on conflict (version_id, exporter) do update
                    set body = excluded.body, version_updated_at = excluded.version_updated_at,
                        valid_until = excluded.valid_until, created_at = now()""",
                versionId, exporter, body, Timestamp.from(versionUpdatedAt),
                validUntil == null ? null : java.sql.Date.valueOf(validUntil));
    }
}
