package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.dataset.control.DatasetLocks;
import org.samling.dataset.control.DatasetPublished;
import org.samling.dataset.control.Datasets;
import org.samling.notify.control.Notifier;
import org.samling.platform.i18n.Text;

/** When curators publish a dataset under review, in the same transaction: the lock goes, the thread says so, the depositor hears. */
@ApplicationScoped
public class ReviewEndsOnPublication {

    @Inject
    DatasetLocks locks;

    @Inject
    ReviewThread thread;

    @Inject
    Datasets datasets;

    @Inject
    Notifier notifier;

    void onPublished(@Observes DatasetPublished published) {
        if (locks.unlock(published.datasetId(), DatasetLocks.IN_REVIEW) == 0) {
            return;
        }
        thread.add(published.datasetId(), ReviewThread.Kind.PUBLISHED, published.context(), null);
        var dataset = datasets.require(published.datasetId());
        String title = datasets.released(dataset).map(v -> v.getTitle()).orElse("");
        thread.submitter(published.datasetId()).ifPresent(submitter -> notifier.tell(submitter, "REVIEW_PUBLISHED",
                Text.of("mail.reviewPublishedSubject", title), Text.of("mail.reviewPublishedBody", title),
                "/dataset.xhtml?persistentId=" + dataset.getGlobalId().asString(), published.context().time()));
    }
}
