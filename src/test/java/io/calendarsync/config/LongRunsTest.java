package io.calendarsync.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The long-run check looks at few characters, so these tests pin its answer at the boundaries. */
class LongRunsTest {

    private static final int MAX = LongRuns.MAX_RUN_LENGTH;

    @Test
    void runOfExactlyTheLimitIsAccepted() {
        assertTrue(LongRuns.find("x".repeat(MAX)).isEmpty());
        assertTrue(LongRuns.find("a: " + "x".repeat(MAX) + "\nb: c\n").isEmpty());
    }

    @Test
    void runOneOverTheLimitIsFoundWhereItStarts() {
        assertEquals(Optional.of(SourceLocation.of(1, 1)), LongRuns.find("x".repeat(MAX + 1)));
        assertEquals(Optional.of(SourceLocation.of(1, 4)), LongRuns.find("a: " + "x".repeat(MAX + 1)));
    }

    @Test
    void manyShortRunsLongerThanTheLimitTogetherAreAccepted() {
        String words = "word ".repeat(3 * MAX);

        assertTrue(LongRuns.find(words).isEmpty());
        assertTrue(LongRuns.find(words.replace(' ', '\t')).isEmpty());
        assertTrue(LongRuns.find(words.replace(' ', '\n')).isEmpty());
        assertTrue(LongRuns.find(words.replace(' ', '\r')).isEmpty());
    }

    @Test
    void runAfterManyLinesIsFoundOnItsLineAndColumn() {
        String text = "- id: kf100\n".repeat(5000) + "  name: " + "y".repeat(MAX + 1) + "\n";

        assertEquals(Optional.of(SourceLocation.of(5001, 9)), LongRuns.find(text));
    }

    @Test
    void firstOfTwoLongRunsIsReported() {
        String text = "a\n " + "x".repeat(MAX + 5) + " b\n" + "z".repeat(MAX + 9);

        assertEquals(Optional.of(SourceLocation.of(2, 2)), LongRuns.find(text));
    }

    @Test
    void runThatEndsTheTextIsFound() {
        String text = "word ".repeat(100) + "q".repeat(MAX + 1);

        assertEquals(Optional.of(SourceLocation.of(1, 501)), LongRuns.find(text));
    }
}
