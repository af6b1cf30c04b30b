package org.samling.search.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.samling.platform.persistence.Sql;

class KeptSearchesTest {

    private final AtomicLong generation = new AtomicLong(1);
    private final KeptSearches kept = new KeptSearches(generation::get);
    private final AtomicInteger computed = new AtomicInteger();

    private String[] answer(String statement, Object... values) {
        return kept.answer(statement, values, () -> new String[] {"n" + computed.incrementAndGet()});
    }

    @Test
    void theSameStatementWithTheSameValuesIsComputedOncePerChangeOfTheIndex() {
        assertArrayEquals(new String[] {"n1"}, answer("select ?", "och", LocalDate.of(2026, 12, 1)));
        assertArrayEquals(new String[] {"n1"}, answer("select ?", "och", LocalDate.of(2026, 12, 1)));
        assertArrayEquals(new String[] {"n2"}, answer("select ?", "och", LocalDate.of(2026, 12, 2)), "another day");
        assertArrayEquals(new String[] {"n3"}, answer("select ?", "mestring", LocalDate.of(2026, 12, 1)));
        generation.incrementAndGet();
        assertArrayEquals(new String[] {"n4"}, answer("select ?", "och", LocalDate.of(2026, 12, 1)), "the index changed");
        assertArrayEquals(new String[] {"n4"}, answer("select ?", "och", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void arrayValuesAreComparedByTheirElements() {
        answer("select ?", Sql.bigints(java.util.List.of(1L, 2L)));
        answer("select ?", Sql.bigints(java.util.List.of(1L, 2L)));
        answer("select ?", Sql.bigints(java.util.List.of(1L, 3L)));
        assertEquals(2, computed.get(), "another permission scope is another answer");
    }

    @Test
    void nothingIsKeptWhileChangesCannotBeHeardOrWhenTheAnswerDependsOnTheMoment() {
        generation.set(IndexChanges.UNKNOWN);
        answer("select ?", "och");
        answer("select ?", "och");
        assertEquals(2, computed.get());
        generation.set(5);
        answer("select ? where g.expires_at > ?", "och", Instant.parse("2026-12-01T10:00:00Z"));
        answer("select ? where g.expires_at > ?", "och", Instant.parse("2026-12-01T10:00:00Z"));
        assertEquals(4, computed.get(), "a grant in force now is asked again each time");
    }

    @Test
    void theMomentIsKeyedByTheGrantsInForceThen() {
        Instant ten = Instant.parse("2026-12-01T10:00:00Z");
        Instant eleven = Instant.parse("2026-12-01T11:00:00Z");
        String statement = "select ? where g.user_id = ? and g.expires_at > ?";
        kept.answer(statement, new Object[] {"och", 7L, ten}, ten, () -> "2:abc", () -> new String[] {"" + computed.incrementAndGet()});
        kept.answer(statement, new Object[] {"och", 7L, eleven}, eleven, () -> "2:abc", () -> new String[] {"" + computed.incrementAndGet()});
        assertEquals(1, computed.get(), "the same grants in force an hour later: the same answer");
        kept.answer(statement, new Object[] {"och", 7L, eleven}, eleven, () -> "1:def", () -> new String[] {"" + computed.incrementAndGet()});
        assertEquals(2, computed.get(), "a grant ended");
        kept.answer(statement, new Object[] {"och", 7L, ten}, eleven, () -> "1:def", () -> new String[] {"" + computed.incrementAndGet()});
        kept.answer(statement, new Object[] {"och", 7L, ten}, eleven, () -> "1:def", () -> new String[] {"" + computed.incrementAndGet()});
        assertEquals(4, computed.get(), "an instant that is not the request's moment is never keyed");
        generation.set(IndexChanges.UNKNOWN);
        kept.answer(statement, new Object[] {"och", 7L, ten}, ten, () -> {
            throw new AssertionError("the grants are not read when nothing can be kept");
        }, () -> new String[] {"" + computed.incrementAndGet()});
        assertEquals(5, computed.get());
    }

    @Test
    void aLargeAnswerIsNotHeld() {
        String large = "x".repeat(KeptSearches.LARGEST_CHARS + 1);
        kept.answer("select big", new Object[0], () -> new String[] {large + computed.incrementAndGet()});
        kept.answer("select big", new Object[0], () -> new String[] {large + computed.incrementAndGet()});
        assertEquals(2, computed.get());
    }

    @Test
    void aKeptAnswerIsReadOnceAndTheSameReadingServesEachRequestThatReusesIt() {
        AtomicInteger read = new AtomicInteger();
        java.util.function.Function<String[], java.util.List<String>> reading = row -> {
            read.incrementAndGet();
            return java.util.List.of(row);
        };
        var first = kept.answer("select ?", new Object[] {"och"}, null, null, () -> new String[] {"hit"}, reading);
        var again = kept.answer("select ?", new Object[] {"och"}, null, null, () -> new String[] {"other"}, reading);
        assertEquals(java.util.List.of("hit"), again);
        org.junit.jupiter.api.Assertions.assertSame(first, again);
        assertEquals(1, read.get());
        generation.incrementAndGet();
        assertEquals(java.util.List.of("changed"),
                kept.answer("select ?", new Object[] {"och"}, null, null, () -> new String[] {"changed"}, reading));
        assertEquals(2, read.get(), "read again after the index changed");
    }
}
