package org.samling.curation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.DeaccessionCommand;
import org.samling.curation.control.ReturnToAuthorCommand;
import org.samling.curation.control.ReviewThread;
import org.samling.curation.control.SubmitForReviewCommand;
import org.samling.dataset.control.DatasetLocks;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The review and withdrawal parts of a dataset's page: submit for review (with a note), return
 * to the author with a question, the review thread; withdraw a published version.
 */
@Named
@ViewScoped
public class CurationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Datasets datasets;

    @Inject
    DatasetLocks locks;

    @Inject
    ReviewThread thread;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String note;
    private String question;
    private String reason;
    private String forwardUrl;

    public Optional<DatasetLocks.Lock> inReview(String persistentId) {
        return locks.inReview(datasets.requireByGlobalId(persistentId).getId());
    }

    public boolean isInReview(String persistentId) {
        return inReview(persistentId).isPresent();
    }

    public List<ReviewThread.Message> thread(String persistentId) {
        return thread.of(caller.context(), datasets.requireByGlobalId(persistentId).getId());
    }

    public String submit(String persistentId) {
        return run(persistentId, dataset -> new SubmitForReviewCommand(caller.context(), dataset, note), "curation.submitted");
    }

    public String giveBack(String persistentId) {
        return run(persistentId, dataset -> new ReturnToAuthorCommand(caller.context(), dataset, question), "curation.returned");
    }

    public String deaccession(String persistentId, String version) {
        return run(persistentId, dataset -> new DeaccessionCommand(caller.context(), dataset, version, reason, forwardUrl),
                "curation.deaccessioned");
    }

    private String run(String persistentId, java.util.function.Function<Dataset, org.samling.platform.command.Command<?>> command,
                       String done) {
        try {
            engine.submit(command.apply(datasets.requireByGlobalId(persistentId)));
            FacesMessages.info(done);
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + persistentId;
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getForwardUrl() {
        return forwardUrl;
    }

    public void setForwardUrl(String forwardUrl) {
        this.forwardUrl = forwardUrl;
    }
}
