package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.dataset.control.DatasetLocks;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Text;

@ApplicationScoped
public class ReturnToAuthorHandler implements CommandHandler<ReturnToAuthorCommand, Void> {

    @Inject
    Datasets datasets;

    @Inject
    DatasetLocks locks;

    @Inject
    ReviewThread thread;

    @Inject
    Notifier notifier;

    @Override
    public Void handle(ReturnToAuthorCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw SamlingException.badRequest("error.reasonForReturnRequired");
        }
        if (command.reason().length() > SubmitForReviewHandler.MAX_MESSAGE) {
            throw SamlingException.badRequest("error.messageTooLong", SubmitForReviewHandler.MAX_MESSAGE);
        }
        Dataset dataset = datasets.lock(command.dataset());
        if (locks.unlock(dataset.getId(), DatasetLocks.IN_REVIEW) == 0) {
            throw SamlingException.conflict("error.notInReview");
        }
        String reason = command.reason().strip();
        thread.add(dataset.getId(), ReviewThread.Kind.RETURNED, command.context(), reason);
        String title = datasets.draft(dataset).map(v -> v.getTitle()).orElse(dataset.getGlobalId().asString());
        String path = "/dataset-edit.xhtml?persistentId=" + dataset.getGlobalId().asString();
        thread.submitter(dataset.getId()).ifPresent(submitter -> notifier.tell(submitter, "REVIEW_RETURNED",
                Text.of("mail.reviewReturnedSubject", title), Text.of("mail.reviewReturnedBody", title, reason), path,
                command.context().time()));
        return null;
    }
}
