package org.samling.dataset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.samling.access.entity.Permission;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.PublishDatasetCommand;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.DeleteFilesCommand;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.Opener;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.file.entity.FileAccess;
import org.samling.file.entity.FileChanges;
import org.samling.file.control.FileTable;
import org.samling.file.entity.FileCategory;
import org.samling.file.web.FileTableModel;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** The dataset landing page: citation, metadata, files, and for depositors upload and publish. */
@Named
@ViewScoped
public class DatasetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileTable fileTable;

    @Inject
    CurrentCaller caller;

    @Inject
    CommandEngine engine;

    @Inject
    FileDownloads downloads;

    @Inject
    SamlingConfig config;

    private String persistentId;
    private String version;
    private boolean majorRelease = true;
    private List<FileRow> selectedFiles = new java.util.ArrayList<>();
    private String bulkCategory;
    private String bulkAccess;
    private java.time.LocalDate bulkEmbargoUntil;
    private transient VisibleDataset visible;
    private transient Opener opener;
    private FileTableModel files;

    public void load() throws IOException {
        try {
            open();
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.status() == 400 ? 400 : 404,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private void open() {
        Dataset dataset = datasets.byGlobalId(persistentId)
                .orElseThrow(() -> SamlingException.notFound("error.datasetNotFound", String.valueOf(persistentId)));
        visible = reader.open(caller.context(), dataset, version);
        opener = downloads.opener(caller.context(), dataset.getId());
        files = new FileTableModel(fileTable, visible.version().getId(), opener);
    }

    private VisibleDataset visible() {
        if (visible == null) {
            open();
        }
        return visible;
    }

    /** After the upload area has added files: show the draft with them. */
    public void filesChanged() {
        version = null;
        open();
    }

    public void applyCategory() {
        changeSelected(FileChanges.none().withCategory(bulkCategory == null ? "" : bulkCategory), "files.categorySet");
    }

    public void applyAccess() {
        if (bulkAccess == null || bulkAccess.isBlank()) {
            FacesMessages.error(null, "files.chooseAccess");
            return;
        }
        FileAccess access = FileAccess.valueOf(bulkAccess);
        changeSelected(FileChanges.none().withAccess(access, access == FileAccess.EMBARGOED ? bulkEmbargoUntil : null),
                "files.accessSet");
    }

    public void deleteSelected() {
        try {
            int count = engine.submit(new DeleteFilesCommand(caller.context(), visible().dataset(), selectedIds()));
            FacesMessages.info("files.deleted", count);
            selectedFiles.clear();
            filesChanged();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    private void changeSelected(FileChanges changes, String doneKey) {
        try {
            int count = engine.submit(new UpdateFilesCommand(caller.context(), visible().dataset(), selectedIds(), changes));
            FacesMessages.info(doneKey, count);
            filesChanged();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    private List<Long> selectedIds() {
        return selectedFiles.stream().map(FileRow::id).toList();
    }

    public String publish() {
        try {
            var published = engine.submit(new PublishDatasetCommand(caller.context(), visible().dataset(), majorRelease));
            FacesMessages.info("publish.done", published.getFriendlyNumber());
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + visible().dataset().getGlobalId().asString();
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public VisibleDataset getDataset() {
        return visible();
    }

    public String getCitation() {
        return Citation.of(visible(), config.publisher());
    }

    public List<MetadataSections.Section> getSections() {
        return MetadataSections.of(visible().metadata().blocks(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public FileTableModel getFiles() {
        return files;
    }

    public List<String> getCategories() {
        return FileCategory.STANDARD;
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

    public boolean canDownload(FileRow file) {
        if (opener == null) {
            opener = downloads.opener(caller.context(), visible().dataset().getId());
        }
        return opener.mayOpen(file);
    }

    /** A file's size with thousands grouped in the page's language. */
    public String size(FileRow file) {
        return java.text.NumberFormat.getIntegerInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(file.size());
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

    public List<FileRow> getSelectedFiles() {
        return selectedFiles;
    }

    public void setSelectedFiles(List<FileRow> selectedFiles) {
        this.selectedFiles = selectedFiles == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(selectedFiles);
    }

    public String getBulkCategory() {
        return bulkCategory;
    }

    public void setBulkCategory(String bulkCategory) {
        this.bulkCategory = bulkCategory;
    }

    public String getBulkAccess() {
        return bulkAccess;
    }

    public void setBulkAccess(String bulkAccess) {
        this.bulkAccess = bulkAccess;
    }

    public java.time.LocalDate getBulkEmbargoUntil() {
        return bulkEmbargoUntil;
    }

    public void setBulkEmbargoUntil(java.time.LocalDate bulkEmbargoUntil) {
        this.bulkEmbargoUntil = bulkEmbargoUntil;
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public boolean isMajorRelease() {
        return majorRelease;
    }

    public void setMajorRelease(boolean majorRelease) {
        this.majorRelease = majorRelease;
    }
}
