package io.calendarsync.backend.ics;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.Occurrence;
import io.calendarsync.recurrence.Occurrences;
import io.calendarsync.recurrence.RecurrenceQueries;
import io.calendarsync.testing.BiweeklyOracle;
import io.calendarsync.testing.ExpectedOccurrences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle test. biweekly expands the written .ics from its RRULE, EXDATE and RDATE lines, and for every
 * meeting the result over two years from its first date must be exactly the occurrences its fields mean
 * (computed day by day with java.time). Production expansion (ical4j) of the event read back must agree.
 */
class OracleTest {

    private static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    @TempDir
    Path directory;

    static List<Meeting> meetings() {
        List<Meeting> meetings = new ArrayList<>();

        // Weekly and every N weeks, with until.
        meetings.add(meeting("kf100").date("2020-08-11").time("17:30", "18:25").every(Frequency.WEEKLY, 2)
                .until("2022-09-20").build());
        meetings.add(meeting("kf101").date("2025-04-15").every(Frequency.WEEKLY, 2).build());
        meetings.add(meeting("kf102").date("2025-01-07").time("10:00", "11:00").every(Frequency.WEEKLY, 4).build());
        meetings.add(meeting("kf103").date("2024-12-30").every(Frequency.WEEKLY).until("2026-03-09").build());

        // Daylight saving changes, with skipped and extra dates on both sides, in three hemispheres.
        meetings.add(meeting("kf104").zone("Europe/London").date("2025-03-04").time("09:30", "10:00")
                .every(Frequency.WEEKLY).skip("2025-04-01", "holiday").skip("2025-10-28", "")
                .extra("2025-04-03", "make-up").extra("2025-10-30", "").build());
        meetings.add(meeting("kf105").zone("Australia/Sydney").date("2025-03-30").time("10:00", "11:00")
                .every(Frequency.WEEKLY).skip("2025-04-06", "").extra("2025-10-09", "").build());
        meetings.add(meeting("kf106").zone("Australia/Sydney").date("2025-09-21").time("02:30", "03:30")
                .every(Frequency.WEEKLY).count(6).build());
        meetings.add(meeting("kf107").date("2025-03-02").time("02:30", "03:00").every(Frequency.WEEKLY).build());
        meetings.add(meeting("kf108").date("2025-10-26").time("01:30", "02:00").every(Frequency.WEEKLY).count(4).build());
        meetings.add(meeting("kf109").date("2025-10-24").time("23:30", "00:30").every(Frequency.WEEKLY)
                .skip("2025-11-07", "").build());

        // The nth weekday for n = 1 to 5, the last weekday and the same day number, across year ends.
        for (int day = 1; day <= 29; day += 7) {
            meetings.add(meeting("kf11" + (day / 7)).zone("Europe/Madrid").date(LocalDate.of(2025, 1, day).toString())
                    .time("17:00", "18:00").every(Frequency.MONTHLY_NTH).build());
        }
        meetings.add(meeting("kf115").date("2025-11-12").every(Frequency.MONTHLY_NTH, 2).count(8).build());
        meetings.add(meeting("kf116").zone("Europe/London").date("2025-01-30").every(Frequency.MONTHLY_LAST).build());
        meetings.add(meeting("kf117").date("2025-01-31").every(Frequency.MONTHLY_LAST).until("2026-06-30").build());
        meetings.add(meeting("kf118").date("2025-01-15").every(Frequency.MONTHLY_ON_DAY).skip("2025-03-15", "").build());

        // Daily, weekdays, yearly, once with extra dates, and zones without daylight saving.
        meetings.add(meeting("kf119").zone("Australia/Sydney").date("2025-03-31").time("08:00", "08:30")
                .every(Frequency.DAILY).count(20).build());
        meetings.add(meeting("kf120").date("2025-03-06").every(Frequency.WEEKDAYS).until("2025-12-31")
                .skip("2025-07-04", "Independence Day").extra("2025-07-05", "").build());
        meetings.add(meeting("kf121").date("2024-02-29").every(Frequency.YEARLY).build());
        // 01:30 does not exist in London on 2026-03-29, so that year's meeting moves to 02:30 local time. A
        // first date inside such a gap is left out on purpose, because biweekly then repeats the shifted
        // 02:30 in later years, where RFC 5545 (and production expansion) repeat the written 01:30.
        meetings.add(meeting("kf122").zone("Europe/London").date("2025-03-29").time("01:30", "02:30")
                .every(Frequency.YEARLY).build());
        meetings.add(meeting("kf123").zone("Etc/UTC").date("2025-04-15").time("16:00", "17:00").build());
        meetings.add(meeting("kf124").date("2025-03-07").extra("2025-03-14", "").extra("2025-11-07", "").build());
        meetings.add(meeting("kf125").zone("Asia/Kolkata").date("2025-02-03").time("19:30", "20:30")
                .every(Frequency.WEEKLY, 3).build());
        meetings.add(meeting("kf126").zone("America/Sao_Paulo").date("2025-02-03").time("12:00", "13:00")
                .every(Frequency.DAILY, 3).build());
        return meetings;
    }

