package io.calendarsync.recurrence;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventMapperTest {

    private final EventMapper mapper = new EventMapper();

    @Test
    void onceHasNoRecurrence() {
        Event event = mapper.toEvent(meeting("kf001").date("2025-04-15").build());

        assertEquals(List.of(), event.recurrence());
        assertEquals(LocalDateTime.parse("2025-04-15T08:00"), event.start());
        assertEquals(LocalDateTime.parse("2025-04-15T08:55"), event.end());
        assertEquals(ZoneId.of("America/Los_Angeles"), event.zone());
    }

    @ParameterizedTest(name = "{0} every {1} from {2}")
    @CsvSource({
            "WEEKLY, 1, 2025-04-15, RRULE:FREQ=WEEKLY;BYDAY=TU",
            "WEEKLY, 2, 2025-04-15, RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            "WEEKLY, 4, 2025-04-17, RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TH",
            "DAILY, 1, 2025-04-15, RRULE:FREQ=DAILY",
            "WEEKDAYS, 1, 2025-04-15, 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'",
            "MONTHLY_NTH, 1, 2025-04-01, RRULE:FREQ=MONTHLY;BYDAY=1TU",
            "MONTHLY_NTH, 1, 2025-04-07, RRULE:FREQ=MONTHLY;BYDAY=1MO",
            "MONTHLY_NTH, 1, 2025-04-08, RRULE:FREQ=MONTHLY;BYDAY=2TU",
            "MONTHLY_NTH, 1, 2025-04-15, RRULE:FREQ=MONTHLY;BYDAY=3TU",
            "MONTHLY_NTH, 1, 2025-04-28, RRULE:FREQ=MONTHLY;BYDAY=4MO",
            "MONTHLY_NTH, 1, 2025-04-29, RRULE:FREQ=MONTHLY;BYDAY=5TU",
            "MONTHLY_NTH, 3, 2025-04-09, RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE",
            "MONTHLY_LAST, 1, 2025-04-24, RRULE:FREQ=MONTHLY;BYDAY=-1TH",
            "MONTHLY_ON_DAY, 1, 2025-04-15, RRULE:FREQ=MONTHLY;BYMONTHDAY=15",
            "YEARLY, 1, 2025-04-15, RRULE:FREQ=YEARLY",
    })
    void frequencyBecomesRrule(Frequency frequency, int interval, String date, String expected) {
        Event event = mapper.toEvent(meeting("kf001").date(date).every(frequency, interval).build());

        assertEquals(List.of(expected), event.recurrence());
    }

    @Test
    void untilIsEndOfDayInUtc() {
        Meeting meeting = meeting("kf010").date("2020-08-11").time("17:30", "18:25")
                .every(Frequency.WEEKLY, 2).until("2022-09-20").build();

        // 2022-09-20 23:59:59 in Los Angeles (UTC-7 in September) is 2022-09-21 06:59:59 UTC.
        assertEquals(List.of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20220921T065959Z"),
                mapper.toEvent(meeting).recurrence());
    }

    @Test
    void untilFollowsTheZoneOffsetOfThatDay() {
        Meeting winter = meeting("kf011").zone("Europe/London").date("2025-01-07").every(Frequency.WEEKLY)
                .until("2025-12-16").build();
        Meeting sydney = meeting("kf012").zone("Australia/Sydney").date("2025-01-07").every(Frequency.WEEKLY)
                .until("2025-01-28").build();

        assertEquals(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20251216T235959Z"), mapper.toEvent(winter).recurrence());
        // Sydney is UTC+11 in January, so the end of the day is 12:59:59 UTC the same day.
        assertEquals(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250128T125959Z"), mapper.toEvent(sydney).recurrence());
    }

    @Test
    void countIsWrittenAfterByday() {
        Meeting meeting = meeting("kf013").every(Frequency.MONTHLY_LAST).date("2025-04-29").count(10).build();

        assertEquals(List.of("RRULE:FREQ=MONTHLY;BYDAY=-1TU;COUNT=10"), mapper.toEvent(meeting).recurrence());
    }

    @Test
    void skippedAndExtraDatesAtStartTime() {
        Meeting meeting = meeting("kf014").zone("Europe/London").date("2025-03-04").time("09:30", "10:00")
                .every(Frequency.WEEKLY)
                .skip("2025-04-01", "holiday").skip("2025-03-18", "")
                .extra("2025-03-27", "make-up")
                .build();

        assertEquals(List.of(
                "RRULE:FREQ=WEEKLY;BYDAY=TU",
                "EXDATE;TZID=Europe/London:20250318T093000",
                "EXDATE;TZID=Europe/London:20250401T093000",
                "RDATE;TZID=Europe/London:20250327T093000"), mapper.toEvent(meeting).recurrence());
    }

    @Test
    void overnightMeetingEndsNextDay() {
        Event event = mapper.toEvent(meeting("kf015").date("2025-12-31").time("23:00", "00:30").build());

        assertEquals(LocalDateTime.parse("2025-12-31T23:00"), event.start());
        assertEquals(LocalDateTime.parse("2026-01-01T00:30"), event.end());
    }

    @Test
    void fieldsCarryOver() {
        Meeting meeting = meeting("kf016").name("Pipelines WG").description("Agenda: https://notes.example.org")
                .video("https://zoom.example.com/j/1").attendee("a@example.org").attendee("b@example.org")
                .organizer("octocat").build();

        Event event = mapper.toEvent(meeting);

        assertEquals("kf016", event.id());
        assertEquals("Pipelines WG", event.summary());
        assertEquals("Agenda: https://notes.example.org", event.description());
        assertEquals("https://zoom.example.com/j/1", event.location());
        assertEquals(List.of("a@example.org", "b@example.org"), event.attendees());
        assertEquals("octocat", event.organizer());
    }

    @Test
    void missingVideoAndOrganizerAreEmpty() {
        Event event = mapper.toEvent(meeting("kf017").build());

        assertEquals("", event.location());
        assertEquals("", event.organizer());
    }

    @Test
    void sameMeetingSameEvent() {
        Meeting meeting = meeting("kf018").every(Frequency.WEEKLY, 2).until("2025-06-24")
                .skip("2025-05-13", "").skip("2025-04-29", "").extra("2025-05-15", "").build();

        assertEquals(mapper.toEvent(meeting), mapper.toEvent(meeting));
        assertEquals(mapper.toEvent(meeting).recurrence(), new EventMapper().apply(meeting).recurrence());
    }
}
