package org.samling.dataset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.samling.access.entity.Permission;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.PublishDatasetCommand;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.file.entity.FileCategory;
import org.samling.file.web.BrowserUploads;
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
    BrowserUploads uploads;

    @Inject
    SamlingConfig config;

    private String persistentId;
    private String version;
    private boolean majorRelease = true;
    private transient VisibleDataset visible;
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
        files = new FileTableModel(fileTable, visible.version().getId());
    }

    private VisibleDataset visible() {
        if (visible == null) {
            open();
        }
        return visible;
    }

    public void upload(FileUploadEvent event) {
        try {
            uploads.add(caller.context(), visible().dataset(), event.getFile());
            version = null;
            open();
            FacesMessages.info("upload.done", event.getFile().getFileName());
        } catch (SamlingException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            FacesMessages.error(null, "upload.failed", event.getFile().getFileName());
        }
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
        return Citation.of(visible().dataset(), visible().version(), config.publisher());
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

    public boolean isPreviouslyReleased() {
        return visible().dataset().isReleased();
    }

    public boolean canDownload(FileRow file) {
        return !file.restricted() || visible().can(Permission.DOWNLOAD_RESTRICTED);
    }

    public long getMaxFileSize() {
        return uploads.maxFileSize();
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
