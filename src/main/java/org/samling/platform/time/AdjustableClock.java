package org.samling.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The server's clock: the system's, in UTC, moved by an offset that only a server started for
 * tests lets anyone set ({@code SAMLING_CLOCK_ADJUSTABLE=true}). Tests of expiry, reminders and
 * retention move it forward instead of waiting.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    public Duration offset() {
        return offset;
    }

    void setOffset(Duration offset) {
        this.offset = offset;
    }
}
