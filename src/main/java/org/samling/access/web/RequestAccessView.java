package org.samling.access.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.samling.access.control.RequestAccessCommand;
import org.samling.access.control.RequestableFiles;
import org.samling.access.entity.RequestDetails;
import org.samling.account.control.CurrentCaller;
import org.samling.account.entity.AppUser;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.FileRow;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The access request form, {@code request-access.xhtml?persistentId=&fileId=}: which files, who
 * is asking and why, for how long, and the terms to accept. Guests give an e-mail address and
 * confirm it from the message they receive.
 */
@Named
@ViewScoped
public class RequestAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Datasets datasets;

    @Inject
    RequestableFiles requestable;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String persistentId;
    private Long fileId;
    private String title;
    private String terms;
    private List<FileRow> files = new ArrayList<>();
    private List<Long> chosen = new ArrayList<>();
    private String name;
    private String institution;
    private String email;
    private String purpose;
    private String plannedUse;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private boolean termsAccepted;
    private boolean sent;
    private boolean confirmationSent;
    private boolean guest;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            Dataset dataset = datasets.requireByGlobalId(persistentId);
            RequestableFiles.Selection selection = requestable.select(dataset, List.of());
            title = selection.version().getTitle();
            files = selection.files();
            terms = selection.terms();
            chosen = fileId != null && files.stream().anyMatch(f -> f.id() == fileId) ? new ArrayList<>(List.of(fileId))
                    : new ArrayList<>(files.stream().map(FileRow::id).toList());
            AppUser user = caller.user().orElse(null);
            guest = user == null;
            if (user != null) {
                name = user.getDisplayName();
                institution = user.getAffiliation();
                email = user.getEmail();
            }
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(e.status() == 400 ? 409 : e.status(),
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    public void send() {
        if (chosen.isEmpty()) {
            FacesMessages.error(null, "error.noFilesSelected");
            return;
        }
        try {
            RequestAccessCommand.Result result = engine.submit(new RequestAccessCommand(caller.context(),
                    datasets.requireByGlobalId(persistentId), chosen,
                    new RequestDetails(name, institution, email, purpose, plannedUse, periodStart, periodEnd),
                    termsAccepted));
            sent = true;
            confirmationSent = result.confirmationSent();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }

    public String getTitle() {
        return title;
    }

    public String getTerms() {
        return terms;
    }

    public List<FileRow> getFiles() {
        return files;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPlannedUse() {
        return plannedUse;
    }

    public void setPlannedUse(String plannedUse) {
        this.plannedUse = plannedUse;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isConfirmationSent() {
        return confirmationSent;
    }

    public boolean isGuest() {
        return guest;
    }
}
