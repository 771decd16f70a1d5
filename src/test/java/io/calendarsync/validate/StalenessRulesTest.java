package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertProblem;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Severity;
import org.junit.jupiter.api.Test;

/** Staleness warnings, with "now" at 2025-07-01T12:00Z (05:00 in Los Angeles, a Tuesday). */
class StalenessRulesTest {

    private static void assertNoProblems(ValidationResult result) {
        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
    }

    @Test
    void passedUntilSaysRemovalIsSafe() {
        ValidationResult result = validate(meeting("date: 01/07/2025", "frequency: weekly", "until: 06/24/2025"));

        assertProblem(onlyProblem(result), Severity.WARNING, 6, valueColumn("until"), "kf100", "until",
                "until 06/24/2025 has passed, so the series is over; its last meeting was on Tue 06/24/2025",
                "remove it from calendar.yaml, which is safe now: apply keeps a finished series in the calendar");
        // A section of legacy meetings in the file would still be read and warned about, so it is not offered.
        assertTrue(onlyProblem(result).fix().endsWith("(unless --removal delete)"), onlyProblem(result).fix());
        assertEquals(1, result.meetings().size(), "a warning keeps the meeting");
    }

    @Test
    void skippingEveryMeetingIsAnError() {
        ValidationResult result = validate(meeting("date: 07/08/2025", "frequency: weekly", "count: 2",
                "skip: [07/08/2025, 07/15/2025]"));

        assertProblem(onlyProblem(result), Severity.ERROR, 7, 3, "kf100", "skip",
                "skip lists every meeting of the series, so it never happens",
                "remove the meeting from calendar.yaml, or keep at least one of its dates out of skip");
    }

    @Test
    void untilWithNoMeetingLeftIsOver() {
        ValidationResult result = validate(meeting("date: 06/10/2025", "frequency: bi-weekly", "until: 07/05/2025"));

        assertProblem(onlyProblem(result), Severity.WARNING, 6, valueColumn("until"), "kf100", "until",
                "no meeting is left before until 07/05/2025, so the series is over; its last meeting was on"
                        + " Tue 06/24/2025", "which is safe now");
    }

    @Test
    void untilWithinTwoWeeksEndsSoon() {
        ValidationResult result = validate(meeting("date: 06/03/2025", "frequency: weekly", "until: 07/10/2025"));

        assertProblem(onlyProblem(result), Severity.WARNING, 6, valueColumn("until"), "kf100", "until",
                "the series ends soon: its last meeting is on Tue 07/08/2025 (until 07/10/2025)",
                "if the meeting goes on, move until later");
    }

    @Test
    void untilInAMonthIsQuiet() {
        assertNoProblems(validate(meeting("date: 06/03/2025", "frequency: weekly", "until: 07/31/2025")));
    }

    @Test
    void countEndingWithinTwoWeeksEndsSoon() {
        ValidationResult result = validate(meeting("date: 06/17/2025", "frequency: weekly", "count: 4"));

        assertProblem(onlyProblem(result), Severity.WARNING, 6, valueColumn("count"), "kf100", "count",
                "the series ends soon: its last meeting is on Tue 07/08/2025 (count: 4)", "raise count");
    }

    @Test
    void countUsedUpIsOver() {
        ValidationResult result = validate(meeting("date: 05/06/2025", "frequency: weekly", "count: 3"));

        assertProblem(onlyProblem(result), Severity.WARNING, 6, valueColumn("count"), "kf100", "count",
                "the series is over: its last meeting was on Tue 05/20/2025 (count: 3)", "which is safe now");
    }

    @Test
    void pastOneOffSaysItStaysInCalendar() {
        ValidationResult result = validate(meeting("date: 06/30/2025"));

        assertProblem(onlyProblem(result), Severity.WARNING, 3, valueColumn("date"), "kf100", "date",
                "the meeting was on Mon 06/30/2025 and does not happen again",
                "apply keeps past one-off events in the calendar (unless --removal delete)");
    }

    @Test
    void oneOffLaterTodayIsQuiet() {
        assertNoProblems(validate(meeting("date: 07/01/2025")));
    }

    @Test
    void firstMeetingMoreThanAYearAheadWarns() {
        ValidationResult result = validate(meeting("date: 07/15/2027", "frequency: weekly"));

        assertProblem(onlyProblem(result), Severity.WARNING, 3, valueColumn("date"), "kf100", "date",
                "the first meeting is on Thu 07/15/2027, more than 12 months from now", "check the year of date");
    }

    @Test
    void meetingWithinTwelveMonthsIsQuiet() {
        assertNoProblems(validate(meeting("date: 06/30/2026")));
    }

    @Test
    void yearlyWithNextOneSkippedHasNoMeetingWithinTwelveMonths() {
        String yaml = """
                - id: kf100
                  name: Annual summit
                  date: 06/20/2024
                  time: 8:00AM-8:55AM
                  frequency: yearly
                  skip:
                    - 06/20/2026
                """;

        ValidationResult result = validate(yaml);

        assertProblem(onlyProblem(result), Severity.WARNING, 5, valueColumn("frequency"), "kf100", "frequency",
                "the meeting has no occurrence in the next 12 months; the next one is on Sun 06/20/2027",
                "check frequency and skip");
    }

    @Test
    void openSeriesStartedLongAgoIsQuiet() {
        assertNoProblems(validate(meeting("date: 08/11/2020", "frequency: bi-weekly")));
    }
}
