package org.samling.file.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.samling.access.entity.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.Languages;
import org.samling.file.control.DeleteFilesCommand;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FilePreviews;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileStore;
import org.samling.file.control.FileTable;
import org.samling.file.control.Preview;
import org.samling.file.control.ReplaceFileCommand;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.file.entity.FileAccess;
import org.samling.file.entity.FileCategory;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.web.FacesMessages;

/**
 * A file's page, {@code file.xhtml?fileId=}: what it is (checksums, extraction, technical
 * facts), a preview for those who may open it, and for editors the form to describe,
 * replace or delete it.
 */
@Named
@ViewScoped
public class FileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FileDownloads downloads;

    @Inject
    FilePreviews previews;

    @Inject
    Datasets datasets;

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
    private transient FileDownloads.Download file;
    private transient Preview preview;
    private transient Dataset dataset;
    private boolean mayOpen;
    private boolean canEdit;

    private String description;
    private String category;
    private String language;
    private String access;
    private LocalDate embargoUntil;
    private Long recordingId;
    private String termsOfAccess;

    public void load() throws IOException {
        try {
            open();
            FileRow row = file.file();
            description = row.description();
            category = row.category();
            language = row.language();
            access = row.access().name();
            embargoUntil = row.embargoUntil();
            recordingId = row.recordingId();
            termsOfAccess = row.termsOfAccess();
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.status(), FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private void open() {
        var context = caller.context();
        file = downloads.find(context, fileId, true);
        dataset = datasets.require(file.datasetId());
        mayOpen = downloads.mayOpen(context, file.datasetId(), file.file());
        canEdit = engine.canIssue(UpdateFilesCommand.class, context, ObjectRef.dataset(file.datasetId()));
        preview = mayOpen ? previews.of(context, file) : Preview.none();
        if (preview.kind() != Preview.Kind.NONE) {
            downloads.recordOpening(context, file, "PreviewFile");
        }
    }

    private FileDownloads.Download file() {
        if (file == null) {
            open();
        }
        return file;
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
            engine.submit(new DeleteFilesCommand(caller.context(), dataset(), List.of(fileId)));
            FacesMessages.info("file.deleted", file().file().label());
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + dataset().getGlobalId().asString();
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private Dataset dataset() {
        if (dataset == null) {
            open();
        }
        return dataset;
    }

    public FileRow getFile() {
        return mayOpen ? file().file() : downloads.opener(caller.context(), file().datasetId()).present(file().file());
    }

    public Dataset getDataset() {
        return dataset();
    }

    public boolean isDraft() {
        return !file().published();
    }

    public Preview getPreview() {
        if (preview == null) {
            open();
        }
        return preview;
    }

    public boolean isMayOpen() {
        return mayOpen;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    /** The technical facts with readable names and units. */
    public Map<String, String> getTechnical() {
        Map<String, String> facts = new LinkedHashMap<>();
        String json = file().file().technicalJson();
        if (json == null || json.isBlank()) {
            return facts;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((name, value) -> facts.put(name, readable(name, value.toString())));
        }
        return facts;
    }

    static String readable(String name, String value) {
        String plain = value.replace("\"", "");
        if (name.equals("durationSeconds")) {
            double seconds = Double.parseDouble(plain);
            long whole = (long) seconds;
            return String.format(Locale.ROOT, "%d:%02d (%.1f s)", whole / 60, whole % 60, seconds);
        }
        if (name.equals("sampleRate")) {
            return plain + " Hz";
        }
        return plain;
    }

    /** Audio and video files of the same version a transcript can belong to. */
    public List<FileRow> getRecordings() {
        List<FileRow> recordings = new ArrayList<>();
        for (FileRow row : table.page(FileQuery.all(file().versionId()))) {
            if (row.isAudio() || row.contentType().startsWith("video/")) {
                recordings.add(row);
            }
        }
        return recordings;
    }

    public List<String> getCategories() {
        return FileCategory.STANDARD;
    }

    public List<String> getLanguages() {
        List<String> all = new ArrayList<>();
        Languages.known().forEach(all::add);
        return all;
    }

    public FileAccess[] getAccessLevels() {
        return FileAccess.values();
    }

    public String getDownloadUrl() {
        return "/api/access/datafile/" + fileId;
    }

    public long getFileId() {
        return fileId;
    }

    public void setFileId(long fileId) {
        this.fileId = fileId;
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
