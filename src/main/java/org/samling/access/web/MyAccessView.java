package org.samling.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.AnswerAccessRequestCommand;
import org.samling.access.control.GrantRow;
import org.samling.access.control.RequestExtensionCommand;
import org.samling.access.control.RequestRow;
import org.samling.access.control.WithdrawAccessRequestCommand;
import org.samling.access.entity.RequestDetails;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** {@code my-access.xhtml}: your requests (answer a question, withdraw) and your grants (their end; ask for more time). */
@Named
@ViewScoped
public class MyAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRequestReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    private transient List<RequestRow> requests;
    private transient List<GrantRow> grants;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, Boolean> accepted = new HashMap<>();
    private final Map<Long, String> extendUntil = new HashMap<>();
    private final Map<Long, String> extendWhy = new HashMap<>();

    public List<RequestRow> getRequests() {
        if (requests == null) {
            requests = reader.mine(caller.context());
        }
        return requests;
    }

    public List<GrantRow> getGrants() {
        if (grants == null) {
            grants = reader.myGrants(caller.context());
        }
        return grants;
    }

    public boolean isSignedIn() {
        return caller.user().isPresent();
    }

    public void answer(RequestRow row) {
        try {
            RequestDetails details = new RequestDetails(row.name(), row.institution(), row.email(),
                    answers.getOrDefault(row.id(), row.purpose()), row.plannedUse(), row.periodStart(), row.periodEnd());
            engine.submit(new AnswerAccessRequestCommand(caller.context(), datasets.require(row.datasetId()), row.id(),
                    details, Boolean.TRUE.equals(accepted.get(row.id()))));
            FacesMessages.info("myAccess.answered");
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void withdraw(RequestRow row) {
        try {
            engine.submit(new WithdrawAccessRequestCommand(caller.context(), datasets.require(row.datasetId()), row.id()));
            FacesMessages.info("myAccess.withdrawn");
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void extend(GrantRow grant) {
        try {
            engine.submit(new RequestExtensionCommand(caller.context(), datasets.require(grant.datasetId()), grant.id(),
                    Dates.parse(extendUntil.get(grant.id())), extendWhy.get(grant.id())));
            FacesMessages.info("myAccess.extensionAsked");
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, Boolean> getAccepted() {
        return accepted;
    }

    public Map<Long, String> getExtendUntil() {
        return extendUntil;
    }

    public Map<Long, String> getExtendWhy() {
        return extendWhy;
    }
}
