package org.samling.access.control;

import org.samling.platform.time.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.entity.Dataset;

/** How long a grant lasts when the curator names no end; the same for the inbox and the API. */
@ApplicationScoped
public class GrantLengths {

    @Inject
    ServerClock clock;

    static final int FALLBACK_DAYS = 365;

    @Inject
    Collections collections;

    /** The collection's usual grant length, in days. */
    public int days(Dataset dataset) {
        return collections.find(dataset.getCollectionId()).map(Collection::getGrantDays).orElse(FALLBACK_DAYS);
    }

    /** The last day of access: the end of the period asked for if it lies ahead, else the collection's usual length. */
    public LocalDate defaultDay(Dataset dataset, LocalDate askedUntil) {
        LocalDate today = clock.today();
        return askedUntil != null && askedUntil.isAfter(today) ? askedUntil : today.plusDays(days(dataset));
    }

    public Instant defaultEnd(Dataset dataset, LocalDate askedUntil) {
        return endOf(defaultDay(dataset, askedUntil));
    }

    /** A day given as an end of access means the whole of it, in UTC. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }
}
