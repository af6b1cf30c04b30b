package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.samling.access.control.PermissionEvaluator;
import org.samling.access.entity.ObjectRef;
import org.samling.access.entity.Permission;
import org.samling.audit.control.AuditLog;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Decides whether a caller may open a file's bytes, and opens them. A file counts as it
 * stands in the newest published version holding it; a file only in a draft needs the right
 * to see unpublished versions; a restricted file needs the right to download restricted files.
 * Opening a file that is not public is written to the audit log.
 */
@ApplicationScoped
public class FileDownloads {

    /** The newest published appearance of the file first, then its draft appearance. */
    private static final String APPEARANCE = """
            select f.id, fm.label, fm.directory_label, fm.description, fm.category, fm.restricted,
                   f.content_type, f.size_bytes, f.sha256, f.md5, f.storage_key, f.dataset_id, v.state
              from datafile f
              join file_metadata fm on fm.datafile_id = f.id
              join dataset_version v on v.id = fm.dataset_version_id
             where f.id = ?
             order by (v.state = 'RELEASED') desc, v.version_number desc nulls last,
                      v.minor_version_number desc nulls last
             limit 1
            """;

    public record Download(FileRow file, long datasetId) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    public Download authorize(RequestContext context, long fileId) {
        record Appearance(FileRow file, long datasetId, boolean released) {
        }
        Optional<Appearance> found = sql.one(APPEARANCE, row -> new Appearance(FileTable.row(row),
                row.getLong("dataset_id"), "RELEASED".equals(row.getString("state"))), fileId);
        Appearance appearance = found.orElseThrow(() -> SamlingException.notFound("error.fileNotFound", fileId));
        ObjectRef dataset = ObjectRef.dataset(appearance.datasetId());
        if (!appearance.released() && !permissions.has(context, Permission.VIEW_UNPUBLISHED, dataset)) {
            throw SamlingException.notFound("error.fileNotFound", fileId);
        }
        if (appearance.file().restricted()) {
            permissions.require(context, Permission.DOWNLOAD_RESTRICTED, dataset);
        }
        if (appearance.file().restricted() || !appearance.released()) {
            audit.append(context, "DownloadFile", "FILE", fileId, appearance.file().label());
        }
        return new Download(appearance.file(), appearance.datasetId());
    }

    public InputStream open(Download download) throws IOException {
        return store.open(download.file().storageKey());
    }
}
