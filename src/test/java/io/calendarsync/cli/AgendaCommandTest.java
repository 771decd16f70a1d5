package io.calendarsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda command, run in-process with the clock at 2025-07-01T16:00Z (09:00 in Los Angeles). */
class AgendaCommandTest {

    private static final String CALENDAR = """
            - id: kf100
              name: Community call
              date: 06/24/2025
              time: 8:00AM-8:55AM
              frequency: weekly
            - id: kf101
              name: EMEA sync
              date: 07/07/2025
              time: 9:30AM-10:00AM
              timezone: Europe/London
              frequency: weekly
            """;

    @TempDir
    Path dir;

    private Path calendar() throws IOException {
        Path file = dir.resolve("calendar.yaml");
        Files.writeString(file, CALENDAR);
        return file;
    }

    @Test
    void defaultIsTwoWeeksFromToday() throws IOException {
        CliRun run = CliRun.of("agenda", "--file", calendar().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Agenda for Tue 2025-07-01 to Mon 2025-07-14 (America/Los_Angeles):"
                + " 4 occurrences of 2 meetings\n"), run.out());
        // Today's meeting at 08:00 is listed although the clock is already past it.
        assertTrue(run.out().contains("Tue 2025-07-01 08:00–08:55 America/Los_Angeles  Tue 15:00–15:55 UTC  kf100"),
                run.out());
        assertTrue(run.out().contains("Mon 2025-07-07 09:30–10:00 Europe/London        Mon 08:30–09:00 UTC  kf101"),
                run.out());
        assertFalse(run.out().contains("2025-07-15"), run.out());
    }

    @Test
    void todayFollowsDefaultTimezone() throws IOException {
        CliRun run = CliRun.of("agenda", "--file", calendar().toString(), "--default-timezone", "Australia/Sydney",
                "--days", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No meetings from Wed 2025-07-02 to Wed 2025-07-02 (Australia/Sydney).\n", run.out());
    }

    @Test
    void fromAndDaysSelectDstWeeks() throws IOException {
        CliRun run = CliRun.of("agenda", "--file", calendar().toString(), "--from", "10/26/2025", "--days", "10");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("    UTC time moves from 08:30 to 09:30 (DST change in Europe/London)\n"),
                run.out());
        assertTrue(run.out().contains("    UTC time moves from 15:00 to 16:00 (DST change in America/Los_Angeles)\n"),
                run.out());
    }

    @Test
    void jsonAndMarkdownFormats() throws IOException {
        CliRun json = CliRun.of("agenda", "--file", calendar().toString(), "--from", "2025-11-03", "--days", "2",
                "--format", "json");
        CliRun markdown = CliRun.of("agenda", "--file", calendar().toString(), "--from", "2025-11-03", "--days", "2",
                "--format", "markdown");

        assertEquals(0, json.exitCode(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(2, root.get("occurrences").size());
        assertEquals("kf101", root.get("occurrences").get(0).get("eventId").asText());
        assertEquals("2025-11-04T16:00:00Z", root.get("occurrences").get(1).get("start").get("utc").asText());
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().startsWith("### Agenda for Mon 2025-11-03 to Tue 2025-11-04"), markdown.out());
        assertTrue(markdown.out().contains("| ⚠️ UTC time moves from 15:00 to 16:00"), markdown.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        String file = calendar().toString();

        CliRun badDate = CliRun.of("agenda", "--file", file, "--from", "2025-13-01");
        CliRun zeroDays = CliRun.of("agenda", "--file", file, "--days", "0");
        CliRun tooManyDays = CliRun.of("agenda", "--file", file, "--days", "400");
        CliRun wordDays = CliRun.of("agenda", "--file", file, "--days", "two");
        CliRun badFormat = CliRun.of("agenda", "--file", file, "--format", "html");

        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("--from: '2025-13-01' is not a valid yyyy-MM-dd date (month 13)"),
                badDate.err());
        assertEquals(2, zeroDays.exitCode());
        assertTrue(zeroDays.err().contains("--days: '0' is not a number of days from 1 to 366"), zeroDays.err());
        assertEquals(2, tooManyDays.exitCode());
        assertEquals(2, wordDays.exitCode());
        assertEquals(2, badFormat.exitCode());
        assertFalse(badDate.printedStackTrace(), badDate.err());
    }

    @Test
    void swappedFromSuggestsOrder() throws IOException {
        CliRun run = CliRun.of("agenda", "--file", calendar().toString(), "--from", "25/01/2027");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the day and month look swapped; did you mean 01/25/2027?"), run.err());
    }

    @Test
    void hugeAgendaIsUsageError() throws IOException {
        // 1,500 daily meetings over 366 days are 549,000 entries, past the limit of 250,000.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            yaml.append("- id: kf").append(10_000 + i).append("\n  name: Daily ").append(i)
                    .append("\n  date: 06/30/2025\n  time: 8:00AM-8:15AM\n  frequency: daily\n");
        }
        Path file = Files.writeString(dir.resolve("calendar.yaml"), yaml);

        CliRun year = CliRun.of("agenda", "--file", file.toString(), "--days", "366");
        CliRun month = CliRun.of("agenda", "--file", file.toString(), "--days", "30", "--format", "json");

        assertEquals(2, year.exitCode());
        assertTrue(year.err().contains("an agenda of 366 days from 2025-07-01 lists more than 250000 meetings"),
                year.err());
        assertFalse(year.printedStackTrace(), year.err());
        assertEquals(0, month.exitCode(), month.err());
        assertEquals(45_000, new ObjectMapper().readTree(month.out()).get("occurrences").size());
    }

    @Test
    void farYearIsUsageError() throws IOException {
        String file = calendar().toString();

        CliRun lastYear = CliRun.of("agenda", "--file", file, "--from", "+999999999-12-31");
        CliRun farFuture = CliRun.of("agenda", "--file", file, "--from", "9999-01-01");
        CliRun negative = CliRun.of("agenda", "--file", file, "--from", "-0001-01-01");

        assertEquals(2, lastYear.exitCode(), lastYear.err());
        assertFalse(lastYear.printedStackTrace(), lastYear.err());
        assertTrue(farFuture.err().contains("--from: '9999-01-01' has the year 9999, outside 1970 to 2199"),
                farFuture.err());
        assertEquals(2, farFuture.exitCode());
        assertEquals(2, negative.exitCode());
    }

    @Test
    void invalidCalendarPrintsNoAgenda() throws IOException {
        Path file = dir.resolve("calendar.yaml");
        Files.writeString(file, CALENDAR.replace("date: 07/07/2025", "date: 07/32/2025"));

        CliRun run = CliRun.of("agenda", "--file", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(":8:9: error: kf101.date:"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpListsOptions() {
        CliRun run = CliRun.of("agenda", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--from <DATE>"), run.out());
        assertTrue(run.out().contains("--days <N>"), run.out());
        assertTrue(CliRun.of("help").out().contains("agenda            list the upcoming occurrences"));
    }
}
