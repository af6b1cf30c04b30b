package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.access.control.Curators;
import org.samling.dataset.control.DatasetLocks;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Text;

@ApplicationScoped
public class SubmitForReviewHandler implements CommandHandler<SubmitForReviewCommand, Void> {

    static final int MAX_MESSAGE = 10_000;

    @Inject
    Datasets datasets;

    @Inject
    DatasetLocks locks;

    @Inject
    ReviewThread thread;

    @Inject
    Curators curators;

    @Inject
    Notifier notifier;

    @Override
    public Void handle(SubmitForReviewCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = datasets.draft(dataset).orElseThrow(() -> SamlingException.conflict("error.noDraftToSubmit"));
        if (locks.inReview(dataset.getId()).isPresent()) {
            throw SamlingException.conflict("error.alreadyInReview");
        }
        String message = command.message() == null || command.message().isBlank() ? null : command.message().strip();
        if (message != null && message.length() > MAX_MESSAGE) {
            throw SamlingException.badRequest("error.messageTooLong", MAX_MESSAGE);
        }
        boolean answer = thread.wasReturned(dataset.getId());
        locks.lock(dataset.getId(), DatasetLocks.IN_REVIEW, command.context(), message);
        thread.add(dataset.getId(), answer ? ReviewThread.Kind.ANSWERED : ReviewThread.Kind.SUBMITTED, command.context(),
                message);
        String path = "/dataset.xhtml?version=:draft&persistentId=" + dataset.getGlobalId().asString();
        notifier.tellAll(curators.of(dataset.getId()), "REVIEW_SUBMITTED",
                Text.of(answer ? "mail.reviewAnsweredSubject" : "mail.reviewSubmittedSubject", draft.getTitle()),
                Text.of(answer ? "mail.reviewAnsweredBody" : "mail.reviewSubmittedBody", draft.getTitle(),
                        message == null ? "" : message), path, command.context().time());
        return null;
    }
}
