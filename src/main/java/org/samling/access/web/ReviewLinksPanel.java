package org.samling.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.samling.access.control.CreateReviewLinkCommand;
import org.samling.access.control.ReviewLinkReader;
import org.samling.access.control.RevokeReviewLinkCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** The review-link section of a draft's page: make a link (anonymised or not, until a date), see and revoke links. */
@Named
@ViewScoped
public class ReviewLinksPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewLinkReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @Inject
    SamlingConfig config;

    private boolean anonymised = true;
    private LocalDate until = LocalDate.now().plusMonths(3);
    private String hiddenFields;
    private String newLink;

    public List<ReviewLinkReader.LinkRow> links(String persistentId) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        return reader.of(caller.context(), dataset.getId());
    }

    public void create(String persistentId) {
        try {
            List<String> hidden = hiddenFields == null ? List.of()
                    : Arrays.stream(hiddenFields.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
            var created = engine.submit(new CreateReviewLinkCommand(caller.context(),
                    datasets.requireByGlobalId(persistentId), anonymised, hidden, null,
                    until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)));
            newLink = config.siteUrl() + "/review/" + created.token();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void revoke(String persistentId, long linkId) {
        try {
            engine.submit(new RevokeReviewLinkCommand(caller.context(), datasets.requireByGlobalId(persistentId), linkId));
            FacesMessages.info("review.revoked");
            newLink = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public void setAnonymised(boolean anonymised) {
        this.anonymised = anonymised;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getHiddenFields() {
        return hiddenFields;
    }

    public void setHiddenFields(String hiddenFields) {
        this.hiddenFields = hiddenFields;
    }

    public String getNewLink() {
        return newLink;
    }
}
