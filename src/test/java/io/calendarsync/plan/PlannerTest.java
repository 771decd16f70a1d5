package io.calendarsync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Instant NOW = Instant.parse("2025-07-01T16:00:00Z");

    private final EventMapper mapper = new EventMapper();
    private final Planner planner = new Planner(mapper, new RecurrenceQueries());

    @Test
    void newMeetingIsCreated() {
        Plan plan = plan(List.of(weekly("kf100", "2025-07-08")), List.of());

        assertEquals(1, plan.changes().size());
        assertEquals(ChangeKind.CREATE, plan.changes().get(0).kind());
        assertEquals("kf100", plan.changes().get(0).eventId());
        assertEquals(0, plan.unchanged());
    }

    @Test
    void matchingManagedEventIsUnchanged() {
        Meeting meeting = weekly("kf100", "2025-04-01");

        Plan plan = plan(List.of(meeting), List.of(TargetEvent.managed(mapper.apply(meeting))));

        assertFalse(plan.hasChanges());
        assertEquals(1, plan.unchanged());
        assertEquals(1, plan.managed());
    }

    @Test
    void equalMeaningInOtherSpellingIsUnchanged() {
        Meeting meeting = weekly("kf100", "2025-04-01");
        Event written = mapper.apply(meeting);
        Event respelled = new Event(written.id(), written.summary(), written.description() + "\n", written.location(),
                written.start(), written.end(), written.zone(),
                List.of(written.recurrence().get(0).replace("RRULE:FREQ=WEEKLY;BYDAY=TU", "RRULE:BYDAY=TU;INTERVAL=1;FREQ=WEEKLY")),
                List.of("Lead@Example.org"), written.organizer());

        Plan plan = plan(List.of(meeting), List.of(TargetEvent.managed(respelled)));

        assertFalse(plan.hasChanges(), () -> plan.changes().toString());
    }

    @Test
    void changedTimeIsOneUpdateWithFieldChanges() {
        Meeting before = weekly("kf100", "2025-04-01");
        Meeting after = withStart(before, LocalTime.of(9, 0), LocalTime.of(9, 55));

        Plan plan = plan(List.of(after), List.of(TargetEvent.managed(mapper.apply(before))));

        Change change = plan.changes().get(0);
        assertEquals(ChangeKind.UPDATE, change.kind());
        assertEquals(List.of("start", "end"), change.fields().stream().map(FieldChange::field).toList());
        assertEquals("2025-04-01 08:00 America/Los_Angeles", change.fields().get(0).before());
        assertEquals("2025-04-01 09:00 America/Los_Angeles", change.fields().get(0).after());
        assertFalse(change.fields().get(0).drift());
    }

    @Test
    void handEditIsMarkedAsDrift() {
        Meeting meeting = weekly("kf100", "2025-04-01");
        Event written = mapper.apply(meeting);
        Event edited = new Event(written.id(), "Renamed by hand", written.description(), written.location(),
                written.start(), written.end(), written.zone(), written.recurrence(), written.attendees(),
                written.organizer());
        TargetEvent held = new TargetEvent(edited, true, false, "\"etag\"", EventField.hashes(written));

        Plan plan = plan(List.of(meeting), List.of(held));

        Change change = plan.changes().get(0);
        assertEquals(ChangeKind.UPDATE, change.kind());
        assertEquals(1, change.fields().size());
        assertTrue(change.fields().get(0).drift());
        assertEquals(List.of(change), plan.drifted());
    }

    @Test
    void tombstoneIsRestored() {
        Meeting meeting = weekly("kf100", "2025-04-01");
        TargetEvent tombstone = new TargetEvent(mapper.apply(meeting), true, true, "", Map.of());

        Plan plan = plan(List.of(meeting), List.of(tombstone));

        assertEquals(ChangeKind.RESTORE, plan.changes().get(0).kind());
        assertEquals(1, plan.created());
    }

    @Test
    void unmarkedEventWithMeetingIdIsAdopted() {
        Meeting meeting = weekly("kf100", "2025-04-01");
        TargetEvent unmarked = new TargetEvent(mapper.apply(meeting), false, false, "", Map.of());

        Plan plan = plan(List.of(meeting), List.of(unmarked));

        Change change = plan.changes().get(0);
        assertEquals(ChangeKind.UPDATE, change.kind());
        assertTrue(change.reason().startsWith("adopted"), change.reason());
    }

    @Test
    void startedSeriesEndsAfterLastPastOccurrence() {
        Event series = mapper.apply(weekly("kf100", "2025-04-01"));

        Plan plan = plan(List.of(), List.of(TargetEvent.managed(series)));

        Change change = plan.changes().get(0);
        assertEquals(ChangeKind.END_SERIES, change.kind());
        assertTrue(change.reason().contains("2025-07-01"), change.reason());
        String rule = change.desired().orElseThrow().recurrence().get(0);
        assertTrue(rule.contains("UNTIL=20250701T150000Z"), rule);
    }

    @Test
    void unexpandableRemovedSeriesFailsWithFix() {
        Event series = mapper.apply(weekly("kf100", "2025-04-01"));
        Event withExrule = series.withRecurrence(List.of(series.recurrence().get(0), "EXRULE:FREQ=MONTHLY;BYDAY=1TU"));

        CalendarSyncException error = assertThrows(CalendarSyncException.class,
                () -> plan(List.of(), List.of(TargetEvent.managed(withExrule))));

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().startsWith("cannot end series kf100, which is gone from calendar.yaml:"
                + " unsupported recurrence line 'EXRULE:FREQ=MONTHLY;BYDAY=1TU'"), error.getMessage());
        assertTrue(error.getMessage().contains("--removal delete"), error.getMessage());
    }

    @Test
    void seriesNotStartedIsDeleted() {
        Event series = mapper.apply(weekly("kf100", "2025-09-02"));

        Plan plan = plan(List.of(), List.of(TargetEvent.managed(series)));

        assertEquals(ChangeKind.DELETE, plan.changes().get(0).kind());
        assertTrue(plan.changes().get(0).reason().contains("has not started"));
    }

    @Test
    void pastOneOffAndFinishedSeriesStay() {
        Event oneOff = mapper.apply(once("kf100", "2025-03-04"));
        Meeting finished = new Meeting("kf101", "Old series", LocalDate.parse("2025-01-07"), LocalTime.of(8, 0),
                LocalTime.of(9, 0), LOS_ANGELES, Schedule.of(Frequency.WEEKLY, 1, Optional.of(LocalDate.parse("2025-02-25"))),
                List.of(), Optional.empty(), "", Optional.empty(), 1);

        Plan plan = plan(List.of(), List.of(TargetEvent.managed(oneOff), TargetEvent.managed(mapper.apply(finished))));

        assertFalse(plan.hasChanges(), () -> plan.changes().toString());
    }

    @Test
    void deletePolicyDeletesStartedSeries() {
        Event series = mapper.apply(weekly("kf100", "2025-04-01"));

        Plan plan = planner.plan("test", List.of(), new TargetSnapshot(List.of(TargetEvent.managed(series))),
                new PlanOptions(NOW, RemovalPolicy.DELETE));

        assertEquals(ChangeKind.DELETE, plan.changes().get(0).kind());
    }

    @Test
    void unmanagedAndCancelledEventsAreNeverTouched() {
        Event handMade = mapper.apply(weekly("hand00", "2025-09-02"));
        Event deleted = mapper.apply(weekly("gone00", "2025-09-02"));

        Plan plan = plan(List.of(), List.of(new TargetEvent(handMade, false, false, "", Map.of()),
                new TargetEvent(deleted, true, true, "", Map.of())));

        assertFalse(plan.hasChanges());
        assertEquals(0, plan.managed());
    }

    @Test
    void removalsComeLastInIdOrder() {
        Plan plan = plan(List.of(weekly("kf200", "2025-09-02")), List.of(
                TargetEvent.managed(mapper.apply(weekly("kf150", "2025-09-02"))),
                TargetEvent.managed(mapper.apply(weekly("kf120", "2025-09-02")))));

        assertEquals(List.of("kf200", "kf120", "kf150"), plan.changes().stream().map(Change::eventId).toList());
    }

    private Plan plan(List<Meeting> meetings, List<TargetEvent> held) {
        return planner.plan("test", meetings, new TargetSnapshot(held), new PlanOptions(NOW, RemovalPolicy.END));
    }

    private static Meeting weekly(String id, String date) {
        return new Meeting(id, "Meeting " + id, LocalDate.parse(date), LocalTime.of(8, 0), LocalTime.of(8, 55),
                LOS_ANGELES, Schedule.of(Frequency.WEEKLY, 1, Optional.empty()), List.of("lead@example.org"),
                Optional.of("https://meet.example.org/room"), "Agenda in the notes.", Optional.of("lead"), 1);
    }

    private static Meeting once(String id, String date) {
        return new Meeting(id, "Meeting " + id, LocalDate.parse(date), LocalTime.of(8, 0), LocalTime.of(8, 55),
                LOS_ANGELES, Schedule.once(), List.of(), Optional.empty(), "", Optional.empty(), 1);
    }

    private static Meeting withStart(Meeting m, LocalTime start, LocalTime end) {
        return new Meeting(m.id(), m.name(), m.date(), start, end, m.zone(), m.schedule(), m.attendees(), m.video(),
                m.description(), m.organizer(), m.line());
    }
}
