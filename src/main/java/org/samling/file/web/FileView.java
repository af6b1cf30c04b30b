package org.samling.file.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FilePreviews;
import org.samling.file.control.FileRow;
import org.samling.file.control.Preview;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.web.FacesMessages;

/**
 * A file's page, {@code file.xhtml?fileId=}: what it is (checksums, extraction, technical
 * facts) and a preview for those who may open it. It reads the file from the address and keeps
 * nothing between requests; editors' forms ({@link FileEditor}) carry {@code fileId} along.
 */
@Named
@RequestScoped
public class FileView {

    @Inject
    org.samling.platform.usage.UsageCounter usage;

    @Inject
    FileDownloads downloads;

    @Inject
    FilePreviews previews;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private long fileId;
    private FileDownloads.Download file;
    private FileRow presented;
    private Preview preview;
    private Dataset dataset;
    private boolean mayOpen;
    private boolean canEdit;

    @PostConstruct
    void readAddress() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("fileId");
        try {
            fileId = value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            fileId = 0;
        }
    }

    public void load() throws IOException {
        try {
            file();
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.status(), FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    FileDownloads.Download file() {
        if (file == null) {
            var context = caller.context();
            file = downloads.find(context, fileId, true);
            dataset = datasets.require(file.datasetId());
            mayOpen = downloads.mayOpen(context, file.datasetId(), file.file());
            canEdit = engine.canIssue(UpdateFilesCommand.class, context, ObjectRef.dataset(file.datasetId()));
            presented = mayOpen ? file.file() : downloads.present(context, file.datasetId(), file.file());
        }
        return file;
    }

    public FileRow getFile() {
        file();
        return presented;
    }

    public Dataset getDataset() {
        file();
        return dataset;
    }

    public boolean isDraft() {
        return !file().published();
    }

    /** The preview, made (and its opening recorded) once per request. */
    public Preview getPreview() {
        if (preview == null) {
            var context = caller.context();
            preview = isMayOpen() ? previews.of(context, file()) : Preview.none();
            if (preview.kind() != Preview.Kind.NONE) {
                downloads.recordOpening(context, file(), "PreviewFile");
            }
        }
        return preview;
    }

    public boolean isMayOpen() {
        file();
        return mayOpen;
    }

    public boolean isCanEdit() {
        file();
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

    public String getDownloadUrl() {
        return "/api/access/datafile/" + fileId;
    }

    public long getDownloadCount() {
        return usage.fileDownloads(getFileId());
    }

    public long getFileId() {
        return fileId;
    }
}
