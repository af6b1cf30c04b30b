package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.dataset.control.DatasetCreated;
import org.samling.dataset.control.DatasetDeaccessioned;
import org.samling.dataset.control.DatasetPublished;
import org.samling.platform.persistence.Sql;

/**
 * Queues registrations in the transaction of what they follow (synchronous observers of the
 * dataset events): a draft reservation on creation, findable on first publication, an update on
 * each later one, an update or a tombstone on deaccession. Providers that register nothing
 * (local, permalink) get no rows.
 */
@ApplicationScoped
public class PidEvents {

    @Inject
    PidService service;

    @Inject
    PidQueue queue;

    @Inject
    Sql sql;

    @Inject
    Event<PidQueued> queued;

    void created(@Observes DatasetCreated created) {
        PidProvider provider = service.provider(created.collectionId());
        sql.update("update dataset set pid_provider = ? where id = ?", provider.name(), created.datasetId());
        if (provider.registers()) {
            queue.enqueue(created.datasetId(), provider.name(), PidQueue.Action.RESERVE);
            queued.fire(new PidQueued());
        }
    }

    void published(@Observes DatasetPublished published) {
        PidProvider provider = service.providerOfDataset(published.datasetId());
        if (provider.registers()) {
            queue.enqueue(published.datasetId(), provider.name(), queue.publicationQueued(published.datasetId())
                    ? PidQueue.Action.UPDATE : PidQueue.Action.PUBLISH);
            queued.fire(new PidQueued());
        }
    }

    void deaccessioned(@Observes DatasetDeaccessioned deaccessioned) {
        PidProvider provider = service.providerOfDataset(deaccessioned.datasetId());
        if (provider.registers()) {
            queue.enqueue(deaccessioned.datasetId(), provider.name(), deaccessioned.stillReleasedVersionId() == null
                    ? PidQueue.Action.TOMBSTONE : PidQueue.Action.UPDATE);
            queued.fire(new PidQueued());
        }
    }
}
