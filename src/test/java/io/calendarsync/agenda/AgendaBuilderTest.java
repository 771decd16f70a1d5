package io.calendarsync.agenda;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.sync.Sync;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Agendas across the DST changes of autumn 2025: the United States on 11/02, the European Union and the
 * United Kingdom on 10/26, and Australia (clocks forward) on 10/05.
 */
class AgendaBuilderTest {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Tuesdays 08:00 in Los Angeles: 15:00 UTC in summer time, 16:00 UTC after 11/02/2025. */
    static Meeting losAngeles() {
        return meeting("kf100").name("Community call").date("2025-10-14").time("08:00", "08:55")
                .every(Frequency.WEEKLY).build();
    }

    /** Mondays 09:30 in London: 08:30 UTC in summer time, 09:30 UTC after 10/26/2025. */
    static Meeting london() {
        return meeting("kf101").name("EMEA sync").zone("Europe/London").date("2025-10-13").time("09:30", "10:00")
                .every(Frequency.WEEKLY).build();
    }

    /** Mondays 10:00 in Sydney: Monday 00:00 UTC in standard time, Sunday 23:00 UTC after 10/05/2025. */
    static Meeting sydney() {
        return meeting("kf102").name("APAC sync").zone("Australia/Sydney").date("2025-09-22").time("10:00", "11:00")
                .every(Frequency.WEEKLY).build();
    }

    private static Agenda build(List<Meeting> meetings, String firstDay, int days) {
        return new AgendaBuilder().build(meetings, LocalDate.parse(firstDay), days, LOS_ANGELES);
    }

    private static List<Instant> starts(Agenda agenda) {
        return agenda.entries().stream().map(entry -> entry.start().toInstant()).toList();
    }

    private static List<String> shifts(Agenda agenda) {
        return agenda.entries().stream().map(entry -> entry.utcShift().map(UtcShift::describe).orElse("")).toList();
    }

    @Test
    void losAngelesShiftIsMarkedInDstWeek() {
        Agenda agenda = build(List.of(losAngeles()), "2025-10-27", 14);

        assertEquals(List.of(Instant.parse("2025-10-28T15:00:00Z"), Instant.parse("2025-11-04T16:00:00Z")),
                starts(agenda));
        assertEquals(List.of("", "UTC time moves from 15:00 to 16:00 (DST change in America/Los_Angeles)"),
                shifts(agenda));
        assertTrue(agenda.entries().stream().allMatch(entry -> entry.start().getHour() == 8));
    }

    @Test
    void firstEntryIsComparedWithOccurrenceBeforeAgenda() {
        Agenda agenda = build(List.of(losAngeles()), "2025-11-03", 7);

        assertEquals(List.of(Instant.parse("2025-11-04T16:00:00Z")), starts(agenda));
        assertEquals(List.of("UTC time moves from 15:00 to 16:00 (DST change in America/Los_Angeles)"),
                shifts(agenda));
    }

    @Test
    void firstOccurrenceOfSeriesHasNoShift() {
        Meeting meeting = meeting("kf100").date("2025-11-04").every(Frequency.WEEKLY).build();

        Agenda agenda = build(List.of(meeting), "2025-11-03", 7);

        assertEquals(List.of(""), shifts(agenda));
    }

    @Test
    void londonShiftIsMarkedInDstWeek() {
        Agenda agenda = build(List.of(london()), "2025-10-19", 14);

        assertEquals(List.of(Instant.parse("2025-10-20T08:30:00Z"), Instant.parse("2025-10-27T09:30:00Z")),
                starts(agenda));
        assertEquals(List.of("", "UTC time moves from 08:30 to 09:30 (DST change in Europe/London)"), shifts(agenda));
    }

    @Test
    void sydneyShiftNamesUtcDaysWhenTheyChange() {
        Agenda agenda = build(List.of(sydney()), "2025-09-29", 7);

        assertEquals(List.of(Instant.parse("2025-10-05T23:00:00Z")), starts(agenda));
        UtcShift shift = agenda.entries().get(0).utcShift().orElseThrow();
        assertEquals("UTC time moves from Mon 00:00 to Sun 23:00 (DST change in Australia/Sydney)", shift.describe());
        assertEquals(UtcShift.Cause.DAYLIGHT_SAVING, shift.cause());
        assertEquals(ZonedDateTime.parse("2025-10-06T10:00+11:00[Australia/Sydney]"), agenda.entries().get(0).start());
    }

