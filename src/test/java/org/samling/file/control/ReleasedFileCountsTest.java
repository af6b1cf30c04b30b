package org.samling.file.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReleasedFileCountsTest {

    @Test
    void aReleasedVersionIsCountedOnceAndEachVersionForItself() {
        ReleasedFileCounts counts = new ReleasedFileCounts();
        AtomicInteger counted = new AtomicInteger();
        assertEquals(100_000, counts.of(3, id -> { counted.incrementAndGet(); return 100_000; }));
        assertEquals(100_000, counts.of(3, id -> { counted.incrementAndGet(); return 1; }));
        assertEquals(7, counts.of(4, id -> { counted.incrementAndGet(); return 7; }));
        assertEquals(2, counted.get());
    }

    @Test
    void theLeastRecentlyShownVersionsAreForgottenBeyondTheLimit() {
        ReleasedFileCounts counts = new ReleasedFileCounts();
        for (long version = 0; version <= ReleasedFileCounts.KEPT; version++) {
            counts.of(version, id -> 10);
        }
        AtomicInteger counted = new AtomicInteger();
        counts.of(0, id -> { counted.incrementAndGet(); return 10; });
        counts.of(ReleasedFileCounts.KEPT, id -> { counted.incrementAndGet(); return 10; });
        assertEquals(1, counted.get(), "the first version was forgotten, the last one kept");
    }
}
