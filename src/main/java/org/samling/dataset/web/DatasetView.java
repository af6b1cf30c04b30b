package org.samling.dataset.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.samling.authz.Permission;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileCategories;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.file.control.ReleasedFileCounts;
import org.samling.authz.Opener;
import org.samling.authz.FileAccess;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The dataset landing page: citation, metadata and one page of the file table. Everything it
 * shows comes from the address (dataset, version, and the {@link FileListing}), so a reader's
 * visit keeps no state on the server; editors' forms carry the same parameters as hidden fields.
 */
@Named
@RequestScoped
public class DatasetView {

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileTable fileTable;

    @Inject
    CurrentCaller caller;

    @Inject
    FileDownloads downloads;

    @Inject
    SamlingConfig config;

    @Inject
    org.samling.dataset.control.DatasetLocks locks;

    @Inject
    org.samling.metadata.control.MetadataBlocks metadataBlocks;

    private String persistentId;
    private String version;
    private FileListing listing;
    private VisibleDataset visible;
    private Opener opener;
    private List<FileLine> rows;
    private List<MetadataSections.Section> sections;
    private FilePager pager;
    private List<String> categories;
    private Boolean inReview;

    @Inject
    FileCategories fileCategories;

    @Inject
    ReleasedFileCounts releasedFileCounts;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        persistentId = parameters.get("persistentId");
        version = parameters.get("version");
        listing = FileListing.from(parameters);
    }

    public void load() throws IOException {
        try {
            visible();
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.status() == 400 ? 400 : 404,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private VisibleDataset visible() {
        if (visible == null) {
            Dataset dataset = datasets.byGlobalId(persistentId)
                    .orElseThrow(() -> SamlingException.notFound("error.datasetNotFound", String.valueOf(persistentId)));
            visible = reader.open(caller.context(), dataset, version);
            opener = downloads.opener(caller.context(), dataset.getId());
        }
        return visible;
    }

    /** After files changed: show the draft afresh, from the first page. */
    public void reload() {
        version = null;
        visible = null;
        rows = null;
        pager = null;
        sections = null;
        listing = listing.onPage(1);
    }

    public VisibleDataset getDataset() {
        return visible();
    }

    public String getCitation() {
        return Citation.of(visible(), config.publisher());
    }

    public List<MetadataSections.Section> getSections() {
        if (sections == null) {
            sections = MetadataSections.of(visible().metadata().blocks(), locale(), metadataBlocks);
        }
        return sections;
    }

    /** This page of the file table, each file as the caller may see it listed. */
    public List<FileLine> getFileRows() {
        if (rows == null) {
            java.text.NumberFormat sizes = java.text.NumberFormat.getIntegerInstance(locale());
            rows = fileTable.page(listing.query(visible().version().getId())).stream().map(file -> file.presentedTo(opener))
                    .map(file -> new FileLine(file, canDownload(file), canRequest(file), sizes.format(file.size())))
                    .toList();
        }
        return rows;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The links around this page of the file table; it counts the files the filters let through. */
    public FilePager getPager() {
        if (pager == null) {
            var shown = visible().version();
            long total = shown.isDraft() || listing.isFiltered() ? fileTable.count(listing.query(shown.getId()))
                    : releasedFileCounts.of(shown.getId());
            pager = new FilePager(listing, total, getFileRows().size(), this::address);
        }
        return pager;
    }

    private String address(FileListing target) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/dataset.xhtml?persistentId=" + URLEncoder.encode(persistentId, StandardCharsets.UTF_8)
                + (version == null ? "" : "&version=" + URLEncoder.encode(version, StandardCharsets.UTF_8))
                + target.queryString() + "#files-heading";
    }

    public FileListing getListing() {
        return listing;
    }

    public List<String> getCategories() {
        if (categories == null) {
            categories = fileCategories.of(visible().collection());
        }
        return categories;
    }

    public boolean isCanEdit() {
        return visible().can(Permission.EDIT_DATASET);
    }

    public boolean isCanPublish() {
        return visible().version().isDraft() && visible().can(Permission.PUBLISH_DATASET);
    }

    public boolean isCanManageAccess() {
        return visible().can(Permission.MANAGE_ACCESS);
    }

    public boolean isCanManagePermissions() {
        return visible().can(Permission.MANAGE_PERMISSIONS);
    }

    /** A reader who could ask for a restricted file of the published version they cannot open yet. */
    public boolean canRequest(FileRow file) {
        return !visible().version().isDraft() && file.isRequestable() && !canDownload(file);
    }

    public boolean canDownload(FileRow file) {
        visible();
        return file.mayBeOpenedBy(opener);
    }

    /** A published version the caller may withdraw (deaccession). */
    public boolean isCanWithdraw() {
        return visible().version().getState() == org.samling.dataset.entity.VersionState.RELEASED
                && visible().can(Permission.PUBLISH_DATASET) && !isViaReviewLink();
    }

    public boolean isInReview() {
        if (inReview == null) {
            inReview = locks.inReview(visible().dataset().getId()).isPresent();
        }
        return inReview;
    }

    public boolean isReviewRequired() {
        return visible().collection().isRequireReview();
    }

    /** A withdrawn (deaccessioned) version: the page is a tombstone. */
    public boolean isWithdrawn() {
        return visible().version().isDeaccessioned();
    }

    public boolean isAnonymised() {
        return visible().anonymised();
    }

    public boolean isViaReviewLink() {
        return caller.context().reviewLinkId() != null;
    }

    public String getTermsOfAccess() {
        return visible().metadata().terms().termsOfAccess();
    }

    public String getDataUseAgreement() {
        return visible().metadata().terms().dataUseAgreement();
    }

    public boolean isPreviouslyReleased() {
        return visible().dataset().isReleased();
    }

    public long getMaxFileSize() {
        return config.uploadMaxFileSize();
    }

    public FileAccess[] getAccessLevels() {
        return FileAccess.values();
    }

    public FileQuery.TypeGroup[] getTypeGroups() {
        return FileQuery.TypeGroup.values();
    }

    public String getPersistentId() {
        return persistentId;
    }

    public String getVersion() {
        return version;
    }
}
