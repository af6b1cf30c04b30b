package org.samling.metadata.control;

/** Which fields are internal changed in a collection (and those below it); what search finds must follow, now. */
public record InternalFieldsChanged(long collectionId) {
}
