package org.samling.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.GrantAccessCommand;
import org.samling.access.control.RejectAccessCommand;
import org.samling.access.control.RequestRow;
import org.samling.access.control.ReturnAccessRequestCommand;
import org.samling.access.entity.RequestState;
import org.samling.account.control.CurrentCaller;
import org.samling.access.control.GrantLengths;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The curators' inbox, {@code requests.xhtml}: requests for datasets in every collection they
 * look after, filtered by state, dataset, institution and age; each can be granted (files and
 * end date), turned down with a reason, or returned with a question.
 */
@Named
@ViewScoped
public class RequestsInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRequestReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @Inject
    GrantLengths grantLengths;

    private String state;
    private String persistentId;
    private String institution;
    private Integer olderThanDays;
    private Long request;
    private transient List<RequestRow> requests;
    /** Per request, the files ticked; Faces sets an array here, as a map value has no declared type. */
    private final Map<Long, Object> grantFiles = new HashMap<>();
    /** Ends as the browser's date-time field sends them (2027-06-30T23:59), UTC. */
    private final Map<Long, String> grantUntil = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        requests = null;
    }

    public List<RequestRow> getRequests() {
        if (requests == null) {
            RequestState wanted = state == null || state.isBlank() ? null : RequestState.valueOf(state);
            Long datasetId = persistentId == null || persistentId.isBlank() ? null
                    : datasets.byGlobalId(persistentId).map(Dataset::getId).orElse(-1L);
            requests = reader.inbox(caller.context(), new AccessRequestReader.Filter(wanted, datasetId, institution,
                    olderThanDays), 500);
            for (RequestRow row : requests) {
                grantFiles.computeIfAbsent(row.id(), id -> row.files().stream()
                        .map(RequestRow.RequestedFile::id).toList());
                grantUntil.computeIfAbsent(row.id(), id -> Dates.lastMinuteOf(defaultUntil(row)));
            }
        }
        return requests;
    }

    public void filter() {
        requests = null;
    }

    public void grant(RequestRow row) {
        try {
            engine.submit(new GrantAccessCommand(caller.context(), datasets.require(row.datasetId()), row.id(), null,
                    ticked(row.id()), Dates.endOf(grantUntil.get(row.id()))));
            FacesMessages.info("inbox.granted", row.name());
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void reject(RequestRow row) {
        try {
            engine.submit(new RejectAccessCommand(caller.context(), datasets.require(row.datasetId()), row.id(),
                    answers.get(row.id())));
            FacesMessages.info("inbox.rejected", row.name());
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void giveBack(RequestRow row) {
        try {
            engine.submit(new ReturnAccessRequestCommand(caller.context(), datasets.require(row.datasetId()), row.id(),
                    answers.get(row.id())));
            FacesMessages.info("inbox.returned", row.name());
            requests = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    private LocalDate defaultUntil(RequestRow row) {
        return grantLengths.defaultDay(datasets.require(row.datasetId()), row.periodEnd());
    }

    public RequestState[] getStates() {
        return RequestState.values();
    }

    private List<Long> ticked(long requestId) {
        Object value = grantFiles.get(requestId);
        Collection<?> values = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> collection ? collection : List.of();
        return values.stream().map(v -> v instanceof Number n ? n.longValue() : Long.parseLong(v.toString())).toList();
    }

    public Map<Long, Object> getGrantFiles() {
        return grantFiles;
    }

    public Map<Long, String> getGrantUntil() {
        return grantUntil;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
    }
}
