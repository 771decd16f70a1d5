package io.calendarsync.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emulator's own behaviour, driven by the real Calendar client without calendar-sync in between. */
class CalendarEmulatorTest {

    private static final String CALENDAR = "team@group.calendar.google.com";

    private final CalendarEmulator emulator = CalendarEmulator.start();

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Calendar client(String email) {
        String token = emulator.issueAccessToken(email);
        return new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
                .setRootUrl(emulator.rootUrl())
                .setApplicationName("emulator-test")
                .build();
    }

    private Calendar owner() {
        emulator.addCalendar(CALENDAR, ZoneId.of("Europe/Berlin")).share("owner@example.org", "owner");
        return client("owner@example.org");
    }

    private static Event event(String id) {
        return new Event().setId(id).setSummary("Community call")
                .setStart(new EventDateTime().setDateTime(new DateTime("2025-04-15T08:00:00-07:00")).setTimeZone("America/Los_Angeles"))
                .setEnd(new EventDateTime().setDateTime(new DateTime("2025-04-15T08:55:00-07:00")).setTimeZone("America/Los_Angeles"))
                .setRecurrence(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU"))
                .setExtendedProperties(new Event.ExtendedProperties().setPrivate(Map.of("marker", "kf032")));
    }

    private static int status(IOException exception) {
        return ((GoogleJsonResponseException) exception).getStatusCode();
    }

    @Test
    void insertAddsServerFieldsAndOffsets() throws IOException {
        Event inserted = owner().events().insert(CALENDAR, event("kf032")).execute();

        assertEquals("2025-04-15T17:00:00+02:00", inserted.getStart().getDateTime().toStringRfc3339().replace(".000", ""));
        assertEquals("America/Los_Angeles", inserted.getStart().getTimeZone());
        assertEquals("kf032@google.com", inserted.getICalUID());
        assertTrue(inserted.getOrganizer().getSelf());
        assertTrue(inserted.getEtag().startsWith("\""));
    }

    @Test
    void existingIdConflictsEvenWhenDeleted() throws IOException {
        Calendar api = owner();
        api.events().insert(CALENDAR, event("kf032")).execute();
        api.events().delete(CALENDAR, "kf032").execute();

        IOException again = assertThrows(IOException.class, () -> api.events().insert(CALENDAR, event("kf032")).execute());

        assertEquals(409, status(again));
        Event tombstone = api.events().get(CALENDAR, "kf032").execute();
        assertEquals("cancelled", tombstone.getStatus());
        assertNull(tombstone.getSummary());
    }

    @Test
    void invalidIdAndUnknownCalendarRejected() {
        Calendar api = owner();

        IOException badId = assertThrows(IOException.class, () -> api.events().insert(CALENDAR, event("wg-sync")).execute());
        IOException unknown = assertThrows(IOException.class, () -> api.events().list("other@example.org").execute());

        assertEquals(400, status(badId));
        assertEquals(404, status(unknown));
    }

    @Test
    void patchArrivesGzippedWithMethodOverride() throws IOException {
        Calendar api = owner();
        api.events().insert(CALENDAR, event("kf032")).execute();

        Event patched = api.events().patch(CALENDAR, "kf032", new Event().setLocation("Room 4")).execute();

        Journal.Entry patch = emulator.journal().httpRequests().get(1);
        assertEquals("PATCH", patch.method());
        assertEquals("PATCH", patch.headers().get("x-http-method-override"));
        assertEquals("gzip", patch.headers().get("content-encoding"));
        assertEquals("chunked", patch.headers().get("transfer-encoding"));
        assertEquals("Room 4", patched.getLocation());
        assertEquals("Community call", patched.getSummary());
        assertEquals("kf032", patched.getExtendedProperties().getPrivate().get("marker"));
    }

    @Test
    void updateWithoutPropertiesDropsThem() throws IOException {
        Calendar api = owner();
        Event inserted = api.events().insert(CALENDAR, event("kf032")).execute();

        Event updated = api.events().update(CALENDAR, "kf032", event("kf032").setExtendedProperties(null)).execute();

        assertNull(updated.getExtendedProperties());
        assertNotEquals(inserted.getEtag(), updated.getEtag());
    }

    @Test
    void staleIfMatchFailsWith412() throws IOException {
        Calendar api = owner();
        Event inserted = api.events().insert(CALENDAR, event("kf032")).execute();
        api.events().patch(CALENDAR, "kf032", new Event().setSummary("Renamed")).execute();

        Calendar.Events.Patch stale = api.events().patch(CALENDAR, "kf032", new Event().setSummary("Again"));
        stale.getRequestHeaders().setIfMatch(inserted.getEtag());
        IOException conflict = assertThrows(IOException.class, stale::execute);

        assertEquals(412, status(conflict));
        assertEquals("Renamed", api.events().get(CALENDAR, "kf032").execute().getSummary());
    }

    @Test
    void listPagesThroughEmptyPagesAndTombstones() throws IOException {
        Calendar api = owner();
        for (int i = 0; i < 5; i++) {
            api.events().insert(CALENDAR, event("kf10" + i)).execute();
        }
        api.events().delete(CALENDAR, "kf100").execute();
        emulator.pageLimit(2);
        emulator.emptyPages(true);

        int items = 0;
        int pages = 0;
        int emptyPages = 0;
        String token = null;
        do {
            Events page = api.events().list(CALENDAR).setShowDeleted(true).setPageToken(token).execute();
            pages++;
            items += page.getItems().size();
            emptyPages += page.getItems().isEmpty() ? 1 : 0;
            token = page.getNextPageToken();
        } while (token != null);
        Events live = api.events().list(CALENDAR).execute();

        assertEquals(5, items);
        assertEquals(5, pages);
        assertEquals(2, emptyPages);
        assertEquals(2, live.getItems().size());
        assertFalse(live.getItems().stream().anyMatch(e -> e.getId().equals("kf100")));
        assertEquals("owner", live.getAccessRole());
    }

    @Test
    void fieldsParameterSelectsPartialResponse() throws IOException {
        Calendar api = owner();
        api.events().insert(CALENDAR, event("kf032")).execute();

        Events page = api.events().list(CALENDAR).setFields("timeZone,items(id,start/timeZone,extendedProperties/private)").execute();
        Event inserted = api.events().insert(CALENDAR, event("kf043")).setFields("id,etag").execute();

        assertEquals("Europe/Berlin", page.getTimeZone());
        assertNull(page.getAccessRole());
        Event item = page.getItems().get(0);
        assertEquals("kf032", item.getId());
        assertNull(item.getSummary());
        assertEquals("America/Los_Angeles", item.getStart().getTimeZone());
        assertNull(item.getStart().getDateTime());
        assertEquals("kf032", item.getExtendedProperties().getPrivate().get("marker"));
        assertEquals("kf043", inserted.getId());
        assertNull(inserted.getSummary());
    }
}
