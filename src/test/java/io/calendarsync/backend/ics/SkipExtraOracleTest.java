package io.calendarsync.backend.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import io.calendarsync.testing.BiweeklyOracle;
import io.calendarsync.testing.ExpectedOccurrences;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle test for {@code skip} and {@code extra} written in calendar.yaml, with dates at other UTC
 * offsets than the first meeting and on days of DST changes. The file passes validation, so the skip
 * check agrees that each skipped date is a meeting day and each extra date is not. The .ics that apply
 * writes, expanded by biweekly, gives exactly the occurrences the fields mean, as production expansion does.
 */
class SkipExtraOracleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");

    /**
     * Daylight saving dates used: Los Angeles 11/02/2025 (01:00 to 02:00 repeats) and 03/08/2026;
     * London 03/30/2025 (01:00 to 02:00 does not exist); Sydney 10/05/2025 (02:00 to 03:00 does not
     * exist) and 04/05/2026.
     */
    private static final String CALENDAR = """
            - id: kf300
              name: Los Angeles, Sunday in the repeated hour
              date: 10/19/2025
              time: 1:30AM-2:00AM
              frequency: weekly
              skip:
                - {date: 11/02/2025, reason: the first 01:30 of the day}
              extra:
                - 11/05/2025
            - id: kf301
              name: Los Angeles, every two weeks over both changes
              date: 10/21/2025
              time: 8:00AM-8:55AM
              frequency: bi-weekly
              skip:
                - 11/04/2025
                - 03/10/2026
              extra:
                - 11/11/2025
                - 03/17/2026
            - id: kf302
              name: London, Sunday in the gap
              date: 03/16/2025
              time: 1:30AM-2:00AM
              timezone: Europe/London
              frequency: weekly
              skip:
                - 03/30/2025
              extra:
                - 04/02/2025
            - id: kf303
              name: London, last Thursday
              date: 01/30/2025
              time: 17:00-18:00
              timezone: Europe/London
              frequency: monthly-last
              skip:
                - 04/24/2025
              extra:
                - 11/06/2025
            - id: kf304
              name: Sydney, Thursday evening
              date: 09/04/2025
              time: 18:00-19:00
              timezone: Australia/Sydney
              frequency: weekly
              skip:
                - 10/09/2025
              extra:
                - 10/10/2025
            - id: kf305
              name: Sydney, Sunday in the gap
              date: 09/21/2025
              time: 2:30AM-3:30AM
              timezone: Australia/Sydney
              frequency: weekly
              skip:
                - 10/05/2025
              extra:
                - 10/08/2025
            - id: kf306
              name: Sydney, weekdays over the end of summer time
              date: 03/30/2026
              time: 9:00AM-9:30AM
              timezone: Australia/Sydney
              frequency: weekdays
              until: 04/17/2026
              skip:
                - 04/06/2026
              extra:
                - 04/11/2026
            """;

    @TempDir
    Path directory;

    @Test
    void skipAndExtraAcrossDstMatchBiweekly() throws IOException {
        ValidationResult result = new CalendarValidator(new ValidationOptions(ZoneId.of("America/Los_Angeles"), NOW))
                .validate("calendar.yaml", CALENDAR);
        assertTrue(result.valid(), () -> result.errors().toString());
        List<Meeting> meetings = result.meetings();
        assertEquals(7, meetings.size());

        String text = write(meetings);
        BiweeklyOracle oracle = new BiweeklyOracle(text);
        TargetSnapshot snapshot = new IcsTarget(file(), Clock.fixed(NOW, ZoneOffset.UTC)).read();
        for (Meeting meeting : meetings) {
            OracleTest.checkMeeting(meeting, oracle, snapshot.find(meeting.id()).orElseThrow());
            checkSingleDates(meeting, oracle);
        }
    }

    /**
     * Checks what makes the case a test of EXDATE and RDATE. Each skipped date is a day of the rule and
     * each extra date is not, and biweekly leaves out the skipped starts and has the extra ones. Some of the
     * meeting's single dates lie at another UTC offset than its first meeting. (The skip of kf300 keeps the
     * first meeting's offset on purpose: 01:30 on 11/02/2025 is the first of the two, still in summer time.)
     */
    private static void checkSingleDates(Meeting meeting, BiweeklyOracle oracle) {
        String id = meeting.id();
        ZonedDateTime first = meeting.date().atTime(meeting.start()).atZone(meeting.zone());
        Instant from = first.toInstant();
        Instant to = first.plusYears(2).toInstant();
        TreeSet<Instant> expanded = oracle.between(from, to).get(id);
        boolean otherOffset = false;

        for (DatedNote skipped : meeting.schedule().skipped()) {
            ZonedDateTime start = skipped.date().atTime(meeting.start()).atZone(meeting.zone());
            assertTrue(ExpectedOccurrences.matches(meeting, skipped.date()), id + ": skip " + skipped.date()
                    + " is a day of the rule");
            assertFalse(expanded.contains(start.toInstant()), id + ": biweekly still has skipped " + start);
            otherOffset |= !start.getOffset().equals(first.getOffset());
        }
        for (DatedNote extra : meeting.schedule().extra()) {
            ZonedDateTime start = extra.date().atTime(meeting.start()).atZone(meeting.zone());
            assertFalse(ExpectedOccurrences.matches(meeting, extra.date()), id + ": extra " + extra.date()
                    + " is not a day of the rule");
            assertTrue(expanded.contains(start.toInstant()), id + ": biweekly lacks extra " + start);
            otherOffset |= !start.getOffset().equals(first.getOffset());
        }
        assertTrue(otherOffset, id + ": no skip or extra date at another UTC offset than " + first);
    }

    private String write(List<Meeting> meetings) throws IOException {
        IcsTarget target = new IcsTarget(file(), Clock.fixed(NOW, ZoneOffset.UTC));
        Planner planner = new Planner(new EventMapper(), new RecurrenceQueries());
        target.apply(planner.plan(target.name(), meetings, target.read(), new PlanOptions(NOW, RemovalPolicy.END)));
        return Files.readString(file(), StandardCharsets.UTF_8);
    }

    private Path file() {
        return directory.resolve("calendar.ics");
    }
}
