package org.samling.pid;

/** Fired when registrations were queued, so they go out right after the commit, not at the next round. */
public record PidQueued() {
}
