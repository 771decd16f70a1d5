package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.ApplyFailure;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.calendarsync.emulator.Fault;
import io.calendarsync.emulator.Journal;
import io.calendarsync.model.CalendarSyncException;
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

    private static Change update(TargetEvent current, Event desired) {
        return new Change(ChangeKind.UPDATE, desired.id(), Optional.empty(), Optional.of(current), Optional.of(desired),
                List.of(), "changed in calendar.yaml");
    }

    private static Event renamed(Event event, String summary) {
        return new Event(event.id(), summary, event.description(), event.location(), event.start(), event.end(),
                event.zone(), event.recurrence(), event.attendees(), event.organizer());
    }

    private static Event withAttendees(Event event, List<String> attendees) {
        return new Event(event.id(), event.summary(), event.description(), event.location(), event.start(), event.end(),
                event.zone(), event.recurrence(), attendees, event.organizer());
    }

    /** Creates the events through the target, so they carry the marker, and returns a fresh snapshot. */
    private TargetSnapshot seed(GoogleTarget target, Event... events) {
        target.read();
        List<Change> changes = new ArrayList<>();
        for (Event event : events) {
            changes.add(create(event));
        }
        ApplyResult result = target.apply(plan(changes, 0));
        assertTrue(result.succeeded(), result.failures().toString());
        TargetSnapshot snapshot = target.read();
        fixture.emulator.journal().clear();
        return snapshot;
    }

    private static JsonObject tombstone(String id) {
        JsonObject event = new JsonObject();
        event.addProperty("kind", "calendar#event");
        event.addProperty("id", id);
        event.addProperty("status", "cancelled");
        return event;
    }

    @Test
    void emptyPlanSendsNothing() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.journal().clear();

        ApplyResult result = target.apply(plan(List.of(), 0));

        assertTrue(result.succeeded());
        assertEquals(0, fixture.emulator.journal().httpRequests().size());
    }

    @Test
    void insertOnTombstoneRestoresIt() {
        fixture.calendar.putRaw(tombstone("kf032"));
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.journal().clear();
        Event desired = weekly("kf032", "Community Call");

        ApplyResult result = target.apply(plan(List.of(create(desired)), 0));

        assertEquals(1, result.created());
        assertTrue(result.succeeded(), result.failures().toString());
        List<String> calls = fixture.emulator.journal().calls().stream().map(c -> c.method() + " " + c.status()).toList();
        assertEquals(List.of("POST 409", "GET 200", "PATCH 200"), calls);
        JsonObject stored = fixture.calendar.event("kf032").orElseThrow();
        assertEquals("confirmed", stored.get("status").getAsString());
        assertEquals("Community Call", stored.get("summary").getAsString());
    }

    @Test
    void retriedInsertMeetingEqualEventSucceeds() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.journal().clear();
        fixture.emulator.faults().onRequests(Fault.DROP_AFTER_PROCESSING, 1, "POST /batch/calendar/v3");

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        assertEquals(1, result.created());
        assertTrue(result.succeeded(), result.failures().toString());
        List<String> calls = fixture.emulator.journal().calls().stream().map(c -> c.method() + " " + c.status()).toList();
        assertEquals(List.of("POST 200", "POST 409", "GET 200"), calls);
        assertEquals(1, fixture.calendar.liveEvents().size());
    }

    @Test
    void insertOnUnmarkedEventAdoptsIt() {
        JsonObject handMade = new JsonObject();
        handMade.addProperty("id", "kf032");
        handMade.addProperty("status", "confirmed");
        handMade.addProperty("summary", "Old title");
        JsonObject start = new JsonObject();
        start.addProperty("dateTime", "2025-04-15T17:00:00+02:00");
        JsonObject end = new JsonObject();
        end.addProperty("dateTime", "2025-04-15T17:55:00+02:00");
        handMade.add("start", start);
        handMade.add("end", end);
        fixture.calendar.putRaw(handMade);
        GoogleTarget target = fixture.target();
        fixture.emulator.journal().clear();

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        assertTrue(result.succeeded(), result.failures().toString());
        List<String> calls = fixture.emulator.journal().calls().stream().map(c -> c.method() + " " + c.status()).toList();
        assertEquals(List.of("GET 200", "POST 409", "GET 200", "PATCH 200"), calls);
        TargetEvent read = fixture.target().read().find("kf032").orElseThrow();
        assertTrue(read.managed());
        assertEquals("Community Call", read.event().summary());
    }

    @Test
    void staleEtagRereadsAndWritesAgain() {
        GoogleTarget target = fixture.target();
        TargetSnapshot snapshot = seed(target, weekly("kf032", "Community Call"));
        fixture.calendar.editByHand("kf032", event -> event.addProperty("location", "Room 4"));
        Event desired = renamed(weekly("kf032", "Community Call"), "Kubeflow Community Call");

        ApplyResult result = target.apply(plan(List.of(update(snapshot.find("kf032").orElseThrow(), desired)), 1));

        assertEquals(1, result.updated());
        assertTrue(result.succeeded(), result.failures().toString());
        List<String> calls = fixture.emulator.journal().calls().stream().map(c -> c.method() + " " + c.status()).toList();
        assertEquals(List.of("PATCH 412", "GET 200", "PATCH 200"), calls);
        JsonObject stored = fixture.calendar.event("kf032").orElseThrow();
        assertEquals("Kubeflow Community Call", stored.get("summary").getAsString());
        assertEquals("https://zoom.example.com/j/1", stored.get("location").getAsString());
    }

    @Test
    void updateKeepsResponsesAndMarker() {
        GoogleTarget target = fixture.target();
        fixture.target();
        seed(target, weekly("kf032", "Community Call"));
        fixture.calendar.editByHand("kf032", event -> event.getAsJsonArray("attendees").get(0).getAsJsonObject()
                .addProperty("responseStatus", "accepted"));
        TargetSnapshot snapshot = target.read();
        Event desired = withAttendees(weekly("kf032", "Community Call"),
                List.of("Member2@example.org", "member3@example.org"));

        ApplyResult result = target.apply(plan(List.of(update(snapshot.find("kf032").orElseThrow(), desired)), 1));

        assertTrue(result.succeeded(), result.failures().toString());
        JsonObject stored = fixture.calendar.event("kf032").orElseThrow();
        JsonArray attendees = stored.getAsJsonArray("attendees");
        assertEquals(2, attendees.size());
        assertEquals("accepted", attendees.get(0).getAsJsonObject().get("responseStatus").getAsString());
        assertEquals("needsAction", attendees.get(1).getAsJsonObject().get("responseStatus").getAsString());
        JsonObject properties = stored.getAsJsonObject("extendedProperties").getAsJsonObject("private");
        assertEquals("kf032", properties.get(Markers.MEETING).getAsString());
        assertEquals(Markers.encodeHashes(EventField.hashes(desired)), properties.get(Markers.HASHES).getAsString());
    }

    @Test
    void endsSeriesAndDeletesEvent() {
        GoogleTarget target = fixture.target();
        TargetSnapshot snapshot = seed(target, weekly("kf032", "Community Call"), weekly("kf043", "Graduation Call"));
        Event ended = weekly("kf032", "Community Call")
                .withRecurrence(List.of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20250513T155500Z"));
        Change end = new Change(ChangeKind.END_SERIES, "kf032", Optional.empty(), snapshot.find("kf032"),
                Optional.of(ended), List.of(), "gone");
        Change delete = new Change(ChangeKind.DELETE, "kf043", Optional.empty(), snapshot.find("kf043"),
                Optional.empty(), List.of(), "gone");

        ApplyResult result = target.apply(plan(List.of(end, delete), 2));

        assertEquals(2, result.removed());
        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20250513T155500Z",
                fixture.calendar.event("kf032").orElseThrow().getAsJsonArray("recurrence").get(0).getAsString());
        assertEquals("cancelled", fixture.calendar.event("kf043").orElseThrow().get("status").getAsString());
        assertTrue(fixture.emulator.journal().calls("DELETE").get(0).headers().containsKey("if-match"));
    }

    @Test
    void retriesRateLimitAfterRetryAfter() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.faults().retryAfterSeconds(3).onCalls(Fault.TOO_MANY_REQUESTS, 2, "POST .*");

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(2, fixture.sleeps.size());
        assertTrue(fixture.sleeps.stream().allMatch(delay -> delay.getSeconds() >= 3), fixture.sleeps.toString());
        assertEquals(1, fixture.calendar.liveEvents().size());
    }

    @Test
    void retriesEveryTransientKind() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.faults()
                .onRequests(Fault.DROP_CONNECTION, 1, "POST /batch/calendar/v3")
                .onRequests(Fault.UNAVAILABLE, 1, "POST /batch/calendar/v3")
                .onCalls(Fault.INTERNAL_ERROR, 1, "POST .*")
                .onCalls(Fault.RATE_LIMIT_403, 1, "POST .*")
                .onCalls(Fault.USER_RATE_LIMIT_403, 1, "POST .*");

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(5, fixture.sleeps.size());
        assertEquals(1, fixture.calendar.liveEvents().size());
    }

    @Test
    void givesUpAfterMaxAttempts() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.faults().onCalls(Fault.UNAVAILABLE, 100, "POST .*");

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        assertEquals(1, result.failures().size());
        assertEquals(6, fixture.emulator.journal().calls("POST").size());
        assertTrue(result.failures().get(0).reason().contains("gave up after 6 tries"), result.failures().get(0).reason());
    }

    @Test
    void clientErrorFailsAloneWithoutRetry() {
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.journal().clear();

        ApplyResult result = target.apply(plan(List.of(create(weekly("kf032", "Community Call")),
                create(weekly("wg-sync", "Bad id"))), 0));

        assertEquals(1, result.created());
        assertEquals(1, result.failures().size());
        ApplyFailure failure = result.failures().get(0);
        assertEquals("wg-sync", failure.eventId());
        assertEquals("create", failure.action());
        assertTrue(failure.reason().contains("400"), failure.reason());
        assertEquals(2, fixture.emulator.journal().calls("POST").size());
        assertTrue(fixture.sleeps.isEmpty());
    }

    @Test
    void readerCannotApply() {
        fixture.calendar.share(GoogleFixture.BOT, "reader");
        GoogleTarget target = fixture.target();
        target.read();
        fixture.emulator.journal().clear();

        CalendarSyncException error = assertThrows(CalendarSyncException.class,
                () -> target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0)));

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().contains("no write access"), error.getMessage());
        assertTrue(error.getMessage().contains("Make changes to events"), error.getMessage());
        assertEquals(0, fixture.emulator.journal().httpRequests().size());
    }

    @Test
    void applyWithoutReadChecksAccessOnce() {
        GoogleTarget target = fixture.target();

        target.apply(plan(List.of(create(weekly("kf032", "Community Call"))), 0));

        List<Journal.Entry> lists = fixture.emulator.journal().listRequests();
        assertEquals(1, lists.size());
        assertEquals("1", lists.get(0).query("maxResults"));
    }
}
