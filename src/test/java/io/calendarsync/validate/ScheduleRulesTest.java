package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.assertProblem;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Problem;
import io.calendarsync.model.Schedule;
import io.calendarsync.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static Schedule schedule(String yaml) {
        ValidationResult result = validate(yaml);
        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        return result.meetings().get(0).schedule();
    }

    @Test
    void untilIsInclusiveLastDay() {
        Schedule schedule = schedule(meeting("frequency: weekly", "until: 12/31/2025"));

        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), schedule.until());
        assertTrue(schedule.count().isEmpty());
    }

    @Test
    void untilOnFirstDayIsAccepted() {
        Schedule schedule = schedule(meeting("frequency: weekly", "until: 07/15/2025"));

        assertEquals(Optional.of(LocalDate.of(2025, 7, 15)), schedule.until());
    }

    @Test
    void untilBeforeDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "until: 01/01/2020")));

        assertError(problem, 6, valueColumn("until"), "kf100", "until",
                "until 01/01/2020 is before the first meeting on 07/15/2025", "set until to 07/15/2025 or later");
    }

    @Test
    void untilWithoutFrequencyWarns() {
        ValidationResult result = validate(meeting("until: 12/31/2025"));

        assertProblem(onlyProblem(result), Severity.WARNING, 5, valueColumn("until"), "kf100", "until",
                "until has no effect because the meeting has no frequency", "add a frequency, or remove until");
        assertEquals(1, result.meetings().size());
    }

    @Test
    void invalidUntilDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "until: 31/12/2025")));

        assertError(problem, 6, valueColumn("until"), "kf100", "until", "look swapped", "did you mean 12/31/2025?");
    }

    @Test
    void countSetsOccurrences() {
        Schedule schedule = schedule(meeting("frequency: weekly", "count: 10"));

        assertEquals(Optional.of(10), schedule.count());
        assertTrue(schedule.until().isEmpty());
    }

    @Test
    void countWithUntilIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "until: 12/31/2025", "count: 5")));

        assertError(problem, 7, valueColumn("count"), "kf100", "count", "count and until both end the series",
                "keep one of them");
    }

    @Test
    void zeroCountIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "count: 0")));

        assertError(problem, 6, valueColumn("count"), "kf100", "count", "count is 0; it must be from 1 to 10000",
                "leave out the meeting");
    }

    @Test
    void fractionalCountIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "count: 1.5")));

        assertError(problem, 6, valueColumn("count"), "kf100", "count", "'1.5' is not a whole number",
                "count: 10");
    }

    @Test
    void hugeCountIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: daily", "count: 99999999999")));

        assertError(problem, 6, valueColumn("count"), "kf100", "count", "is not a whole number", "count: 10");
    }

    @Test
    void countWithoutFrequencyWarns() {
        Problem problem = onlyProblem(validate(meeting("count: 3")));

        assertProblem(problem, Severity.WARNING, 5, valueColumn("count"), "kf100", "count", "count has no effect",
                "remove count");
    }

    @Test
    void skipAndExtraBecomeDatedNotes() {
        Schedule schedule = schedule(meeting("frequency: weekly") + """
                  skip:
                    - 07/22/2025
                    - {date: 2025-07-29, reason: Summer break}
                  extra:
                    - date: 07/24/2025
                      reason: Release review
                """);

        assertEquals(List.of(new DatedNote(LocalDate.of(2025, 7, 22), ""),
                new DatedNote(LocalDate.of(2025, 7, 29), "Summer break")), schedule.skipped());
        assertEquals(List.of(new DatedNote(LocalDate.of(2025, 7, 24), "Release review")), schedule.extra());
    }

    @Test
    void skipOnOneOffMeetingIsAnError() {
        Problem problem = onlyProblem(validate(meeting() + "  skip: [07/22/2025]\n"));

        assertError(problem, 5, 3, "kf100", "skip", "skip needs a repeating meeting", "remove skip");
    }

    @Test
    void extraOnOneOffMeetingIsAnError() {
        Problem problem = onlyProblem(validate(meeting() + "  extra: [07/22/2025]\n"));

        assertError(problem, 5, 3, "kf100", "extra", "extra needs a repeating meeting",
                "write the other date as a meeting of its own");
    }

    @Test
    void skipBeforeDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly") + "  skip: [07/08/2025]\n"));

        assertError(problem, 6, 10, "kf100", "skip", "skip date 07/08/2025 is before the first meeting on 07/15/2025",
                "remove it");
    }

    @Test
    void extraAfterUntilIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly", "until: 08/31/2025")
                + "  extra: [09/04/2025]\n"));

        assertError(problem, 7, 11, "kf100", "extra", "extra date 09/04/2025 is after until 08/31/2025",
                "move until");
    }

    @Test
    void duplicateSkipDateNamesFirstLine() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly") + """
                  skip:
                    - 07/22/2025
                    - 2025-07-22
                """));

        assertError(problem, 8, 7, "kf100", "skip", "07/22/2025 is listed twice in skip; the first is on line 7",
                "remove one of them");
    }

    @Test
    void dateInSkipAndExtraIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly") + """
                  skip: [07/22/2025]
                  extra: [07/22/2025]
                """));

        assertError(problem, 7, 11, "kf100", "extra", "07/22/2025 is in both skip (line 6) and extra",
                "keep it in one of the two lists");
    }

    @Test
    void extraOnFirstDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly") + "  extra: [07/15/2025]\n"));

        assertError(problem, 6, 11, "kf100", "extra", "is the first meeting, which happens anyway", "remove it");
    }

    @Test
    void invalidSkipDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: weekly") + "  skip: [{date: 02/30/2026}]\n"));

        assertError(problem, 6, 17, "kf100", "skip", "'02/30/2026' does not exist", "check the date");
    }
}
