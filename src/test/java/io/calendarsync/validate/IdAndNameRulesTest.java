package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyError;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import org.junit.jupiter.api.Test;

class IdAndNameRulesTest {

    @Test
    void validMeetingHasNoProblems() {
        ValidationResult result = validate(meeting());

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
        assertEquals(1, result.meetings().size());
    }

    @Test
    void idWithDisallowedCharactersNamesThem() {
        ValidationResult result = validate(meeting("id: wg-sync"));

        assertError(onlyProblem(result), 1, valueColumn("id"), "wg-sync", "id",
                "'wg-sync' contains characters that are not allowed in an event id: 'w', '-', 'y'",
                "lowercase letters a to v and digits 0 to 9");
        assertTrue(result.meetings().isEmpty());
    }

    @Test
    void uppercaseIdSuggestsLowercase() {
        Problem problem = onlyProblem(validate(meeting("id: KF100")));

        assertError(problem, 1, valueColumn("id"), "KF100", "id", "'K', 'F'", "write it in lowercase: 'kf100'");
    }

    @Test
    void shortIdSuggestsPadding() {
        Problem problem = onlyProblem(validate(meeting("id: kf1")));

        assertError(problem, 1, valueColumn("id"), "kf1", "id", "has 3 characters; an event id needs 5 to 1024",
                "pad the number with zeros: 'kf001'");
    }

    @Test
    void longIdIsAnError() {
        String id = "a".repeat(1025);

        Problem problem = onlyProblem(validate(meeting("id: " + id)));

        assertError(problem, 1, valueColumn("id"), "meeting #1", "id", "1025 characters", "shorter id");
    }

    @Test
    void longestIdIsAccepted() {
        ValidationResult result = validate(meeting("id: " + "0".repeat(1024)));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
    }

    @Test
    void leadingZeroIdStaysText() {
        ValidationResult result = validate(meeting("id: 01200"));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        assertEquals("01200", result.meetings().get(0).id());
    }

    @Test
    void missingIdSuggestsNextFreeId() {
        ValidationResult result = validate(meeting("id: kf106") + """
                - name: Second
                  date: 07/15/2025
                  time: 8:00AM-8:55AM
                """);

        Problem problem = onlyProblem(result);
        assertError(problem, 5, 3, "meeting #2", "id", "required key 'id' is missing", "such as kf107");
        assertEquals(1, result.meetings().size());
    }

    @Test
    void duplicateIdNamesFirstLine() {
        ValidationResult result = validate(meeting() + meeting("name: Second"));

        Problem problem = onlyProblem(result);
        assertError(problem, 5, valueColumn("id"), "kf100", "id", "already used by the meeting on line 1",
                "its own id");
        assertEquals(1, result.meetings().size());
        assertEquals("Test meeting", result.meetings().get(0).name());
    }

    @Test
    void emptyNameIsAnError() {
        Problem problem = onlyProblem(validate(meeting("name: \"\"")));

        assertError(problem, 2, valueColumn("name"), "kf100", "name", "name is empty", "event title");
    }

    @Test
    void nullNameIsAnError() {
        Problem problem = onlyProblem(validate(meeting("name: ~")));

        assertError(problem, 2, valueColumn("name"), "kf100", "name", "name is empty", "event title");
    }

    @Test
    void missingNameIsAnError() {
        Problem problem = onlyProblem(validate(meeting("name")));

        assertError(problem, 1, 3, "kf100", "name", "required key 'name' is missing", "add 'name: ");
    }

    @Test
    void yaml11WordsStayNames() {
        ValidationResult result = validate(meeting("name: no") + meeting("id: kf101", "name: 1e3")
                + meeting("id: kf102", "name: 8:00"));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        assertEquals("no", result.meetings().get(0).name());
        assertEquals("1e3", result.meetings().get(1).name());
        assertEquals("8:00", result.meetings().get(2).name());
    }

    @Test
    void errorsOfManyMeetingsComeInOneRun() {
        ValidationResult result = validate(meeting("id: wg-one") + meeting("id: kf101", "date: 02/30/2026")
                + meeting("id: kf102"));

        assertEquals(2, result.errors().size(), () -> Fixtures.formatted(result));
        assertEquals(1, result.errors().get(0).line());
        assertEquals(7, result.errors().get(1).line());
        assertEquals(1, result.meetings().size());
        assertEquals("kf102", result.meetings().get(0).id());
        assertEquals(9, result.meetings().get(0).line());
    }

    @Test
    void problemFormatsAsCompilerMessage() {
        Problem problem = onlyError(validate(meeting("date: 13/07/2025")));

        assertEquals("calendar.yaml:3:9: error: kf100.date: '13/07/2025' is not a valid MM/dd/yyyy date (month 13);"
                + " the day and month look swapped; did you mean 07/13/2025?", problem.format());
    }
}
