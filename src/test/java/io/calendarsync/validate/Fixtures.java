package io.calendarsync.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds calendar.yaml texts for rule tests and checks the problems they produce. */
final class Fixtures {

    static final String FILE = "calendar.yaml";

    /** A fixed "now" in July 2025, so offset suggestions use summer time in the northern hemisphere. */
    static final ValidationOptions OPTIONS =
            new ValidationOptions(ZoneId.of("America/Los_Angeles"), Instant.parse("2025-07-01T12:00:00Z"));

    private Fixtures() {
    }

    static ValidationResult validate(String yaml) {
        return new CalendarValidator(OPTIONS).validate(FILE, yaml);
    }

    /**
     * Returns one meeting with id kf100 on line 1, name on line 2, date on line 3 and time on line 4.
     * Each override {@code "key: value"} replaces that key in place, or is appended from line 5 on in
     * the order given; an override of just {@code "key"} removes the key.
     */
    static String meeting(String... overrides) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("id", "id: kf100");
        lines.put("name", "name: Test meeting");
        lines.put("date", "date: 07/15/2025");
        lines.put("time", "time: 8:00AM-8:55AM");
        for (String override : overrides) {
            int colon = override.indexOf(':');
            String key = colon < 0 ? override : override.substring(0, colon);
            if (colon < 0) {
                lines.remove(key);
            } else {
                lines.put(key, override);
            }
        }
        List<String> text = new ArrayList<>();
        for (String line : lines.values()) {
            text.add((text.isEmpty() ? "- " : "  ") + line);
        }
        return String.join("\n", text) + "\n";
    }

    /** Returns the column where the value of a top-level meeting key starts in {@link #meeting}. */
    static int valueColumn(String key) {
        return 3 + key.length() + 2;
    }

    static Problem onlyProblem(ValidationResult result) {
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + formatted(result));
        return result.problems().get(0);
    }

    static Problem onlyError(ValidationResult result) {
        assertEquals(1, result.errors().size(), () -> "expected one error, got " + formatted(result));
        return result.errors().get(0);
    }

    static void assertProblem(Problem problem, Severity severity, int line, int column, String meetingId,
            String field, String messagePart, String fixPart) {
        assertAll(problem.format(),
                () -> assertEquals(severity, problem.severity(), "severity"),
                () -> assertEquals(FILE, problem.file(), "file"),
                () -> assertEquals(line, problem.line(), "line"),
                () -> assertEquals(column, problem.column(), "column"),
                () -> assertEquals(meetingId, problem.meetingId(), "meeting id"),
                () -> assertEquals(field, problem.field(), "field"),
                () -> assertTrue(problem.message().contains(messagePart), "message should contain: " + messagePart),
                () -> assertTrue(problem.fix().contains(fixPart), "fix should contain: " + fixPart));
    }

    static void assertError(Problem problem, int line, int column, String meetingId, String field,
            String messagePart, String fixPart) {
        assertProblem(problem, Severity.ERROR, line, column, meetingId, field, messagePart, fixPart);
    }

    static String formatted(ValidationResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }
}
