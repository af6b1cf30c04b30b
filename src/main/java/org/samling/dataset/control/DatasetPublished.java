package org.samling.dataset.control;

import org.samling.platform.context.RequestContext;

/** A draft became a published version; observers act in the same transaction (a review ends). */
public record DatasetPublished(long datasetId, long versionId, RequestContext context) {
}
