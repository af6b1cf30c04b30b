package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.samling.access.control.AccessGrants;
import org.samling.access.control.PermissionEvaluator;
import org.samling.access.control.ReviewLinks;
import org.samling.access.entity.ObjectRef;
import org.samling.access.entity.Permission;
import org.samling.audit.control.AuditLog;
import org.samling.dataset.control.VisibleDataset;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * The one place that decides whether a caller may open a file's bytes (download, preview,
 * stream, zip), and opens them. A file counts as it stands in the newest published version
 * holding it; a file only in a draft needs the right to see unpublished versions; a restricted
 * or embargoed file needs the right to download restricted files. Opening a file that is not
 * public is written to the audit log.
 */
@ApplicationScoped
public class FileDownloads {

    /** The file in its draft (if any) and in its newest published version. */
    private static final String APPEARANCES = """
            select %s, f.dataset_id, v.state, v.id as version_id
              from datafile f
              join file_metadata fm on fm.datafile_id = f.id
              join dataset_version v on v.id = fm.dataset_version_id
             where f.id = ? and v.state in ('DRAFT', 'RELEASED')
             order by (v.state = 'DRAFT') desc, v.version_number desc nulls last,
                      v.minor_version_number desc nulls last
            """.formatted(FileTable.COLUMNS);

    /** A file as it stands in one version: the newest published one holding it, else the draft. */
    public record Download(FileRow file, long datasetId, boolean published, long versionId) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    FileTable table;

    @Inject
    AccessGrants grants;

    @Inject
    ReviewLinks reviewLinks;

    /**
     * The file as the caller may see it listed (its name and metadata), without opening it:
     * 404 for a file of a draft the caller may not see.
     */
    public Download find(RequestContext context, long fileId) {
        return find(context, fileId, false);
    }

    /**
     * @param preferDraft show the draft's entry to those who may see drafts (the file page, for
     *                    its editors); downloads go by the published entry
     */
    public Download find(RequestContext context, long fileId, boolean preferDraft) {
        List<Download> appearances = sql.list(APPEARANCES, row -> new Download(FileTable.row(row),
                row.getLong("dataset_id"), "RELEASED".equals(row.getString("state")), row.getLong("version_id")), fileId);
        Optional<Download> draft = appearances.stream().filter(d -> !d.published()).findFirst();
        Optional<Download> released = appearances.stream().filter(Download::published).findFirst();
        boolean seesDrafts = !appearances.isEmpty()
                && permissions.has(context, Permission.VIEW_UNPUBLISHED, ObjectRef.dataset(appearances.get(0).datasetId()));
        if (seesDrafts && draft.isPresent() && (preferDraft || released.isEmpty())) {
            return draft.get();
        }
        return released.orElseThrow(() -> SamlingException.notFound("error.fileNotFound", fileId));
    }

    /** The file if the caller may open it; 404 when they may not know it exists, 403 when they may not open it. */
    public Download authorize(RequestContext context, long fileId) {
        Download download = find(context, fileId);
        if (!opener(context, download.datasetId()).mayOpen(download.file())) {
            audit.append(context, "OpenRefused", "FILE", download.file().id(), download.file().label(),
                    download.datasetId());
            throw context.isGuest() ? SamlingException.forbidden("error.signInRequired")
                    : SamlingException.forbidden("error.fileClosedToYou", download.file().label());
        }
        return download;
    }

    /** What the caller may open in one dataset; ask it per file. */
    public Opener opener(RequestContext context, long datasetId) {
        var granted = permissions.permissionsOn(context, ObjectRef.dataset(datasetId));
        boolean byRole = granted.contains(Permission.DOWNLOAD_RESTRICTED);
        return new Opener(byRole, granted.contains(Permission.EDIT_DATASET),
                byRole ? java.util.Set.of() : grants.filesInForce(context.userId(), datasetId),
                reviewLinks.inForce(context.reviewLinkId()).filter(link -> link.datasetId() == datasetId).orElse(null));
    }

    /** Whether the caller may open this file of a dataset whose version they can see. */
    public boolean mayOpen(RequestContext context, long datasetId, FileRow file) {
        return opener(context, datasetId).mayOpen(file);
    }

    /** The files of a version the caller can see that they may open, for zips. */
    public List<FileRow> openable(RequestContext context, VisibleDataset visible) {
        Opener opener = opener(context, visible.dataset().getId());
        return table.page(FileQuery.all(visible.version().getId())).stream().filter(opener::mayOpen).toList();
    }

    /** Records that a caller opened a file that is not public (or not yet published), and on what basis. */
    public void recordOpening(RequestContext context, Download download, String how) {
        if (!download.file().isPublic() || !download.published()) {
            String basis = opener(context, download.datasetId()).basis(download.file()).map(Opener.Basis::audit)
                    .orElse(null);
            audit.append(context, how, "FILE", download.file().id(),
                    download.file().label() + (basis == null ? "" : " (" + basis + ")"), download.datasetId());
        }
    }

    public InputStream open(FileRow file, long offset) throws IOException {
        return store.open(file.storageKey(), offset);
    }
}
