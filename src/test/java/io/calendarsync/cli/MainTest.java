package io.calendarsync.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

    @TempDir
    Path dir;

    static Stream<Path> calendars() {
        return Stream.of(
                Path.of("src/test/resources/samples/kubeflow-2020-11.yaml"),
                Path.of("src/test/resources/samples/kubeflow-2024-04.yaml"),
                Path.of("src/test/resources/samples/kubeflow-2025-07.yaml"),
                Path.of("calendar.yaml"));
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void validateAcceptsEverySample(Path calendar) {
        CliRun run = CliRun.of("validate", "--file", calendar.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains(": error:"), run.err());
        assertTrue(run.out().contains("0 errors"), run.out());
    }

    @Test
    void validateReportsEveryProblemWithoutStackTrace() throws IOException {
        Path file = write("calendar.yaml", """
                - id: kf100
                  name: Release sync
                  date: 25/01/2024
                  time: 8:00AM-9:00AM
                  frequency: every-2-weeks
                - id: wg-sync
                  name: Working group
                  date: 02/30/2026
                  time: 8:00AM-9:00AM
                """);

        CliRun run = CliRun.of("validate", "--file", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + ":3:9: error: kf100.date:"), run.err());
        assertTrue(run.err().contains("wg-sync"), run.err());
        assertTrue(run.err().contains(".id:"), run.err());
        assertTrue(run.err().contains(":8:9: error:"), run.err());
        assertTrue(run.err().contains(".date:"), run.err());
        assertFalse(run.printedStackTrace(), run.err());
    }

    @Test
    void summaryCountsProblemsPastListLimit() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            yaml.append("- id: wg-").append(1000 + i)
                    .append("\n  name: Sync\n  date: 13/45/2025\n  time: 8:00AM-9:00AM\n");
        }
        Path file = write("calendar.yaml", yaml.toString());

        CliRun run = CliRun.of("validate", "--file", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + ": error: 200 more problems (200 errors) are not listed"), run.err());
        String last = run.err().substring(run.err().lastIndexOf("calendar-sync: error:"));
        assertEquals("calendar-sync: error: " + file + " is invalid: 1200 errors, 0 warnings\n", last);
    }

    @Test
    void invalidSummaryUsesSingularCounts() throws IOException {
        Path file = write("calendar.yaml", """
                - id: kf100
                  name: Late call
                  date: 25/01/2026
                  time: 11:00PM-1:00AM
                """);

        CliRun run = CliRun.of("validate", "--file", file.toString());

        assertEquals(1, run.exitCode());
        String last = run.err().substring(run.err().lastIndexOf("calendar-sync: error:"));
        assertEquals("calendar-sync: error: " + file + " is invalid: 1 error, 1 warning\n", last);
    }

    @Test
    void strictFailsOnWarnings() throws IOException {
        Path file = write("calendar.yaml", """
                - id: kf100
                  name: Late call
                  date: 01/07/2026
                  time: 11:00PM-1:00AM
                """);

        assertEquals(0, CliRun.of("validate", "--file", file.toString()).exitCode());
        CliRun strict = CliRun.of("validate", "--strict", "--file", file.toString());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("warning"), strict.err());
    }

    @Test
    void applyThenPlanSaysNoChanges() throws IOException {
        Path file = copySample();
        Path ics = dir.resolve("out.ics");

        CliRun apply = CliRun.of("apply", "--file", file.toString(), "--target", "ics:" + ics);
        assertEquals(0, apply.exitCode(), apply.err());
        assertTrue(apply.out().contains("35 to create, 0 to update, 0 to remove, 0 unchanged."), apply.out());
        assertTrue(apply.out().contains("+ kf032 \"Kubeflow Community Call\" will be created"), apply.out());

        CliRun plan = CliRun.of("plan", "--file", file.toString(), "--target", "ics:" + ics);
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().startsWith("No changes."), plan.out());
    }

    @Test
    void applyTwiceWritesIdenticalBytes() throws IOException {
        Path file = copySample();
        Path ics = dir.resolve("calendar.ics");

        assertEquals(0, CliRun.of("apply", "--file", file.toString(), "--target", "ics:" + ics).exitCode());
        byte[] first = Files.readAllBytes(ics);
        assertEquals(0, CliRun.of("apply", "--file", file.toString(), "--target", "ics:" + ics).exitCode());

        assertArrayEquals(first, Files.readAllBytes(ics));
    }

    @Test
    void defaultTargetIsCalendarIcsBesideTheFile() throws IOException {
        Path file = copySample();

        CliRun run = CliRun.of("apply", "--file", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("calendar.ics")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("calendar.ics"))));
    }

    @Test
    void removedPastOneOffStaysAsHistory() throws IOException {
        Path file = write("calendar.yaml", """
                - id: kf100
                  name: Kick-off
                  date: 03/04/2025
                  time: 8:00AM-9:00AM
                - id: kf101
                  name: Weekly sync
                  date: 03/05/2025
                  time: 8:00AM-9:00AM
                  frequency: weekly
                """);
        assertEquals(0, CliRun.of("apply", "--file", file.toString()).exitCode());

        Files.writeString(file, Files.readString(file).substring(Files.readString(file).indexOf("- id: kf101")));
        CliRun plan = CliRun.of("plan", "--file", file.toString());

        assertEquals("No changes. ics:" + dir.resolve("calendar.ics") + " matches calendar.yaml (1 event)."
                + " 1 past event gone from calendar.yaml stays as history.\n", plan.out().replace("ics:" + relative(dir.resolve("calendar.ics")), "ics:" + dir.resolve("calendar.ics")));
    }

    @Test
    void editedMeetingShowsOneUpdateWithFieldChange() throws IOException {
        Path file = copySample();
        Path ics = dir.resolve("calendar.ics");
        assertEquals(0, CliRun.of("apply", "--file", file.toString()).exitCode());

        Files.writeString(file, Files.readString(file).replaceFirst("time: 8:00AM-8:55AM", "time: 9:00AM-9:55AM"));
        CliRun plan = CliRun.of("plan", "--file", file.toString(), "--target", "ics:" + ics);

        assertTrue(plan.out().contains("0 to create, 1 to update, 0 to remove, 34 unchanged."), plan.out());
        assertTrue(plan.out().contains("~ kf032"), plan.out());
        assertTrue(plan.out().contains("~ start: 2025-04-15 08:00 America/Los_Angeles → 2025-04-15 09:00 America/Los_Angeles"),
                plan.out());
    }

    @Test
    void removedMeetingIsPlannedAsRemoval() throws IOException {
        Path file = copySample();
        assertEquals(0, CliRun.of("apply", "--file", file.toString()).exitCode());

        String text = Files.readString(file);
        int start = text.indexOf("- id: kf043");
        int end = text.indexOf("- id:", start + 1);
        Files.writeString(file, text.substring(0, start) + text.substring(end));
        CliRun plan = CliRun.of("plan", "--file", file.toString());

        assertTrue(plan.out().contains("- kf043"), plan.out());
        assertTrue(plan.out().contains("0 to create, 0 to update, 1 to remove, 34 unchanged."), plan.out());
    }

    @Test
    void emptiedCalendarTripsRemovalGuard() throws IOException {
        Path file = copySample();
        assertEquals(0, CliRun.of("apply", "--file", file.toString()).exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("calendar.ics"));

        Files.writeString(file, "# every meeting commented out\n");
        CliRun apply = CliRun.of("apply", "--file", file.toString(), "--removal", "delete");

        assertEquals(3, apply.exitCode());
        assertTrue(apply.err().contains("--allow-mass-removal"), apply.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("calendar.ics")));
    }

    @Test
    void jsonPlanIsVersioned() throws IOException {
        Path file = copySample();

        CliRun plan = CliRun.of("plan", "--file", file.toString(), "--format", "json");

        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("\"formatVersion\" : 1"), plan.out());
        assertTrue(plan.out().contains("\"action\" : \"create\""), plan.out());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun unknownCommand = CliRun.of("sync");
        CliRun unknownOption = CliRun.of("plan", "--colour");
        CliRun badFormat = CliRun.of("plan", "--format", "yaml");
        CliRun badTarget = CliRun.of("plan", "--target", "outlook:x");

        assertEquals(2, unknownCommand.exitCode());
        assertEquals(2, unknownOption.exitCode());
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("--format: 'yaml' is not one of text, markdown, json"), badFormat.err());
        assertEquals(2, badTarget.exitCode());
        CliRun googleOptionOnFile = CliRun.of("plan", "--send-updates", "all");
        assertEquals(2, googleOptionOnFile.exitCode());
        assertTrue(googleOptionOnFile.err().contains("--send-updates applies only to a Google Calendar target"),
                googleOptionOnFile.err());
        CliRun abbreviation = CliRun.of("validate", "--default-timezone", "PST");
        assertEquals(2, abbreviation.exitCode());
        assertTrue(abbreviation.err().contains("America/Los_Angeles"), abbreviation.err());
        assertFalse(unknownOption.printedStackTrace());
    }

    @Test
    void misspeltOptionValueNotEchoed() {
        CliRun unknown = CliRun.of("plan", "--acess-token=ya29.canary-typo", "--target", "google:team@example.org");
        CliRun ambiguous = CliRun.of("plan", "--a=ya29.canary-ambiguous");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown option '--acess-token'"), unknown.err());
        assertFalse(unknown.err().contains("canary"), unknown.err());
        assertEquals(2, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("ambiguous option '--a' (could be --"), ambiguous.err());
        assertFalse(ambiguous.err().contains("canary"), ambiguous.err());
    }

    @Test
    void missingFileIsInvalidCalendar() {
        CliRun run = CliRun.of("validate", "--file", dir.resolve("nope.yaml").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.yaml"), run.err());
        assertFalse(run.printedStackTrace(), run.err());
    }

    @Test
    void helpExitsZero() {
        for (String command : new String[] {"validate", "plan", "apply"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("calendar-sync " + command), run.out());
        }
        assertEquals(0, CliRun.of("--help").exitCode());
    }

    private static String relative(Path file) {
        return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
    }

    private Path copySample() throws IOException {
        Path file = dir.resolve("calendar.yaml");
        Files.copy(Path.of("src/test/resources/samples/kubeflow-2025-07.yaml"), file);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
