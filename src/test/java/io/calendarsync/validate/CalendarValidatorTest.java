package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarValidatorTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private final CalendarValidator validator = new CalendarValidator(Fixtures.OPTIONS);

    @Test
    void fileNameAsGivenAppearsInProblems() throws IOException {
        Path file = directory.resolve("team.yaml");
        Files.writeString(file, meeting("id: wg-sync"));

        ValidationResult result = validator.validate(file);

        assertEquals(file.toString(), result.file());
        assertTrue(result.problems().get(0).format().startsWith(file + ":1:7: error: wg-sync.id: "),
                () -> Fixtures.formatted(result));
    }

    @Test
    void textIsValidatedUnderGivenName() {
        ValidationResult result = validator.validate("base:calendar.yaml", meeting("date: 02/30/2026"));

        assertEquals("base:calendar.yaml", result.problems().get(0).file());
        assertFalse(result.valid());
    }

    @Test
    void missingFileIsInvalid() {
        ValidationResult result = validator.validate(directory.resolve("calendar.yaml"));

        assertFalse(result.valid());
        assertEquals("file not found", result.errors().get(0).message());
        assertTrue(result.meetings().isEmpty());
    }

    @Test
    void commentOnlyFileIsValidAndEmpty() {
        ValidationResult result = validator.validate("calendar.yaml", "# no meetings yet\n");

        assertTrue(result.valid());
        assertTrue(result.meetings().isEmpty());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void warningsKeepFileValid() {
        ValidationResult result = validator.validate("calendar.yaml", meeting("time: 5:00am-5:30pm"));

        assertTrue(result.valid());
        assertEquals(1, result.warnings().size());
        assertTrue(result.errors().isEmpty());
        assertEquals(1, result.meetings().size());
    }

    @Test
    void structureErrorExcludesMeeting() {
        ValidationResult result = validator.validate("calendar.yaml", meeting("colour: blue"));

        assertFalse(result.valid());
        assertTrue(result.meetings().isEmpty());
    }

    @Test
    void problemsAreOrderedByLine() {
        ValidationResult result = validator.validate("calendar.yaml", meeting("id: wg-one", "time: 9am")
                + meeting("id: kf101", "name: \"\""));

        List<Integer> lines = result.problems().stream().map(Problem::line).toList();
        assertEquals(List.of(1, 4, 6), lines);
    }

    @Test
    void sixMegabyteFileEndsInProblem() throws IOException {
        Path file = directory.resolve("calendar.yaml");
        String meeting = meeting();
        Files.writeString(file, meeting.repeat(6 * 1024 * 1024 / meeting.length() + 1));

        ValidationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> validator.validate(file));

        assertEquals(1, result.problems().size());
        assertTrue(result.errors().get(0).message().contains("larger than the limit of 5 MB"));
    }

    @Test
    void aliasBombEndsInProblem() {
        String yaml = """
                - id: &a [x, x, x, x, x, x, x, x, x]
                  name: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                  date: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                  time: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                """;

        ValidationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> validator.validate("calendar.yaml", yaml));

        assertEquals(1, result.problems().size());
        assertEquals(2, result.errors().get(0).line());
        assertTrue(result.errors().get(0).message().contains("aliases"));
    }

    @Test
    void deepNestingEndsInProblem() {
        String yaml = "- id: " + "{a: ".repeat(100_000) + "x" + " }".repeat(100_000) + "\n";

        ValidationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> validator.validate("calendar.yaml", yaml));

        assertEquals(1, result.problems().size());
        assertTrue(result.errors().get(0).message().contains("nested more than"));
    }

    @Test
    void nextIdFollowsMostCommonPrefix() {
        assertEquals("kf107", EventIds.suggestNext(List.of("kf001", "kf106", "wg00001", "kf030")));
        assertEquals("ab00002", EventIds.suggestNext(List.of("ab00001", "wg-sync")));
        assertEquals("kf100", EventIds.suggestNext(List.of()));
    }
}
