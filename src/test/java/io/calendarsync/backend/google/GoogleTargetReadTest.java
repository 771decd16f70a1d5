package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.emulator.Journal;
import io.calendarsync.model.CalendarSyncException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoogleTargetReadTest {

    private final GoogleFixture fixture = new GoogleFixture(ZoneId.of("Asia/Tokyo"));

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** Returns an event as Google stores one made by hand: offsets in the calendar's zone, server fields, no description. */
    private static JsonObject handMade(String id) {
        return parse("""
                {"kind": "calendar#event", "id": "%s", "status": "confirmed", "summary": "Pipelines WG",
                 "htmlLink": "https://www.google.com/calendar/event?eid=x", "created": "2024-01-01T00:00:00.000Z",
                 "updated": "2024-01-02T00:00:00.000Z", "iCalUID": "%s@google.com", "sequence": 3,
                 "creator": {"email": "someone@example.org"}, "organizer": {"email": "c@example.org", "self": true},
                 "start": {"dateTime": "2025-03-10T01:00:00+09:00", "timeZone": "America/Los_Angeles"},
                 "end": {"dateTime": "2025-03-10T02:00:00+09:00", "timeZone": "America/Los_Angeles"},
                 "recurrence": ["RRULE:FREQ=WEEKLY;BYDAY=SU"],
                 "attendees": [{"email": "a@example.org", "responseStatus": "accepted", "self": true,
                                "displayName": "A", "organizer": true},
                               {"email": "room-1@resource.calendar.google.com", "resource": true}]}
                """.formatted(id, id));
    }

    @Test
    void convertsGoogleRepresentation() {
        fixture.calendar.putRaw(handMade("kf060"));

        TargetEvent read = fixture.target().read().find("kf060").orElseThrow();

        // 01:00 in Tokyo on March 10 is 09:00 on March 9 in Los Angeles, which is in daylight saving time then.
        assertEquals(LocalDateTime.of(2025, 3, 9, 9, 0), read.event().start());
        assertEquals(LocalDateTime.of(2025, 3, 9, 10, 0), read.event().end());
        assertEquals(ZoneId.of("America/Los_Angeles"), read.event().zone());
        assertEquals(List.of("RRULE:FREQ=WEEKLY;BYDAY=SU"), read.event().recurrence());
        assertEquals(List.of("a@example.org"), read.event().attendees());
        assertEquals("", read.event().description());
        assertEquals("", read.event().location());
        assertEquals("", read.event().organizer());
        assertFalse(read.managed());
        assertFalse(read.cancelled());
        assertTrue(read.version().startsWith("\""));
        assertEquals(Map.of(), read.appliedHashes());
    }

    @Test
    void marksTombstonesAndSkipsOccurrenceExceptions() {
        fixture.calendar.putRaw(parse("{\"id\": \"kf061\", \"status\": \"cancelled\"}"));
        JsonObject exception = handMade("kf062_20250310T010000Z");
        exception.addProperty("recurringEventId", "kf062");
        fixture.calendar.putRaw(exception);

        TargetSnapshot snapshot = fixture.target().read();

        assertTrue(snapshot.find("kf061").orElseThrow().cancelled());
        assertEquals(1, snapshot.events().size());
    }

    @Test
    void pagesPastEmptyPagesWithOneShape() {
        for (int i = 0; i < 7; i++) {
            fixture.calendar.putRaw(handMade("kf10" + i));
        }
        fixture.emulator.pageLimit(3);
        fixture.emulator.emptyPages(true);

        TargetSnapshot snapshot = fixture.target().read();

        assertEquals(7, snapshot.events().size());
        List<Journal.Entry> lists = fixture.emulator.journal().listRequests();
        assertEquals(5, lists.size());
        for (Journal.Entry list : lists) {
            assertEquals("true", list.query("showDeleted"));
            assertEquals("false", list.query("singleEvents"));
            assertEquals("2500", list.query("maxResults"));
            assertTrue(list.query("fields").startsWith("nextPageToken,accessRole,timeZone,items("), list.query("fields"));
        }
    }

    @Test
    void unsharedCalendarNamesTheFix() {
        fixture.calendar.share(GoogleFixture.BOT, "none");

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> fixture.target().read());

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().contains("calendar '" + GoogleFixture.CALENDAR_ID + "' was not found"), error.getMessage());
        assertTrue(error.getMessage().contains("GOOGLE_CREDENTIALS"), error.getMessage());
        assertTrue(error.getMessage().contains("Make changes to events"), error.getMessage());
    }

    @Test
    void revokedRefreshTokenMentionsTestingStatus() {
        fixture.emulator.revokeRefreshToken(fixture.refreshToken);

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> fixture.target().read());

        assertTrue(error.getMessage().contains("invalid_grant"), error.getMessage());
        assertTrue(error.getMessage().contains("7 days"), error.getMessage());
        assertTrue(error.getMessage().contains("the GOOGLE_CREDENTIALS environment variable"), error.getMessage());
        assertEquals(0, fixture.emulator.journal().listRequests().size());
    }

    @Test
    void rejectedAccessTokenSaysSo() {
        Map<String, String> env = Map.of(CredentialsResolver.ACCESS_TOKEN_ENV, "ya29.not-issued");

        CalendarSyncException error = assertThrows(CalendarSyncException.class,
                () -> fixture.factory(env).create(GoogleFixture.CALENDAR_ID, fixture.options()).read());

        assertTrue(error.getMessage().contains("(401"), error.getMessage());
        assertTrue(error.getMessage().contains("GOOGLE_OAUTH_ACCESS_TOKEN"), error.getMessage());
    }

    @Test
    void retriesFailedListPage() {
        fixture.emulator.faults().onRequests(io.calendarsync.emulator.Fault.UNAVAILABLE, 2, "GET .*");

        TargetSnapshot snapshot = fixture.target().read();

        assertEquals(0, snapshot.events().size());
        assertEquals(3, fixture.emulator.journal().listRequests().size());
        assertEquals(2, fixture.sleeps.size());
    }

    @Test
    void disabledApiSaysToEnableIt() {
        fixture.emulator.faults().onRequests(io.calendarsync.emulator.Fault.API_DISABLED_403, 1, "GET .*");

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> fixture.target().read());

        assertTrue(error.getMessage().contains("Google Calendar API is not enabled"), error.getMessage());
        assertTrue(error.getMessage().contains("accessNotConfigured"), error.getMessage());
        assertEquals(1, fixture.emulator.journal().listRequests().size());
    }

    @Test
    void attendeeSelfAndOrganizerIgnored() {
        JsonObject event = handMade("kf063");
        JsonArray attendees = event.getAsJsonArray("attendees");
        attendees.remove(1);
        fixture.calendar.putRaw(event);

        TargetEvent read = fixture.target().read().find("kf063").orElseThrow();

        assertEquals(List.of("a@example.org"), read.event().attendees());
    }
}
