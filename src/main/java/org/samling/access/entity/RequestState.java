package org.samling.access.entity;

/** Where an access request stands. */
public enum RequestState {
    /** a guest has not yet confirmed the e-mail address */
    UNCONFIRMED,
    /** waiting for a curator */
    PENDING,
    /** a curator asked the requester a question */
    RETURNED,
    GRANTED,
    REJECTED,
    /** the requester took it back */
    WITHDRAWN;

    public boolean isOpen() {
        return this == UNCONFIRMED || this == PENDING || this == RETURNED;
    }

    /** Whether curators may decide it: not before a guest has confirmed the address, not after a decision. */
    public boolean isDecidable() {
        return this == PENDING || this == RETURNED;
    }
}
