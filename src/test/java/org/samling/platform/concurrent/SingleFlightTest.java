package org.samling.platform.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    @Test
    void callersArrivingDuringAComputationShareItsResult() throws Exception {
        SingleFlight<String, Integer> flight = new SingleFlight<>();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<Integer> firstCaller = pool.submit(() -> flight.get("home", () -> {
                computations.incrementAndGet();
                started.countDown();
                await(release);
                return 42;
            }));
            started.await(5, TimeUnit.SECONDS);
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                others.add(pool.submit(() -> flight.get("home", () -> {
                    computations.incrementAndGet();
                    return -1;
                })));
            }
            while (flight.waiting() < others.size()) {
                Thread.onSpinWait();
            }
            release.countDown();
            assertEquals(42, firstCaller.get(5, TimeUnit.SECONDS));
            for (Future<Integer> other : others) {
                assertEquals(42, other.get(5, TimeUnit.SECONDS), "the first caller's result");
            }
            assertEquals(1, computations.get(), "counted once for five callers");
            assertEquals(-2, flight.get("home", () -> -2), "a caller after it computes afresh");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesTheWaitersAndTheNextCallerTriesAgain() {
        SingleFlight<String, Integer> flight = new SingleFlight<>();
        assertThrows(IllegalArgumentException.class, () -> flight.get("k", () -> {
            throw new IllegalArgumentException("count failed");
        }));
        assertEquals(7, flight.get("k", () -> 7));
    }

    @Test
    void differentKeysDoNotWaitForEachOther() {
        SingleFlight<String, String> flight = new SingleFlight<>();
        assertEquals("inner", flight.get("outer", () -> flight.get("inner", () -> "inner")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
