package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertProblem;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMeetingsTest {

    private static String weekly(String id, String name, String time, String... extraLines) {
        String lines = extraLines.length == 0 ? "" : String.join("\n", extraLines) + "\n";
        return "- id: " + id + "\n  name: " + name + "\n  date: 07/15/2025\n  time: " + time
                + "\n  frequency: weekly\n" + lines;
    }

    @Test
    void copyWithSameNameAndScheduleWarns() {
        String yaml = weekly("kf100", "Community call", "8:00AM-8:55AM")
                + weekly("kf101", "community  CALL ", "8:00AM-8:55AM");

        ValidationResult result = validate(yaml);

        assertProblem(onlyProblem(result), Severity.WARNING, 7, 9, "kf101", "name",
                "has the same name and schedule as kf100 on line 1 (Weekly on Tuesday, 8:00–8:55 AM"
                        + " America/Los_Angeles, from 2025-07-15)",
                "if it is a copy, remove one of them; otherwise change the name or the schedule");
        assertEquals(2, result.meetings().size());
    }

    @Test
    void copyWithOtherSkipsStillWarns() {
        String yaml = weekly("kf100", "Community call", "8:00AM-8:55AM")
                + weekly("kf101", "Community call", "8:00AM-8:55AM", "  skip:", "    - 07/22/2025");

        assertEquals("kf101", onlyProblem(validate(yaml)).meetingId());
    }

    @Test
    void otherTimeIsNoCopy() {
        String yaml = weekly("kf100", "Community call", "8:00AM-8:55AM")
                + weekly("kf101", "Community call", "5:00PM-5:55PM");

        ValidationResult result = validate(yaml);

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
    }

    @Test
    void otherNameIsNoCopy() {
        String yaml = weekly("kf100", "Community call", "8:00AM-8:55AM")
                + weekly("kf101", "Training call", "8:00AM-8:55AM");

        assertTrue(validate(yaml).problems().isEmpty());
    }

    @Test
    void everyLaterCopyNamesTheFirst() {
        String yaml = weekly("kf100", "Community call", "8:00AM-8:55AM")
                + weekly("kf101", "Community call", "8:00AM-8:55AM")
                + weekly("kf102", "Community call", "8:00AM-8:55AM");

        List<Problem> warnings = validate(yaml).warnings();

        assertEquals(2, warnings.size());
        assertEquals(List.of("kf101", "kf102"), warnings.stream().map(Problem::meetingId).toList());
        assertTrue(warnings.stream().allMatch(warning -> warning.message().contains("as kf100 on line 1")));
    }
}
