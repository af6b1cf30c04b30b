package org.samling.curation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.curation.control.DestroyFilesCommand;
import org.samling.curation.control.ExtendRetentionCommand;
import org.samling.curation.control.Retention;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * A collection's retention page ({@code ?collection=alias}, or {@code ?persistentId=} for the
 * dataset a reminder was about): datasets by retention date (overdue, due, within 90 days,
 * later), with a date to extend to and a reason, or the files to destroy after typing the title.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    @Inject
    Retention retention;

    @Inject
    Collections collections;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String collectionAlias;
    private String persistentId;
    private String collectionName;
    private List<Retention.Entry> entries = List.of();
    private Long chosen;
    private LocalDate extendTo;
    private String reason;
    private String typedTitle;
    private String destroyReason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (caller.context().isGuest()) {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/login.xhtml?returnTo=" + java.net.URLEncoder.encode("/retention.xhtml?collection="
                        + (collectionAlias == null ? Collection.ROOT : collectionAlias), java.nio.charset.StandardCharsets.UTF_8));
                faces.responseComplete();
                return;
            }
            if (persistentId != null && collectionAlias == null) {
                var dataset = datasets.requireByGlobalId(persistentId);
                collectionAlias = collections.find(dataset.getCollectionId()).map(Collection::getAlias)
                        .orElse(Collection.ROOT);
            }
            refresh();
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(404, FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private void refresh() {
        Collection collection = collections.require(collectionAlias == null ? Collection.ROOT : collectionAlias);
        collectionAlias = collection.getAlias();
        collectionName = collection.getName();
        entries = retention.below(caller.context(), collection.getPath(), SHOWN).stream()
                .filter(e -> persistentId == null || e.persistentId().equals(persistentId)).toList();
    }

    public void choose(long datasetId) {
        chosen = datasetId;
        extendTo = null;
        reason = null;
        typedTitle = null;
        destroyReason = null;
    }

    public void extend() {
        run(new ExtendRetentionCommand(caller.context(), datasets.require(chosen), extendTo, reason), "retention.extended");
    }

    public void destroy() {
        run(new DestroyFilesCommand(caller.context(), datasets.require(chosen), typedTitle, destroyReason), "retention.destroyed");
    }

    private void run(org.samling.platform.command.Command<?> command, String done) {
        try {
            engine.submit(command);
            FacesMessages.info(done);
            chosen = null;
            refresh();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public long count(String standing) {
        return entries.stream().filter(e -> e.standing().name().equals(standing)).count();
    }

    public List<Retention.Entry> getEntries() {
        return entries;
    }

    public Retention.Entry getChosenEntry() {
        return chosen == null ? null : entries.stream().filter(e -> e.datasetId() == chosen).findFirst().orElse(null);
    }

    public String getCollectionAlias() {
        return collectionAlias;
    }

    public void setCollectionAlias(String collectionAlias) {
        this.collectionAlias = collectionAlias;
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }

    public String getCollectionName() {
        return collectionName;
    }

    public Long getChosen() {
        return chosen;
    }

    public LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDestroyReason() {
        return destroyReason;
    }

    public void setDestroyReason(String destroyReason) {
        this.destroyReason = destroyReason;
    }

    public String getTypedTitle() {
        return typedTitle;
    }

    public void setTypedTitle(String typedTitle) {
        this.typedTitle = typedTitle;
    }
}