    @Test
    void entriesOfAllZonesAreInTimeOrder() {
        Agenda agenda = build(List.of(losAngeles(), london(), sydney()), "2025-10-26", 7);

        assertEquals(List.of("kf102", "kf101", "kf100"),
                agenda.entries().stream().map(AgendaEntry::meetingId).toList());
        assertEquals(List.of(Instant.parse("2025-10-26T23:00:00Z"), Instant.parse("2025-10-27T09:30:00Z"),
                Instant.parse("2025-10-28T15:00:00Z")), starts(agenda));
        assertEquals(3, agenda.meetingCount());
    }

    @Test
    void agendaDaysAreCountedInItsZone() {
        // 2025-10-26T23:00Z is still Sunday 10/26 in Los Angeles, so a Monday agenda there leaves it out.
        Agenda agenda = build(List.of(sydney()), "2025-10-27", 1);

        assertTrue(agenda.entries().isEmpty());
        assertEquals(Instant.parse("2025-10-27T07:00:00Z"), agenda.from());
        assertEquals(Instant.parse("2025-10-28T07:00:00Z"), agenda.to());
    }

    @Test
    void meetingsAtSameInstantKeepFileOrder() {
        Meeting second = meeting("kf200").time("08:00", "09:00").date("2025-10-28").build();
        Meeting first = meeting("kf300").zone("America/New_York").time("11:00", "11:30").date("2025-10-28").build();

        Agenda agenda = build(List.of(second, first), "2025-10-28", 1);

        assertEquals(List.of("kf200", "kf300"), agenda.entries().stream().map(AgendaEntry::meetingId).toList());
    }

    @Test
    void skippedAndExtraDatesFollowTheSchedule() {
        Meeting meeting = meeting("kf100").date("2025-10-14").every(Frequency.WEEKLY)
                .skip("2025-10-28", "conference").extra("2025-10-30", "make-up").build();

        Agenda agenda = build(List.of(meeting), "2025-10-27", 7);

        assertEquals(List.of(Instant.parse("2025-10-30T15:00:00Z")), starts(agenda));
    }

    @Test
    void offsetChangeWithoutDstIsNamedSo() {
        // Volgograd moved from UTC+4 to UTC+3 on 12/27/2020, without daylight saving time on either side.
        Meeting meeting = meeting("kf400").zone("Europe/Volgograd").date("2020-12-21").time("10:00", "11:00")
                .every(Frequency.WEEKLY).build();

        Agenda agenda = new AgendaBuilder().build(List.of(meeting), LocalDate.parse("2020-12-27"), 7,
                ZoneId.of("Europe/Volgograd"));

        UtcShift shift = agenda.entries().get(0).utcShift().orElseThrow();
        assertEquals(UtcShift.Cause.OFFSET_CHANGE, shift.cause());
        assertEquals("UTC time moves from 06:00 to 07:00 (UTC offset change in Europe/Volgograd)", shift.describe());
    }

    @Test
    void startMovedByDstGapShiftsTheWeekAfter() {
        // 02:30 does not exist in Los Angeles on 03/08/2026; that meeting starts at 03:30, still 10:30 UTC.
        Meeting meeting = meeting("kf500").date("2026-03-01").time("02:30", "03:00").every(Frequency.WEEKLY).build();

        Agenda agenda = build(List.of(meeting), "2026-03-08", 8);

        assertEquals(List.of(Instant.parse("2026-03-08T10:30:00Z"), Instant.parse("2026-03-15T09:30:00Z")),
                starts(agenda));
        assertEquals(Optional.empty(), agenda.entries().get(0).utcShift());
        UtcShift shift = agenda.entries().get(1).utcShift().orElseThrow();
        assertEquals(UtcShift.Cause.DST_GAP, shift.cause());
        assertEquals("UTC time moves from 10:30 to 09:30 (the previous meeting was moved by a DST gap in"
                + " America/Los_Angeles)", shift.describe());
    }

    @Test
    void planNextOccurrencesUseAgendaEntries() {
        Clock clock = Clock.fixed(Instant.parse("2025-10-27T00:00:00Z"), ZoneOffset.UTC);

        List<ZonedDateTime> planned = new Sync(clock).summarize(losAngeles()).nextStarts();
        List<AgendaEntry> next = new AgendaBuilder().next(losAngeles(), clock.instant(), Sync.NEXT_OCCURRENCES);

        assertEquals(List.of(Instant.parse("2025-10-28T15:00:00Z"), Instant.parse("2025-11-04T16:00:00Z"),
                Instant.parse("2025-11-11T16:00:00Z")), planned.stream().map(ZonedDateTime::toInstant).toList());
        assertEquals(planned, next.stream().map(AgendaEntry::start).toList());
        assertTrue(next.get(1).utcShift().isPresent());
    }
}
