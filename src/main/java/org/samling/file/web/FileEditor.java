package org.samling.file.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.Languages;
import org.samling.file.control.DeleteFilesCommand;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileStore;
import org.samling.file.control.FileTable;
import org.samling.file.control.ReplaceFileCommand;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.authz.FileAccess;
import org.samling.file.control.FileCategories;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** The file page's forms for editors: describe the file, replace it, or delete it from the draft. */
@Named
@ViewScoped
public class FileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FileView view;

    @Inject
    FileDownloads downloads;

    @Inject
    Datasets datasets;

    @Inject
    FileCategories fileCategories;

    @Inject
    org.samling.collection.control.Collections collections;

    @Inject
    FileTable table;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    FileStore store;

    @Inject
    SamlingConfig config;

    private long fileId;
    private long datasetId;
    private transient List<String> offeredCategories;
    private String label;
    private String description;
    private String category;
    private String language;
    private String access;
    private LocalDate embargoUntil;
    private Long recordingId;
    private String termsOfAccess;

    /** The form starts from the file as the page shows it. */
    @PostConstruct
    void fill() {
        FileRow row = view.getFile();
        fileId = row.id();
        datasetId = view.getDataset().getId();
        label = row.label();
        description = row.description();
        category = row.category();
        language = row.language();
        access = row.access().name();
        embargoUntil = row.embargoUntil();
        recordingId = row.recordingId();
        termsOfAccess = row.termsOfAccess();
    }

    public String save() {
        FileAccess chosen = FileAccess.valueOf(access);
        FileChanges changes = new FileChanges(null, null, description == null ? "" : description,
                category == null ? "" : category, language == null ? "" : language, chosen,
                chosen == FileAccess.EMBARGOED ? embargoUntil : null, recordingId == null ? 0L : recordingId,
                termsOfAccess == null ? "" : termsOfAccess);
        try {
            engine.submit(new UpdateFilesCommand(caller.context(), dataset(), List.of(fileId), changes));
            FacesMessages.info("file.saved");
            FacesMessages.keepForRedirect();
            return "/file.xhtml?faces-redirect=true&fileId=" + fileId;
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public void replace(FileUploadEvent event) {
        StagedFile staged = null;
        try (InputStream in = event.getFile().getInputStream()) {
            staged = store.stage(in, config.uploadMaxFileSize());
            var replaced = engine.submit(new ReplaceFileCommand(caller.context(), dataset(), fileId, staged,
                    FileDescription.named(event.getFile().getFileName())));
            FacesMessages.info("file.replaced");
            FacesMessages.keepForRedirect();
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/file.xhtml?fileId=" + replaced.dataFile().getId());
        } catch (SamlingException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            FacesMessages.error(null, "upload.failed", event.getFile().getFileName());
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    public String delete() {
        try {
            Dataset dataset = dataset();
            engine.submit(new DeleteFilesCommand(caller.context(), dataset, List.of(fileId)));
            FacesMessages.info("file.deleted", label);
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + dataset.getGlobalId().asString();
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private Dataset dataset() {
        return datasets.require(datasetId);
    }

    /** Audio and video files of the same version a transcript can belong to. */
    public List<FileRow> getRecordings() {
        List<FileRow> recordings = new ArrayList<>();
        for (FileRow row : table.page(FileQuery.all(downloads.find(caller.context(), fileId, true).versionId()))) {
            if (row.isAudio() || row.contentType().startsWith("video/")) {
                recordings.add(row);
            }
        }
        return recordings;
    }

    public List<String> getCategories() {
        if (offeredCategories == null) {
            offeredCategories = fileCategories.of(collections.find(dataset().getCollectionId()).orElseThrow());
        }
        List<String> offered = offeredCategories;
        if (category == null || category.isBlank() || offered.contains(category)) {
            return offered;
        }
        List<String> withCurrent = new ArrayList<>(offered);
        withCurrent.add(category);
        return withCurrent;
    }

    public List<String> getLanguages() {
        List<String> all = new ArrayList<>();
        Languages.known().forEach(all::add);
        return all;
    }

    public FileAccess[] getAccessLevels() {
        return FileAccess.values();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public LocalDate getEmbargoUntil() {
        return embargoUntil;
    }

    public void setEmbargoUntil(LocalDate embargoUntil) {
        this.embargoUntil = embargoUntil;
    }

    public String getTermsOfAccess() {
        return termsOfAccess;
    }

    public void setTermsOfAccess(String termsOfAccess) {
        this.termsOfAccess = termsOfAccess;
    }

    public Long getRecordingId() {
        return recordingId;
    }

    public void setRecordingId(Long recordingId) {
        this.recordingId = recordingId;
    }
}
