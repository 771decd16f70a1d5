package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.emulator.Journal;
import io.calendarsync.model.Event;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.ChangeKind;
import io.calendarsync.plan.EventField;
import io.calendarsync.plan.Plan;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoogleTargetApplyTest {

    private final GoogleFixture fixture = new GoogleFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    static Event weekly(String id, String summary) {
        return new Event(id, summary, "Notes: https://notes.example.org", "https://zoom.example.com/j/1",
                LocalDateTime.of(2025, 4, 15, 8, 0), LocalDateTime.of(2025, 4, 15, 8, 55),
                ZoneId.of("America/Los_Angeles"), List.of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
                List.of("member2@example.org"), "member4@example.org");
    }

    static Change create(Event event) {
        return new Change(ChangeKind.CREATE, event.id(), Optional.empty(), Optional.empty(), Optional.of(event),
                List.of(), "new in calendar.yaml");
    }

    static Plan plan(List<Change> changes, int managed) {
        return new Plan("google:" + GoogleFixture.CALENDAR_ID, changes, 0, managed);
    }

    @Test
    void createsThenReadsBackEqual() {
        GoogleTarget target = fixture.target();
        List<Event> events = List.of(weekly("kf032", "Community Call"), weekly("kf043", "Graduation Call"));

        target.read();
        ApplyResult result = target.apply(plan(events.stream().map(GoogleTargetApplyTest::create).toList(), 0));
        TargetSnapshot snapshot = fixture.target().read();

        assertEquals(2, result.created());
        assertTrue(result.succeeded(), result.failures().toString());
        for (Event desired : events) {
            TargetEvent read = snapshot.find(desired.id()).orElseThrow();
            assertTrue(read.managed());
            assertFalse(read.cancelled());
            assertEquals(EventField.hashes(desired), read.appliedHashes());
            for (EventField field : EventField.values()) {
                assertEquals(field.canonical(desired), field.canonical(read.event()), field.key());
            }
            assertEquals(LocalDateTime.of(2025, 4, 15, 8, 0), read.event().start());
            assertEquals(ZoneId.of("America/Los_Angeles"), read.event().zone());
        }
    }

    @Test
    void sendsOneBatchPerFiftyCalls() {
        GoogleTarget target = fixture.target();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            changes.add(create(weekly(String.format("mt%05d", i), "Meeting " + i)));
        }

        target.read();
        fixture.emulator.journal().clear();
        ApplyResult result = target.apply(plan(changes, 0));

        Journal journal = fixture.emulator.journal();
        assertEquals(120, result.created());
        assertEquals(3, journal.apiRequests().size());
        assertEquals(120, journal.calls("POST").size());
        assertTrue(journal.calls().stream().allMatch(call -> call.query("sendUpdates").equals("none")));
        assertEquals(120, fixture.calendar.liveEvents().size());
    }
}
