package io.calendarsync.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Occurrences#lastStartBefore} searches windows that grow backwards from the instant. These tests
 * compare it with the last element of a full expansion from DTSTART, the definition it must match, for the
 * sample calendars and for rules the window search could get wrong.
 */
class LastOccurrenceTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The last occurrence before {@code instant} as the full expansion from DTSTART gives it. */
    private static Optional<Instant> expected(Event event, Instant instant) {
        Instant first = event.start().atZone(event.zone()).toInstant();
        List<Occurrence> all = Occurrences.between(event, first, instant);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).start().toInstant());
    }

    private static Optional<Instant> actual(Event event, Instant instant) {
        return Occurrences.lastStartBefore(event, instant).map(occurrence -> occurrence.start().toInstant());
    }

    /** Instants every 17 days from 2018 to 2031, plus the starts of the event's first occurrences. */
    private static List<Instant> probes(Event event) {
        List<Instant> probes = new ArrayList<>();
        for (Instant probe = Instant.parse("2018-01-03T10:00:00Z"); probe.isBefore(Instant.parse("2031-01-01T00:00:00Z"));
                probe = probe.plusSeconds(17 * 86_400)) {
            probes.add(probe);
        }
        Instant first = event.start().atZone(event.zone()).toInstant();
        for (Occurrence occurrence : Occurrences.between(event, first, first.plusSeconds(400L * 86_400))) {
            probes.add(occurrence.start().toInstant());
            probes.add(occurrence.start().toInstant().plusSeconds(1));
        }
        return probes;
    }

    private static void assertSameAsFullExpansion(Event event) {
        for (Instant probe : probes(event)) {
            assertEquals(expected(event, probe), actual(event, probe), () -> event.id() + " before " + probe);
        }
    }

    private static Event event(String id, String start, ZoneId zone, String... recurrence) {
        LocalDateTime local = LocalDateTime.parse(start);
        return new Event(id, "Meeting " + id, "", "", local, local.plusMinutes(50), zone, List.of(recurrence),
                List.of(), "");
    }

    @Test
    void sampleMeetingsMatchFullExpansion() throws IOException {
        EventMapper mapper = new EventMapper();
        ValidationOptions options = new ValidationOptions(LOS_ANGELES, Instant.parse("2025-07-01T00:00:00Z"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            samples = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        int meetings = 0;
        for (Path sample : samples) {
            ValidationResult result = new CalendarValidator(options).validate(sample);
            for (Meeting meeting : result.meetings()) {
                assertSameAsFullExpansion(mapper.toEvent(meeting));
                meetings++;
            }
        }
        assertTrue(meetings >= 90, "meetings compared: " + meetings);
    }

    @Test
    void seriesThatEndedYearsAgo() {
        assertSameAsFullExpansion(event("ended", "2019-01-08T09:00", LOS_ANGELES,
                "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20200310T235959Z"));
    }

    @Test
    void openEndedSeries() {
        assertSameAsFullExpansion(event("open", "2019-03-05T17:30", BERLIN, "RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TU"));
        assertSameAsFullExpansion(event("daily", "2020-01-01T08:00", BERLIN, "RRULE:FREQ=DAILY;INTERVAL=3"));
    }

    @Test
    void countedSeries() {
        assertSameAsFullExpansion(event("counted", "2019-06-03T12:00", LOS_ANGELES, "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=40"));
    }

    @Test
    void rulesWithLongGaps() {
        assertSameAsFullExpansion(event("leap", "2016-02-29T10:00", BERLIN, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"));
        assertSameAsFullExpansion(event("fifth", "2019-04-30T10:00", LOS_ANGELES, "RRULE:FREQ=MONTHLY;BYDAY=5TU"));
        assertSameAsFullExpansion(event("yearly", "2018-05-14T10:00", LOS_ANGELES,
                "RRULE:FREQ=YEARLY;INTERVAL=3;UNTIL=20300101T000000Z"));
    }

    @Test
    void excludedAndAddedDates() {
        Event event = event("dates", "2024-01-09T09:00", LOS_ANGELES,
                "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20240227T235959Z",
                "EXDATE;TZID=America/Los_Angeles:20240227T090000",
                "RDATE;TZID=America/Los_Angeles:20250617T090000");

        assertSameAsFullExpansion(event);
        assertEquals(Optional.of(ZonedDateTime.parse("2024-02-20T09:00-08:00[America/Los_Angeles]").toInstant()),
                actual(event, Instant.parse("2025-06-01T00:00:00Z")));
        assertEquals(Optional.of(ZonedDateTime.parse("2025-06-17T09:00-07:00[America/Los_Angeles]").toInstant()),
                actual(event, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void oneOffMeeting() {
        Event event = event("once", "2022-10-30T02:30", BERLIN);

        assertSameAsFullExpansion(event);
        assertEquals(Optional.empty(), actual(event, Instant.parse("2022-10-29T00:00:00Z")));
    }

    @Test
    void addedDateBeforeTheFirstStart() {
        // An extra date may come before date, and then it is the series' first occurrence.
        Event event = event("early", "2024-01-09T09:00", LOS_ANGELES, "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3",
                "RDATE;TZID=America/Los_Angeles:20240103T090000");

        assertEquals(Optional.of(ZonedDateTime.parse("2024-01-03T09:00-08:00[America/Los_Angeles]").toInstant()),
                actual(event, Instant.parse("2024-01-08T00:00:00Z")));
        assertEquals(Optional.of(ZonedDateTime.parse("2024-01-23T09:00-08:00[America/Los_Angeles]").toInstant()),
                actual(event, Instant.parse("2024-06-01T00:00:00Z")));
    }
}
