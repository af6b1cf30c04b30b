package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.authz.Opener;
import org.samling.collection.control.Collections;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.time.ServerClock;

/**
 * Reads a published version the way an anonymous reader sees it, through the same reader and
 * file rule as the dataset page: what no stranger may see cannot reach an export.
 */
@ApplicationScoped
public class ExportRecords {

    @Inject
    DatasetReader reader;

    @Inject
    FileTable files;

    @Inject
    FileDownloads downloads;

    @Inject
    Collections collections;

    @Inject
    SamlingConfig config;

    @Inject
    ServerClock clock;

    public RequestContext everyone() {
        return RequestContext.guest("127.0.0.1", clock.now());
    }

    /** @param version a number such as "1.0", or null for the newest published (or withdrawn) version */
    public VisibleDataset open(Dataset dataset, String version) {
        VisibleDataset visible = reader.open(everyone(), dataset, version == null ? ":latest-published" : version);
        if (visible.version().isDraft()) {
            throw SamlingException.notFound("error.datasetNotPublished", dataset.getGlobalId().asString());
        }
        return visible;
    }

    public ExportRecord of(Dataset dataset, String version) {
        return of(open(dataset, version));
    }

    public ExportRecord of(VisibleDataset visible) {
        return of(visible, Integer.MAX_VALUE);
    }

    /** The record with the version's first public files only, as a page's header lists them. */
    public ExportRecord withPublicFiles(Dataset dataset, String version, int maxFiles) {
        return withPublicFiles(open(dataset, version), maxFiles);
    }

    public ExportRecord withPublicFiles(VisibleDataset publicView, int maxFiles) {
        return of(publicView, maxFiles, "PUBLIC");
    }

    private ExportRecord of(VisibleDataset visible, int maxFiles) {
        return of(visible, maxFiles, null);
    }

    private ExportRecord of(VisibleDataset visible, int maxFiles, String access) {
        Dataset dataset = visible.dataset();
        Opener opener = downloads.opener(everyone(), dataset.getId());
        List<FileRow> shown = visible.version().isDeaccessioned() ? List.of()
                : files.page(new FileQuery(visible.version().getId(), 0, maxFiles, "label", false, null, null, null, access)).stream()
                        .map(file -> file.presentedTo(opener)).toList();
        return new ExportRecord(visible, collections.lineage(visible.collection()), shown, config.publisher(), Citation.of(visible, config.publisher()),
                config.siteUrl() + "/dataset.xhtml?persistentId=" + dataset.getGlobalId().asString()
                        + "&version=" + visible.version().getVersionNumber() + "." + visible.version().getMinorVersionNumber(),
                config.siteUrl());
    }
}
