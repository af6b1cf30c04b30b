package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samling.authz.FileOpenRule;
import org.samling.authz.Opener;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.dataset.control.VisibleDataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Opens files' bytes (download, preview, stream, zip) for those the authorization core's
 * {@link FileOpenRule} lets open them. A file counts as it stands in the newest published
 * version holding it; a file only in a draft, or only in withdrawn (deaccessioned) versions,
 * needs the right to see unpublished versions.
 * Opening a file that is not public is written to the audit log.
 */
@ApplicationScoped
public class FileDownloads {

    /** The file in each version holding it: the draft first, then the newest numbered. */
    private static final String APPEARANCES = """
            select %s, f.dataset_id, v.state, v.id as version_id
              from datafile f
              join file_metadata fm on fm.datafile_id = f.id
              join dataset_version v on v.id = fm.dataset_version_id
             where f.id = any(?) and f.destroyed_at is null
             order by f.id, (v.state = 'DRAFT') desc, v.version_number desc nulls last,
                      v.minor_version_number desc nulls last
            """.formatted(FileTable.COLUMNS);

    /** A file as it stands in one version: the newest published one holding it, else the draft. */
    public record Download(FileRow file, long datasetId, boolean published, long versionId) {
    }

    /** The files of a selection the caller may open, and the ids of those they may not (or that do not exist). */
    public record Selection(List<Download> allowed, List<Long> leftOut) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    FileOpenRule rule;

    @Inject
    FileStore store;

    @Inject
    CommandEngine engine;

    @Inject
    FileTable table;

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
        return findAll(context, List.of(fileId), preferDraft).stream().findFirst()
                .orElseThrow(() -> SamlingException.notFound("error.fileNotFound", fileId));
    }

    /**
     * Each file of a selection as the caller may see it, in one query however many files there
     * are; files they may not know exist are left out.
     */
    private List<Download> findAll(RequestContext context, List<Long> fileIds, boolean preferDraft) {
        var rows = table.rows();
        Map<Long, List<Download>> appearances = new LinkedHashMap<>();
        sql.list(APPEARANCES, row -> appearances.computeIfAbsent(row.getLong("id"), id -> new ArrayList<>())
                .add(new Download(rows.map(row), row.getLong("dataset_id"), "RELEASED".equals(row.getString("state")),
                        row.getLong("version_id"))), Sql.bigints(fileIds));
        // a withdrawn version's entry stands where the draft's would: for those who may see unpublished versions
        Map<Long, Boolean> seesDrafts = new HashMap<>();
        List<Download> found = new ArrayList<>();
        for (List<Download> ofFile : appearances.values()) {
            Optional<Download> draft = ofFile.stream().filter(d -> !d.published()).findFirst();
            Optional<Download> released = ofFile.stream().filter(Download::published).findFirst();
            boolean drafts = (draft.isPresent() || released.isEmpty()) && seesDrafts.computeIfAbsent(ofFile.get(0).datasetId(), dataset ->
                    permissions.has(context, Permission.VIEW_UNPUBLISHED, ObjectRef.dataset(dataset)));
            if (drafts && (preferDraft || released.isEmpty())) {
                found.add(draft.get());
            } else {
                released.ifPresent(found::add);
            }
        }
        return found;
    }

    /** The file if the caller may open it; 404 when they may not know it exists, 403 when they may not open it. */
    public Download authorize(RequestContext context, long fileId) {
        Download download = find(context, fileId);
        if (!download.file().mayBeOpenedBy(opener(context, download.datasetId()))) {
            engine.submit(new RecordOpeningsCommand(context, download.datasetId(), "OpenRefused",
                    List.of(new RecordOpeningsCommand.Opening(download.file().id(), download.file().label()))));
            throw context.isGuest() ? SamlingException.forbidden("error.signInRequired")
                    : SamlingException.forbidden("error.fileClosedToYou", download.file().label());
        }
        return download;
    }

    /**
     * The files of a selection the caller may open, decided with one query for the files and
     * one opener per dataset, and their opening recorded in one transaction per dataset.
     */
    public Selection authorizeAll(RequestContext context, List<Long> fileIds, String how) {
        List<Download> found = findAll(context, fileIds, false);
        Map<Long, Opener> openers = new HashMap<>();
        List<Download> allowed = new ArrayList<>();
        for (Download download : found) {
            Opener opener = openers.computeIfAbsent(download.datasetId(), dataset -> opener(context, dataset));
            if (download.file().mayBeOpenedBy(opener)) {
                allowed.add(download);
            }
        }
        Set<Long> allowedIds = new HashSet<>();
        allowed.forEach(d -> allowedIds.add(d.file().id()));
        recordOpenings(context, allowed, how, openers);
        return new Selection(allowed, fileIds.stream().filter(id -> !allowedIds.contains(id)).toList());
    }

    /** What the caller may open in one dataset; ask it per file. */
    public Opener opener(RequestContext context, long datasetId) {
        return rule.opener(context, datasetId);
    }

    /** Whether the caller may open this file of a dataset whose version they can see. */
    public boolean mayOpen(RequestContext context, long datasetId, FileRow file) {
        return file.mayBeOpenedBy(opener(context, datasetId));
    }

    /** The file as the caller may see it listed. */
    public FileRow present(RequestContext context, long datasetId, FileRow file) {
        return file.presentedTo(opener(context, datasetId));
    }

    /** The files of a version the caller can see that they may open, for zips. */
    public List<FileRow> openable(RequestContext context, VisibleDataset visible) {
        Opener opener = opener(context, visible.dataset().getId());
        return table.page(FileQuery.all(visible.version().getId())).stream().filter(f -> f.mayBeOpenedBy(opener)).toList();
    }

    /** Records that a caller opened a file that is not public (or not yet published), and on what basis. */
    public void recordOpening(RequestContext context, Download download, String how) {
        recordOpenings(context, List.of(download), how, new HashMap<>());
    }

    /** The same for many files at once: one transaction per dataset, whatever the number of files. */
    public void recordOpenings(RequestContext context, List<Download> downloads, String how) {
        recordOpenings(context, downloads, how, new HashMap<>());
    }

    private void recordOpenings(RequestContext context, List<Download> downloads, String how,
                                Map<Long, Opener> openers) {
        Map<Long, List<RecordOpeningsCommand.Opening>> byDataset = new LinkedHashMap<>();
        for (Download download : downloads) {
            if (download.file().isPublic() && download.published()) {
                continue;
            }
            Opener opener = openers.computeIfAbsent(download.datasetId(), dataset -> opener(context, dataset));
            String basis = opener.audit(download.file().id(), download.file().access());
            byDataset.computeIfAbsent(download.datasetId(), d -> new ArrayList<>()).add(new RecordOpeningsCommand.Opening(
                    download.file().id(), download.file().label() + (basis == null ? "" : " (" + basis + ")")));
        }
        byDataset.forEach((dataset, openings) -> engine.submit(new RecordOpeningsCommand(context, dataset, how,
                openings)));
    }

    public InputStream open(FileRow file, long offset) throws IOException {
        return store.open(file.storageKey(), offset);
    }
}
