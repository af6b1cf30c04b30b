package org.samling.pid;

import org.samling.dataset.entity.GlobalId;

/** A provider whose identifiers are registered nowhere: nothing is queued, and no step of the lifecycle sends anything. */
abstract class UnregisteredProvider implements PidProvider {

    @Override
    public final boolean registers() {
        return false;
    }

    @Override
    public final void reserve(GlobalId id) {
    }

    @Override
    public final void publish(GlobalId id, PidMetadata metadata) {
    }

    @Override
    public final void update(GlobalId id, PidMetadata metadata) {
    }

    @Override
    public final void tombstone(GlobalId id, PidMetadata tombstone) {
    }
}
