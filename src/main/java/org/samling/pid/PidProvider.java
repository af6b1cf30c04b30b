package org.samling.pid;

import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.entity.GlobalId;

/**
 * One way of giving datasets persistent identifiers, as Dataverse's PID providers: it makes
 * the identifier, and (for registries such as DataCite) reserves it when the dataset is created,
 * makes it findable on first publication, updates its metadata on each later one and turns it
 * into a tombstone when no version remains published. The calls happen after the commit of what
 * they follow ({@link PidRegistrar}); a failure is thrown and the registration stays queued.
 */
public interface PidProvider {

    /** {@code local}, {@code permalink} or {@code datacite}: what configuration and collections name it by. */
    String name();

    /** A fresh identifier (its uniqueness is the caller's concern). */
    GlobalId generate(PidGenerator generator);

    /** Whether anything is sent anywhere; providers that register nothing get no queue rows. */
    boolean registers();

    /** Makes the identifier known to the registry as a draft (not resolvable yet). */
    void reserve(GlobalId id) throws PidException;

    /** Makes the identifier findable, with the first published version's metadata and the landing page. */
    void publish(GlobalId id, PidMetadata metadata) throws PidException;

    /** Replaces the registry's metadata with a newer published version's. */
    void update(GlobalId id, PidMetadata metadata) throws PidException;

    /** No version remains published: the registry's record says so, and still leads to the landing page. */
    void tombstone(GlobalId id, PidMetadata tombstone) throws PidException;
}
