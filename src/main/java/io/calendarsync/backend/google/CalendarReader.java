package io.calendarsync.backend.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Events;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Lists every event of one calendar, tombstones included, page by page. */
final class CalendarReader {

    /** Google's maximum page size for events.list. */
    static final int PAGE_SIZE = 2500;

    /** Only what conversion, comparison and apply need: attendee responses are kept on update. */
    static final String LIST_FIELDS = "nextPageToken,accessRole,timeZone,items(id,status,etag,recurringEventId,"
            + "summary,description,location,start,end,recurrence,"
            + "attendees(email,responseStatus,optional,resource,comment,additionalGuests,displayName),"
            + "extendedProperties/private)";

    /** The fields a single events.get needs, the same as one list item. */
    static final String GET_FIELDS = "id,status,etag,recurringEventId,summary,description,location,start,end,recurrence,"
            + "attendees(email,responseStatus,optional,resource,comment,additionalGuests,displayName),"
            + "extendedProperties/private";

    /** What one full listing returned. {@code accessRole} is the caller's role on the calendar. */
    record Listing(List<com.google.api.services.calendar.model.Event> events, ZoneId zone, String accessRole, int pages) {
    }

    /** The caller's role on a calendar and the calendar's zone. */
    record Access(String accessRole, ZoneId zone) {

        boolean canWrite() {
            return "writer".equals(accessRole) || "owner".equals(accessRole);
        }
    }

    private final Calendar api;
    private final String calendarId;
    private final Retrier retrier;

    CalendarReader(Calendar api, String calendarId, Retrier retrier) {
        this.api = api;
        this.calendarId = calendarId;
        this.retrier = retrier;
    }

    /** Lists all events; raises {@link GoogleCallException} when a page cannot be read. */
    Listing list() {
        List<com.google.api.services.calendar.model.Event> events = new ArrayList<>();
        String pageToken = null;
        String accessRole = "";
        ZoneId zone = ZoneOffset.UTC;
        int pages = 0;

        // Google may return a page with no items but a nextPageToken, so only a missing token ends the listing.
        do {
            String token = pageToken;
            Events page = retrier.call("Listing events of " + calendarId, () -> api.events().list(calendarId)
                    .setShowDeleted(true)
                    .setSingleEvents(false)
                    .setMaxResults(PAGE_SIZE)
                    .setPageToken(token)
                    .setFields(LIST_FIELDS)
                    .execute());
            pages++;
            if (page.getItems() != null) {
                events.addAll(page.getItems());
            }
            if (page.getAccessRole() != null) {
                accessRole = page.getAccessRole();
            }
            zone = zone(page.getTimeZone(), zone);
            pageToken = page.getNextPageToken();
        } while (pageToken != null && !pageToken.isEmpty());

        return new Listing(events, zone, accessRole, pages);
    }

    /**
     * Reads the caller's role on the calendar with the cheapest request that has it. The Calendar API has no
     * dry-run write, and calendarList or ACL reads need scopes wider than calendar.events, but every
     * events.list answer carries {@code accessRole}; one item and two fields make it a few hundred bytes.
     */
    Access access() {
        Events page = retrier.call("Checking access to " + calendarId, () -> api.events().list(calendarId)
                .setMaxResults(1)
                .setFields("accessRole,timeZone")
                .execute());
        return new Access(page.getAccessRole() == null ? "" : page.getAccessRole(), zone(page.getTimeZone(), ZoneOffset.UTC));
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return fallback;
        }
    }
}
