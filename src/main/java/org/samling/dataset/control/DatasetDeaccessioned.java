package org.samling.dataset.control;

import org.samling.platform.context.RequestContext;

/**
 * A published version was withdrawn; observers act in the same transaction (the PID provider
 * is told: the newest version still published, or a tombstone when none is).
 * {@code stillReleasedVersionId} is null when no version of the dataset remains published.
 */
public record DatasetDeaccessioned(long datasetId, long versionId, Long stillReleasedVersionId,
                                   RequestContext context) {
}
