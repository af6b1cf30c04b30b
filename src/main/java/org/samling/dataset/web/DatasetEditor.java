package org.samling.dataset.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.PublishDatasetCommand;
import org.samling.file.control.DeleteFilesCommand;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.authz.FileAccess;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The editors' actions on the dataset page: change or delete the ticked files, publish, and
 * show the draft again after uploads. The ticked files arrive as {@code selected} parameters.
 */
@Named
@RequestScoped
public class DatasetEditor {

    @Inject
    DatasetView view;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private boolean majorRelease = true;
    private String bulkCategory;
    private String bulkAccess;
    private LocalDate bulkEmbargoUntil;

    public void filesChanged() {
        view.reload();
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
        List<Long> selected = selectedIds();
        if (selected.isEmpty()) {
            FacesMessages.error(null, "files.tickFirst");
            return;
        }
        try {
            int count = engine.submit(new DeleteFilesCommand(caller.context(), view.getDataset().dataset(), selected));
            FacesMessages.info("files.deleted", count);
            view.reload();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    private void changeSelected(FileChanges changes, String doneKey) {
        List<Long> selected = selectedIds();
        if (selected.isEmpty()) {
            FacesMessages.error(null, "files.tickFirst");
            return;
        }
        try {
            int count = engine.submit(new UpdateFilesCommand(caller.context(), view.getDataset().dataset(), selected,
                    changes));
            FacesMessages.info(doneKey, count);
            view.reload();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    private static List<Long> selectedIds() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get("selected");
        if (values == null) {
            return List.of();
        }
        try {
            return Arrays.stream(values).map(v -> Long.valueOf(v.strip())).distinct().toList();
        } catch (NumberFormatException e) {
            throw SamlingException.badRequest("error.badJsonData", "selected");
        }
    }

    public String publish() {
        try {
            var dataset = view.getDataset().dataset();
            var published = engine.submit(new PublishDatasetCommand(caller.context(), dataset, majorRelease));
            FacesMessages.info("publish.done", published.getFriendlyNumber());
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + dataset.getGlobalId().asString();
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public boolean isMajorRelease() {
        return majorRelease;
    }

    public void setMajorRelease(boolean majorRelease) {
        this.majorRelease = majorRelease;
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

    public LocalDate getBulkEmbargoUntil() {
        return bulkEmbargoUntil;
    }

    public void setBulkEmbargoUntil(LocalDate bulkEmbargoUntil) {
        this.bulkEmbargoUntil = bulkEmbargoUntil;
    }
}
