package io.calendarsync.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {

    @Test
    void problemsAreSortedByLineAndColumn() {
        ProblemList problems = new ProblemList("calendar.yaml");
        problems.error(SourceLocation.of(5, 3), "kf100", "name", "second", "");
        problems.warning(SourceLocation.of(2, 9), "kf100", "time", "first", "");
        problems.error(SourceLocation.of(5, 1), "kf100", "id", "between", "");
        problems.error(SourceLocation.UNKNOWN, "", "", "whole file", "");

        List<String> messages = problems.sorted().stream().map(Problem::message).toList();

        assertEquals(List.of("whole file", "first", "between", "second"), messages);
        assertEquals(3, problems.errorCount());
    }

    @Test
    void problemsOverLimitAreCountedInSummary() {
        ProblemList problems = new ProblemList("calendar.yaml", 2);
        problems.error(SourceLocation.of(1, 1), "a", "", "one", "");
        problems.warning(SourceLocation.of(2, 1), "a", "", "two", "");
        problems.error(SourceLocation.of(3, 1), "a", "", "three", "");
        problems.warning(SourceLocation.of(4, 1), "a", "", "four", "");

        List<Problem> sorted = problems.sorted();

        assertEquals(3, sorted.size());
        Problem summary = sorted.get(2);
        assertEquals(Severity.ERROR, summary.severity());
        assertEquals("2 more problems (1 error) are not listed", summary.message());
        assertEquals(2, problems.errorCount());
    }
}
