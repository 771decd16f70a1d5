package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Meeting;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.Occurrence;
import io.calendarsync.recurrence.Occurrences;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleDateRulesTest {

    /** A bi-weekly call on Tuesdays from 07/15/2025, with the given lines appended from line 6 on. */
    private static String biweekly(String... lines) {
        return """
                - id: kf100
                  name: Community call
                  date: 07/15/2025
                  time: 8:00AM-8:55AM
                  frequency: bi-weekly
                """ + String.join("\n", lines) + "\n";
    }

    private static List<LocalDate> days(Meeting meeting, String from, String to) {
        return Occurrences.between(new EventMapper().toEvent(meeting), Instant.parse(from), Instant.parse(to))
                .stream().map(Occurrence::start).map(start -> start.toLocalDate()).toList();
    }

    @Test
    void skipOffWeekNamesNearestMeetings() {
        ValidationResult result = validate(biweekly("  skip:", "    - 07/22/2025"));

        assertError(onlyProblem(result), 7, 7, "kf100", "skip",
                "skip date Tue 07/22/2025 is not a day this meeting happens; the nearest meetings are on"
                        + " Tue 07/15/2025 and Tue 07/29/2025",
                "skip 07/15/2025 or 07/29/2025 instead, or remove this date");
        assertTrue(result.meetings().isEmpty(), "a meeting with an error is left out");
    }

    @Test
    void skipWithReasonPointsAtItsDate() {
        ValidationResult result = validate(biweekly("  skip:", "    - 07/29/2025",
                "    - {date: 08/13/2025, reason: Summer break}"));

        assertError(onlyProblem(result), 8, 14, "kf100", "skip",
                "skip date Wed 08/13/2025 is not a day this meeting happens; the nearest meetings are on"
                        + " Tue 08/12/2025 and Tue 08/26/2025", "skip 08/12/2025 or 08/26/2025 instead");
    }

    @Test
    void skipAfterLastCountedMeetingSaysSeriesEnds() {
        ValidationResult result = validate(biweekly("  count: 3", "  skip:", "    - 08/26/2025"));

        assertError(onlyProblem(result), 8, 7, "kf100", "skip",
                "skip date Tue 08/26/2025 is not a day this meeting happens; the series ends with its meeting on"
                        + " Tue 08/12/2025", "skip 08/12/2025 instead, or remove this date");
    }

    @Test
    void skipOfOccurrenceIsAcceptedAndRemovesIt() {
        ValidationResult result = validate(biweekly("  skip:", "    - 07/29/2025", "    - 2025-08-12"));

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
        assertEquals(List.of(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 8, 26)),
                days(result.meetings().get(0), "2025-07-01T00:00:00Z", "2025-09-01T00:00:00Z"));
    }

    @Test
    void skipOfFirstMeetingIsAccepted() {
        ValidationResult result = validate(biweekly("  skip:", "    - 07/15/2025"));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
    }

    @Test
    void everyOffDateGetsItsOwnError() {
        ValidationResult result = validate(biweekly("  skip:", "    - 07/16/2025", "    - 07/29/2025",
                "    - 07/30/2025"));

        assertEquals(2, result.errors().size(), () -> Fixtures.formatted(result));
        assertEquals(7, result.errors().get(0).line());
        assertEquals(9, result.errors().get(1).line());
        assertTrue(result.errors().get(1).message().contains("Tue 07/29/2025 and Tue 08/12/2025"),
                result.errors().get(1)::format);
    }

    @Test
    void skipInSydneyUsesLocalDayNotUtcDay() {
        // 09:00 on Mondays in Sydney is Sunday evening in UTC, and DST starts there on 10/05/2025.
        String yaml = """
                - id: kf101
                  name: APAC sync
                  date: 09/29/2025
                  time: 9:00AM-10:00AM
                  timezone: Australia/Sydney
                  frequency: weekly
                  skip:
                    - 10/06/2025
                    - 10/05/2025
                """;

        ValidationResult result = validate(yaml);

        assertError(onlyProblem(result), 9, 7, "kf101", "skip",
                "skip date Sun 10/05/2025 is not a day this meeting happens; the nearest meetings are on"
                        + " Mon 09/29/2025 and Mon 10/06/2025", "skip 09/29/2025 or 10/06/2025 instead");
    }

    @Test
    void skipAcrossDstRemovesThatMeeting() {
        String yaml = """
                - id: kf101
                  name: APAC sync
                  date: 09/29/2025
                  time: 9:00AM-10:00AM
                  timezone: Australia/Sydney
                  frequency: weekly
                  skip:
                    - 10/06/2025
                """;

        ValidationResult result = validate(yaml);

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        assertEquals(List.of(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 13)),
                days(result.meetings().get(0), "2025-09-01T00:00:00Z", "2025-10-15T00:00:00Z"));
    }

    @Test
    void skipOfMonthlyLastNamesLastThursdays() {
        String yaml = """
                - id: kf102
                  name: Release review
                  date: 07/31/2025
                  time: 10:00AM-11:00AM
                  frequency: monthly-last
                  skip:
                    - 08/21/2025
                """;

        assertError(onlyProblem(validate(yaml)), 7, 7, "kf102", "skip",
                "the nearest meetings are on Thu 07/31/2025 and Thu 08/28/2025", "skip 07/31/2025 or 08/28/2025");
    }

    @Test
    void extraOnMeetingDayIsAnError() {
        ValidationResult result = validate(biweekly("  extra:", "    - {date: 07/29/2025, reason: Make-up}"));

        assertError(onlyProblem(result), 7, 14, "kf100", "extra",
                "extra date Tue 07/29/2025 is already a day this meeting happens"
                        + " (Tue 07/29/2025 08:00–08:55 America/Los_Angeles)",
                "remove it: extra adds a meeting on a day the schedule does not have");
    }

    @Test
    void extraOnOffWeekAddsMeeting() {
        ValidationResult result = validate(biweekly("  extra:", "    - 07/22/2025"));

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
        assertEquals(List.of(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 29)),
                days(result.meetings().get(0), "2025-07-01T00:00:00Z", "2025-08-01T00:00:00Z"));
    }

    @Test
    void extraAfterCountedSeriesIsAccepted() {
        ValidationResult result = validate(biweekly("  count: 2", "  extra:", "    - 08/12/2025"));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
    }
}
