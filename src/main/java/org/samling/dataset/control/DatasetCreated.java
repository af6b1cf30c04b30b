package org.samling.dataset.control;

import org.samling.platform.context.RequestContext;

/**
 * A dataset and its first draft were made; observers act in the same transaction (the PID
 * provider's draft reservation is queued).
 */
public record DatasetCreated(long datasetId, long collectionId, RequestContext context) {
}