    @Test
    void everyOccurrenceIsWhatTheMeetingSays() throws IOException {
        List<Meeting> meetings = meetings();
        String text = write(meetings);

        BiweeklyOracle oracle = new BiweeklyOracle(text);
        TargetSnapshot snapshot = new IcsTarget(file(), Clock.fixed(NOW, ZoneOffset.UTC)).read();
        for (Meeting meeting : meetings) {
            checkMeeting(meeting, oracle, snapshot.find(meeting.id()).orElseThrow());
        }
    }

    /** Writes the meetings through the planner and the iCalendar target, as the apply command does. */
    private String write(List<Meeting> meetings) throws IOException {
        IcsTarget target = new IcsTarget(file(), Clock.fixed(NOW, ZoneOffset.UTC));
        Planner planner = new Planner(new EventMapper(), new RecurrenceQueries());
        target.apply(planner.plan(target.name(), meetings, target.read(), new PlanOptions(NOW, RemovalPolicy.END)));
        return Files.readString(file(), StandardCharsets.UTF_8);
    }

    private Path file() {
        return directory.resolve("calendar.ics");
    }

    static void checkMeeting(Meeting meeting, BiweeklyOracle oracle, TargetEvent stored) {
        Instant from = meeting.date().atStartOfDay(meeting.zone()).toInstant();
        Instant to = meeting.date().plusYears(2).atStartOfDay(meeting.zone()).toInstant();
        String id = meeting.id();

        assertEquals(meeting.zone().getId(), oracle.zoneOf(id).getID(), id + ": zone biweekly read from TZID");
        TreeSet<Instant> fromOracle = oracle.between(from, to).get(id);
        TreeSet<Instant> expected = ExpectedOccurrences.between(meeting, from, to);
        TreeSet<Instant> fromProduction = new TreeSet<>();
        for (Occurrence occurrence : Occurrences.between(stored.event(), from, to)) {
            fromProduction.add(occurrence.start().toInstant());
            assertEquals(meeting.zone(), occurrence.start().getZone(), id + " zone");
        }

        assertFalse(fromOracle.isEmpty(), id + " has no occurrence");
        assertEquals(List.of(), difference(fromOracle, expected), id + ": in biweekly's expansion but not meant by the fields");
        assertEquals(List.of(), difference(expected, fromOracle), id + ": meant by the fields but not in biweekly's expansion");
        assertEquals(fromOracle, fromProduction, id + ": production expansion differs from biweekly");
        for (Instant start : fromOracle) {
            checkOccurrence(meeting, start.atZone(meeting.zone()));
        }
    }

    private static List<ZonedDateTime> difference(TreeSet<Instant> left, TreeSet<Instant> right) {
        return left.stream().filter(i -> !right.contains(i)).map(i -> i.atZone(ZoneOffset.UTC)).toList();
    }

    /** Checks that one occurrence falls on the meeting's weekday, week of month, local time and zone. */
    private static void checkOccurrence(Meeting meeting, ZonedDateTime start) {
        String label = meeting.id() + " at " + start;
        LocalDate day = start.toLocalDate();
        LocalDate first = meeting.date();
        boolean singleDate = day.equals(first)
                || meeting.schedule().extra().stream().map(DatedNote::date).anyMatch(day::equals);

        assertEquals(day.atTime(meeting.start()).atZone(meeting.zone()), start, label + ": local time");
        assertFalse(meeting.schedule().skipped().stream().map(DatedNote::date).anyMatch(day::equals), label + ": skipped");
        meeting.schedule().until().ifPresent(until -> assertFalse(day.isAfter(until) && !singleDate, label + ": after until"));
        if (singleDate) {
            return;
        }
        assertTrue(ExpectedOccurrences.matches(meeting, day), label + ": not on the rule's day");
        switch (meeting.schedule().frequency()) {
            case WEEKLY -> assertEquals(first.getDayOfWeek(), day.getDayOfWeek(), label + ": weekday");
            case MONTHLY_NTH -> {
                assertEquals(first.getDayOfWeek(), day.getDayOfWeek(), label + ": weekday");
                assertEquals(ExpectedOccurrences.weekOfMonth(first), ExpectedOccurrences.weekOfMonth(day),
                        label + ": week of month");
            }
            case MONTHLY_LAST -> {
                assertEquals(first.getDayOfWeek(), day.getDayOfWeek(), label + ": weekday");
                assertTrue(day.plusWeeks(1).getMonth() != day.getMonth(), label + ": not the last in its month");
            }
            case WEEKDAYS -> assertTrue(day.getDayOfWeek().getValue() <= 5, label + ": weekend");
            default -> {
                // The expected-occurrence check above covers the day of DAILY, MONTHLY_ON_DAY and YEARLY.
            }
        }
    }
}
