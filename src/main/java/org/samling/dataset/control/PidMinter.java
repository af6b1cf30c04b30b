package org.samling.dataset.control;

import org.samling.dataset.entity.GlobalId;

/**
 * Makes the identifier of a new dataset in a collection, from the PID provider the collection
 * uses. Implemented by the PID providers ({@code org.samling.pid.PidService}), which depend on
 * this package, not the other way round.
 */
public interface PidMinter {

    /** A fresh identifier (its uniqueness is checked by the caller). */
    GlobalId mint(long collectionId);
}
