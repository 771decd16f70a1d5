package io.calendarsync.recurrence;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.testing.ExpectedOccurrences;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    private final EventMapper mapper = new EventMapper();

    private List<Occurrence> all(Meeting meeting) {
        return Occurrences.between(mapper.toEvent(meeting), EPOCH, FAR);
    }

    private static List<LocalDate> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.start().toLocalDate()).toList();
    }

    private static List<Instant> instants(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.start().toInstant()).toList();
    }

    @Test
    void untilDayStillHasItsMeeting() {
        Meeting meeting = meeting("kf010").date("2020-08-11").time("17:30", "18:25")
                .every(Frequency.WEEKLY, 2).until("2022-09-20").build();

        List<Occurrence> occurrences = all(meeting);

        assertEquals(LocalDate.parse("2020-08-11"), occurrences.get(0).start().toLocalDate());
        assertEquals(LocalDate.parse("2022-09-20"), occurrences.get(occurrences.size() - 1).start().toLocalDate());
        assertEquals(56, occurrences.size());
        assertEquals(Instant.parse("2022-09-21T00:30:00Z"), occurrences.get(occurrences.size() - 1).start().toInstant());
    }

    @Test
    void countLimitsOccurrences() {
        Meeting meeting = meeting("kf011").date("2025-04-15").every(Frequency.WEEKLY).count(3).build();

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-22"), LocalDate.parse("2025-04-29")),
                dates(all(meeting)));
    }

    @Test
    void monthlyOrdinalAcrossYearEnd() {
        // 2025-11-12 is the 2nd Wednesday of November.
        Meeting meeting = meeting("kf012").date("2025-11-12").every(Frequency.MONTHLY_NTH).count(4).build();

        assertEquals(List.of(LocalDate.parse("2025-11-12"), LocalDate.parse("2025-12-10"),
                LocalDate.parse("2026-01-14"), LocalDate.parse("2026-02-11")), dates(all(meeting)));
    }

    @Test
    void monthlyFourthWeekdayInLongAndShortMonths() {
        // 2026-01-28 is the 4th Wednesday, and February 2026 has exactly four Wednesdays.
        Meeting meeting = meeting("kf013").date("2026-01-28").every(Frequency.MONTHLY_NTH).count(3).build();

        assertEquals(List.of(LocalDate.parse("2026-01-28"), LocalDate.parse("2026-02-25"), LocalDate.parse("2026-03-25")),
                dates(all(meeting)));
    }

    @Test
    void monthlyLastAcrossYearEnd() {
        Meeting meeting = meeting("kf014").date("2025-10-30").every(Frequency.MONTHLY_LAST).count(4).build();

        assertEquals(List.of(LocalDate.parse("2025-10-30"), LocalDate.parse("2025-11-27"),
                LocalDate.parse("2025-12-25"), LocalDate.parse("2026-01-29")), dates(all(meeting)));
    }

    @Test
    void monthlyOnDayKeepsDayNumber() {
        Meeting meeting = meeting("kf015").date("2025-12-15").every(Frequency.MONTHLY_ON_DAY).count(3).build();

        assertEquals(List.of(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-01-15"), LocalDate.parse("2026-02-15")),
                dates(all(meeting)));
    }

    @Test
    void weekdaysSkipWeekends() {
        Meeting meeting = meeting("kf016").date("2025-04-17").every(Frequency.WEEKDAYS).count(4).build();

        assertEquals(List.of(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-18"),
                LocalDate.parse("2025-04-21"), LocalDate.parse("2025-04-22")), dates(all(meeting)));
    }

    @Test
    void yearlyOnFebruary29OnlyInLeapYears() {
        Meeting meeting = meeting("kf017").date("2024-02-29").every(Frequency.YEARLY).count(2).build();

        assertEquals(List.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2028-02-29")), dates(all(meeting)));
    }

    @Test
    void losAngelesKeepsWallTimeAcrossDst() {
        // US daylight saving starts 2025-03-09 and ends 2025-11-02.
        Meeting meeting = meeting("kf020").date("2025-03-02").every(Frequency.WEEKLY).count(2).build();
        Meeting autumn = meeting("kf021").date("2025-10-26").every(Frequency.WEEKLY).count(2).build();

        assertEquals(List.of(Instant.parse("2025-03-02T16:00:00Z"), Instant.parse("2025-03-09T15:00:00Z")),
                instants(all(meeting)));
        assertEquals(List.of(Instant.parse("2025-10-26T15:00:00Z"), Instant.parse("2025-11-02T16:00:00Z")),
                instants(all(autumn)));
        assertTrue(all(meeting).stream().allMatch(o -> o.start().toLocalTime().equals(LocalTime.of(8, 0))));
    }

    @Test
    void londonKeepsWallTimeAcrossDst() {
        // UK summer time runs from 2025-03-30 to 2025-10-26.
        Meeting meeting = meeting("kf022").zone("Europe/London").date("2025-03-23").time("09:00", "10:00")
                .every(Frequency.WEEKLY).count(2).build();
        Meeting autumn = meeting("kf023").zone("Europe/London").date("2025-10-19").time("09:00", "10:00")
                .every(Frequency.WEEKLY).count(2).build();

        assertEquals(List.of(Instant.parse("2025-03-23T09:00:00Z"), Instant.parse("2025-03-30T08:00:00Z")),
                instants(all(meeting)));
        assertEquals(List.of(Instant.parse("2025-10-19T08:00:00Z"), Instant.parse("2025-10-26T09:00:00Z")),
                instants(all(autumn)));
    }

    @Test
    void sydneyKeepsWallTimeAcrossDst() {
        // Sydney daylight saving ends 2025-04-06 and starts 2025-10-05.
        Meeting meeting = meeting("kf024").zone("Australia/Sydney").date("2025-03-30").time("10:00", "11:00")
                .every(Frequency.WEEKLY).count(2).build();
        Meeting spring = meeting("kf025").zone("Australia/Sydney").date("2025-09-28").time("10:00", "11:00")
                .every(Frequency.WEEKLY).count(2).build();

        assertEquals(List.of(Instant.parse("2025-03-29T23:00:00Z"), Instant.parse("2025-04-06T00:00:00Z")),
                instants(all(meeting)));
        assertEquals(List.of(Instant.parse("2025-09-28T00:00:00Z"), Instant.parse("2025-10-04T23:00:00Z")),
                instants(all(spring)));
    }

    @Test
    void startInDstGapMovesForward() {
        // 02:30 does not exist in Los Angeles on 2025-03-09, so RFC 5545 reads it with the offset before the gap.
        Meeting meeting = meeting("kf026").date("2025-03-02").time("02:30", "03:00").every(Frequency.WEEKLY).count(3).build();

        List<Occurrence> occurrences = all(meeting);

        assertEquals(Instant.parse("2025-03-09T10:30:00Z"), occurrences.get(1).start().toInstant());
        assertEquals(LocalTime.of(3, 30), occurrences.get(1).start().toLocalTime());
        assertEquals(LocalTime.of(2, 30), occurrences.get(2).start().toLocalTime());
    }

    @Test
    void firstStartInDstGapKeepsWrittenTime() {
        // 01:30 does not exist in London on 2025-03-30, so that meeting starts at 02:30 BST. The rule still
        // repeats the written 01:30, which exists in 2026.
        Meeting meeting = meeting("kf038").zone("Europe/London").date("2025-03-30").time("01:30", "02:30")
                .every(Frequency.YEARLY).count(2).build();

        assertEquals(List.of(Instant.parse("2025-03-30T01:30:00Z"), Instant.parse("2026-03-30T00:30:00Z")),
                instants(all(meeting)));
    }

    @Test
    void exdateAndRdateAcrossDst() {
        // Weekly from winter into summer time in London, without the first summer week and with a Thursday.
        Meeting meeting = meeting("kf027").zone("Europe/London").date("2025-03-18").time("09:30", "10:00")
                .every(Frequency.WEEKLY).count(4)
                .skip("2025-04-01", "holiday").extra("2025-04-03", "make-up").build();

        List<Occurrence> occurrences = all(meeting);

        assertEquals(List.of(
                Instant.parse("2025-03-18T09:30:00Z"),
                Instant.parse("2025-03-25T09:30:00Z"),
                Instant.parse("2025-04-03T08:30:00Z"),
                Instant.parse("2025-04-08T08:30:00Z")), instants(occurrences));
        assertEquals(ZoneId.of("Europe/London"), occurrences.get(2).start().getZone());
        assertEquals(LocalDateTime.parse("2025-04-03T10:00"), occurrences.get(2).end().toLocalDateTime());
    }

    @Test
    void exdateWithUtcValueMatchesInstant() {
        Event event = mapper.toEvent(meeting("kf028").date("2025-04-15").every(Frequency.WEEKLY).count(3).build());
        Event skipped = event.withRecurrence(List.of(event.recurrence().get(0), "EXDATE:20250422T150000Z"));

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-29")),
                dates(Occurrences.between(skipped, EPOCH, FAR)));
    }

    @Test
    void exdateOnDtstartRemovesFirst() {
        Meeting meeting = meeting("kf029").date("2025-04-15").every(Frequency.WEEKLY).count(3).skip("2025-04-15", "").build();

        Optional<Occurrence> first = Occurrences.first(mapper.toEvent(meeting));

        assertEquals(LocalDate.parse("2025-04-22"), first.orElseThrow().start().toLocalDate());
    }

    @Test
    void onceWithExtraDate() {
        Meeting meeting = meeting("kf030").date("2025-04-15").extra("2025-04-17", "").build();

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-17")), dates(all(meeting)));
    }

    @Test
    void betweenIsHalfOpen() {
        Event event = mapper.toEvent(meeting("kf031").date("2025-04-15").every(Frequency.WEEKLY).build());
        Instant first = Instant.parse("2025-04-15T15:00:00Z");
        Instant third = Instant.parse("2025-04-29T15:00:00Z");

        List<Occurrence> occurrences = Occurrences.between(event, first, third);

        assertEquals(List.of(first, Instant.parse("2025-04-22T15:00:00Z")), instants(occurrences));
    }

    @Test
    void nextFromMidSeries() {
        // Every other Tuesday since 2020-08-11 falls on 2025-04-15, 04-29, 05-13 and 05-27.
        Event event = mapper.toEvent(meeting("kf032").date("2020-08-11").time("17:30", "18:25")
                .every(Frequency.WEEKLY, 2).skip("2025-04-29", "").build());

        List<Occurrence> next = Occurrences.next(event, Instant.parse("2025-04-09T00:00:00Z"), 3);

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-05-13"), LocalDate.parse("2025-05-27")),
                dates(next));
    }

    @Test
    void nextLongAfterStartMatchesDayByDay() {
        // Searches years after DTSTART start from a nearer seed; the day-by-day reading checks they lose nothing.
        List<Meeting> meetings = List.of(
                meeting("kf040").date("2019-01-01").every(Frequency.WEEKLY, 3).build(),
                meeting("kf041").zone("Europe/London").date("2019-03-31").time("01:30", "02:00")
                        .every(Frequency.WEEKLY).build(),
                meeting("kf042").date("2019-01-15").every(Frequency.MONTHLY_NTH, 2).build(),
                meeting("kf043").zone("Australia/Sydney").date("2019-01-31").every(Frequency.MONTHLY_LAST).build(),
                meeting("kf044").date("2019-01-31").every(Frequency.MONTHLY_ON_DAY).build(),
                meeting("kf045").date("2019-01-01").every(Frequency.DAILY, 5).build(),
                meeting("kf046").date("2019-01-04").every(Frequency.WEEKDAYS).build(),
                meeting("kf047").date("2019-02-28").every(Frequency.YEARLY).build());

        for (Meeting meeting : meetings) {
            Event event = mapper.toEvent(meeting);
            for (Instant from = Instant.parse("2025-01-01T00:00:00Z"); from.isBefore(Instant.parse("2026-01-01T00:00:00Z"));
                    from = from.plus(Duration.ofDays(37))) {
                List<Instant> expected = ExpectedOccurrences.between(meeting, from, from.plus(Duration.ofDays(5 * 366)))
                        .stream().limit(4).toList();
                assertEquals(expected, instants(Occurrences.next(event, from, 4)), meeting.id() + " from " + from);
            }
        }
    }

    @Test
    void nextAfterSeriesEndIsEmpty() {
        Event event = mapper.toEvent(meeting("kf033").date("2025-04-15").every(Frequency.WEEKLY).until("2025-05-01").build());

        assertEquals(List.of(), Occurrences.next(event, Instant.parse("2025-05-02T00:00:00Z"), 3));
    }

    @Test
    void lastStartBeforeIsStrict() {
        Event event = mapper.toEvent(meeting("kf034").date("2025-04-15").every(Frequency.WEEKLY).build());

        Optional<Occurrence> last = Occurrences.lastStartBefore(event, Instant.parse("2025-04-29T15:00:00Z"));
        Optional<Occurrence> none = Occurrences.lastStartBefore(event, Instant.parse("2025-04-15T15:00:00Z"));

        assertEquals(LocalDate.parse("2025-04-22"), last.orElseThrow().start().toLocalDate());
        assertEquals(Optional.empty(), none);
    }

    @Test
    void occurrenceEndKeepsDuration() {
        Event event = mapper.toEvent(meeting("kf035").date("2025-04-15").time("23:30", "00:15").every(Frequency.WEEKLY).build());

        Occurrence second = Occurrences.next(event, Instant.parse("2025-04-20T00:00:00Z"), 1).get(0);

        assertEquals(LocalDateTime.parse("2025-04-22T23:30"), second.start().toLocalDateTime());
        assertEquals(LocalDateTime.parse("2025-04-23T00:15"), second.end().toLocalDateTime());
    }

    @Test
    void googleStyleUntilDateCountsWholeDay() {
        Event event = mapper.toEvent(meeting("kf036").date("2025-04-15").every(Frequency.WEEKLY).build())
                .withRecurrence(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250429"));

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-22"), LocalDate.parse("2025-04-29")),
                dates(Occurrences.between(event, EPOCH, FAR)));
    }

    @Test
    void invalidLineNamesIt() {
        Event event = mapper.toEvent(meeting("kf037").build()).withRecurrence(List.of("RRULE:FREQ=FORTNIGHTLY"));
        Event exrule = event.withRecurrence(List.of("EXRULE:FREQ=WEEKLY"));
        Event badDate = event.withRecurrence(List.of("EXDATE;TZID=America/Los_Angeles:2025-04-15"));

        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> Occurrences.check(event));
        IllegalArgumentException deprecated = assertThrows(IllegalArgumentException.class, () -> Occurrences.check(exrule));
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> Occurrences.check(badDate));

        assertTrue(rule.getMessage().contains("RRULE:FREQ=FORTNIGHTLY"), rule.getMessage());
        assertTrue(deprecated.getMessage().contains("EXRULE is deprecated"), deprecated.getMessage());
        assertTrue(date.getMessage().contains("'2025-04-15' is not a date-time value"), date.getMessage());
    }
}
