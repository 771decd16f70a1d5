package io.calendarsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every frequency, count, skip and extra through validate, apply, plan and agenda, as a user runs them. */
class ScheduleFormatCliTest {

    private static final String CALENDAR = """
            - id: kf200
              name: Every two weeks
              date: 07/15/2025
              time: 8:00AM-8:55AM
              frequency: every-2-weeks
              skip:
                - 07/29/2025
                - {date: 08/12/2025, reason: Summer break}
              extra:
                - {date: 07/31/2025, reason: Make-up}
            - id: kf201
              name: Daily standup
              date: 07/14/2025
              time: 9:00AM-9:15AM
              timezone: Europe/London
              frequency: daily
              count: 30
            - id: kf202
              name: Weekday sync
              date: 07/14/2025
              time: 17:00-17:30
              timezone: Australia/Sydney
              frequency: weekdays
              until: 12/19/2025
            - id: kf203
              name: Last Thursday
              date: 07/31/2025
              time: 10:00AM-11:00AM
              frequency: monthly-last
            - id: kf204
              name: Day 15
              date: 07/15/2025
              time: 10:00AM-11:00AM
              frequency: monthly-on-day
            - id: kf205
              name: Yearly
              date: 07/16/2025
              time: 10:00AM-11:00AM
              frequency: yearly
            """;

    @TempDir
    Path dir;

    @Test
    void newKeysGoThroughEveryCommand() throws IOException {
        Path file = dir.resolve("calendar.yaml");
        Files.writeString(file, CALENDAR);

        CliRun validate = CliRun.of("validate", "--strict", "--file", file.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("6 meetings, 0 errors, 0 warnings"), validate.out());

        CliRun apply = CliRun.of("apply", "--file", file.toString());
        assertEquals(0, apply.exitCode(), apply.err());
        assertTrue(apply.out().contains("schedule: Every 2 weeks on Tuesday, 8:00–8:55 AM America/Los_Angeles, from"
                + " 2025-07-15, except 2025-07-29 and 2025-08-12 (Summer break), plus 2025-07-31 (Make-up)"), apply.out());
        String ics = Files.readString(dir.resolve("calendar.ics"));
        for (String line : new String[] {"RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                "EXDATE;TZID=America/Los_Angeles:20250729T080000", "EXDATE;TZID=America/Los_Angeles:20250812T080000",
                "RDATE;TZID=America/Los_Angeles:20250731T080000", "RRULE:FREQ=DAILY;COUNT=30",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20251219T125959Z", "RRULE:FREQ=MONTHLY;BYDAY=-1TH",
                "RRULE:FREQ=MONTHLY;BYMONTHDAY=15", "RRULE:FREQ=YEARLY"}) {
            assertTrue(ics.contains(line + "\r\n"), line);
        }

        CliRun plan = CliRun.of("plan", "--file", file.toString());
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().startsWith("No changes."), plan.out());

        CliRun agenda = CliRun.of("agenda", "--file", file.toString(), "--from", "2025-07-28", "--days", "4");
        assertEquals(0, agenda.exitCode(), agenda.err());
        assertTrue(agenda.out().contains("Thu 2025-07-31 08:00–08:55 America/Los_Angeles"), agenda.out());
        assertTrue(agenda.out().contains("Thu 2025-07-31 10:00–11:00 America/Los_Angeles"), agenda.out());
        assertFalse(agenda.out().contains("Tue 2025-07-29 08:00"), agenda.out());
    }
}
