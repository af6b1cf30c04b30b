package org.samling.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.audit.control.AccessHistory;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** {@code history.xhtml?persistentId=}: a dataset's access history for its curators, with a CSV export. */
@Named
@RequestScoped
public class HistoryView {

    static final int SHOWN = 2000;

    @Inject
    AccessHistory history;

    @Inject
    Datasets datasets;

    @Inject
    CurrentCaller caller;

    private String persistentId;
    private Dataset dataset;
    private List<AccessHistory.Entry> entries;

    public void load() throws IOException {
        try {
            dataset = datasets.requireByGlobalId(persistentId);
            entries = history.of(caller.context(), dataset.getId(), SHOWN);
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.status() == 403 ? 403 : 404,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The event in the reader's language; events without a text keep their code. */
    public String describe(String action) {
        return FacesMessages.text("audit." + action);
    }

    public List<AccessHistory.Entry> getEntries() {
        return entries;
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }
}
