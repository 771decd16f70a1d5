package io.calendarsync.recurrence;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeriesEndsTest {

    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    private final EventMapper mapper = new EventMapper();

    private static List<LocalDate> dates(Event event) {
        return Occurrences.between(event, EPOCH, FAR).stream().map(o -> o.start().toLocalDate()).toList();
    }

    @Test
    void endAfterKeepsPastOccurrences() {
        Event event = mapper.toEvent(meeting("kf001").date("2025-04-15").every(Frequency.WEEKLY).build());
        Instant thirdStart = Instant.parse("2025-04-29T15:00:00Z");

        Event ended = SeriesEnds.endAfter(event, thirdStart);

        assertEquals(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250429T150000Z"), ended.recurrence());
        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-22"), LocalDate.parse("2025-04-29")),
                dates(ended));
    }

    @Test
    void endAfterReplacesCountInPlace() {
        Event event = mapper.toEvent(meeting("kf002").date("2025-04-15").every(Frequency.WEEKLY, 2).count(10).build());

        Event ended = SeriesEnds.endAfter(event, Instant.parse("2025-05-13T15:00:00Z"));

        assertEquals(List.of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20250513T150000Z"), ended.recurrence());
    }

    @Test
    void endAfterKeepsEarlierUntil() {
        Event event = mapper.toEvent(meeting("kf003").date("2025-04-15").every(Frequency.WEEKLY).until("2025-04-22").build());

        Event ended = SeriesEnds.endAfter(event, Instant.parse("2025-06-03T15:00:00Z"));

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-22")), dates(ended));
    }

    @Test
    void endAfterExtraDateKeepsRuleShort() {
        // The rule ended after three weeks; the last occurrence is an extra date a month later.
        Event event = mapper.toEvent(meeting("kf004").date("2025-04-15").every(Frequency.WEEKLY).count(3)
                .extra("2025-05-29", "").build());

        Event ended = SeriesEnds.endAfter(event, Instant.parse("2025-05-29T15:00:00Z"));

        assertEquals(dates(event), dates(ended));
        assertEquals("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250429T150000Z", ended.recurrence().get(0));
    }

    @Test
    void endAfterDropsLaterDates() {
        Event event = mapper.toEvent(meeting("kf005").zone("Europe/London").date("2025-04-15").time("09:00", "10:00")
                .every(Frequency.WEEKLY)
                .skip("2025-04-22", "").skip("2025-05-06", "")
                .extra("2025-04-24", "").extra("2025-05-08", "")
                .build());

        Event ended = SeriesEnds.endAfter(event, Instant.parse("2025-04-29T08:00:00Z"));

        assertEquals(List.of(
                "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250429T080000Z",
                "EXDATE;TZID=Europe/London:20250422T090000",
                "RDATE;TZID=Europe/London:20250424T090000"), ended.recurrence());
        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-24"), LocalDate.parse("2025-04-29")),
                dates(ended));
    }

    @Test
    void endBeforeUsesLastPastOccurrence() {
        Event event = mapper.toEvent(meeting("kf006").date("2025-04-15").every(Frequency.WEEKLY).build());

        Optional<Event> ended = SeriesEnds.endBefore(event, Instant.parse("2025-04-25T00:00:00Z"));
        Optional<Event> notStarted = SeriesEnds.endBefore(event, Instant.parse("2025-04-01T00:00:00Z"));

        assertEquals(List.of(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-04-22")), dates(ended.orElseThrow()));
        assertEquals(Optional.empty(), notStarted);
    }

    @Test
    void endAfterBeforeStartIsRejected() {
        Event event = mapper.toEvent(meeting("kf007").date("2025-04-15").every(Frequency.WEEKLY).build());

        assertThrows(IllegalArgumentException.class, () -> SeriesEnds.endAfter(event, Instant.parse("2025-04-01T00:00:00Z")));
    }

    @Test
    void recurrenceQueriesAnswerThePlanner() {
        Event event = mapper.toEvent(meeting("kf008").date("2025-04-15").every(Frequency.WEEKLY).count(3).build());
        RecurrenceQueries queries = new RecurrenceQueries();

        assertEquals(Optional.of(Instant.parse("2025-04-22T15:00:00Z")),
                queries.lastStartBefore(event, Instant.parse("2025-04-25T00:00:00Z")));
        assertEquals(true, queries.occursFrom(event, Instant.parse("2025-04-29T15:00:00Z")));
        assertEquals(false, queries.occursFrom(event, Instant.parse("2025-04-29T15:00:01Z")));
        assertEquals(SeriesEnds.endAfter(event, Instant.parse("2025-04-22T15:00:00Z")),
                queries.endAfter(event, Instant.parse("2025-04-22T15:00:00Z")));
    }
}
